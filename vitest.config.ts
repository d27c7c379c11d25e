import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Three projects so the quick checks can run alone (`vitest run --project unit`); `npm test`
// runs them all. "e2e": the client against a live server, the packed package installed in a
// consumer, the CLI bundle launched as a process.
const E2E = ["test/e2e/**/*.test.ts", "test/package/**/*.test.ts"];

export default defineConfig({
  test: {
    setupFiles: ["test/support/fast-check-seed.ts"],
    // vitest's default (one core less than the machine has) runs one file at a time on two
    // cores, though its main process is mostly idle and many files wait on child processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      // Unit files share their worker's modules (TypeScript, prettier, the parsed corpus and lib
      // files load once per worker, not once per file); each restores what it mocks.
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts", "templates/**/*.test.ts"], exclude: E2E, isolate: false } },
      { extends: true, test: { name: "e2e", include: E2E } },
      // The end-to-end suites again with the zod validators on (test/e2e/harness.ts); the
      // Prism and mock suites choose validation themselves, and the docs site has no client.
      {
        extends: true,
        test: {
          name: "e2e-validated",
          include: ["test/e2e/**/*.test.ts"],
          exclude: ["test/e2e/prism.test.ts", "test/e2e/mock.test.ts", "test/e2e/docs-browser.test.ts"],
          env: { E2E_VALIDATE: "1" },
        },
      },
    ],
  },
});
