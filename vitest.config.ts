import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { fileOrder } from "./test/support/file-order.js";
import { runFolderPatterns } from "./test/support/temp-root.js";

// One project: every extra project starts workers of its own, which load TypeScript, the
// generator and the corpus again. Files start in this order: the end-to-end ones that take
// longest (test/package/: the packed packages installed in consumers, the CLI bundle
// launched as a process; the docs site in a browser, Prism and the mock over the corpus),
// test/verify/ (independent checks of generated packages, mostly type-checks), the rest,
// and last the many short suites of the generated client against the test server
// (test/e2e/), which fill both cores until the end.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "templates/**/*.test.ts"],
    globalSetup: ["test/support/temp-root.ts"],
    setupFiles: ["test/support/fast-check-seed.ts"],
    // vitest's default (one core less than the machine has) runs one file at a time on two
    // cores, though its main process is mostly idle and many files wait on child processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: {
      sequencer: fileOrder(
        ["test/package/", "test/e2e/docs-browser.test.ts", "test/e2e/prism.test.ts", "test/e2e/mock.test.ts", "test/verify/"],
        "test/e2e/",
      ),
    },
    // Files share their worker's modules (TypeScript with the parsed lib files, prettier, the
    // parsed corpus, the generator, the test server and the generated client load once per
    // worker, not once per file); each restores what it mocks, and each client test starts
    // its own server.
    isolate: false,
    // The packages tests generate into the temp folder load as Node loads them, not through
    // vitest's transform: they are plain JavaScript, and some are large (the corpus's).
    server: { deps: { external: runFolderPatterns() } },
    // Transformed modules are kept on disk (node_modules/.experimental-vitest-cache, keyed by
    // each file's content), so a run transforms only the files changed since the last one.
    experimental: { fsModuleCache: true },
  },
});
