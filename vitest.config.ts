import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { projectOrder } from "./test/support/project-order.js";

// Four projects, so a part can run alone (`vitest run --project unit`); `npm test` runs them
// all, started in this order: "e2e" (the packed packages installed in consumers, the CLI
// bundle launched as a process, the docs site in a browser, Prism and the mock over the
// corpus), "unit" with its slowest files first (test/verify/: independent checks of
// generated packages, mostly type-checks), then the many short suites of the generated
// client against the test server, "e2e-client" and "e2e-client-validated" (the same suites
// with the client's validators on). Each project starts workers of its own, which load
// TypeScript, the generator and the corpus again: a project is a split worth that cost.
const CLIENT = ["test/e2e/**/*.test.ts"];
// Not the generated client against the test server: the Prism and mock suites choose
// validation themselves, and the docs site has no client.
const NOT_CLIENT = ["test/e2e/prism.test.ts", "test/e2e/mock.test.ts", "test/e2e/docs-browser.test.ts"];
const E2E = ["test/package/**/*.test.ts", ...NOT_CLIENT];

export default defineConfig({
  test: {
    setupFiles: ["test/support/fast-check-seed.ts"],
    // vitest's default (one core less than the machine has) runs one file at a time on two
    // cores, though its main process is mostly idle and many files wait on child processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: { sequencer: projectOrder(["e2e", "unit:test/verify/", "unit", "e2e-client", "e2e-client-validated"]) },
    // Files share their worker's modules (TypeScript with the parsed lib files, prettier, the
    // parsed corpus, the generator, the test server and the generated client load once per
    // worker, not once per file); each restores what it mocks, and each client test starts
    // its own server.
    projects: [
      { extends: true, test: { name: "e2e", include: E2E, isolate: false } },
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts", "templates/**/*.test.ts"], exclude: [...E2E, ...CLIENT], isolate: false } },
      { extends: true, test: { name: "e2e-client", include: CLIENT, exclude: NOT_CLIENT, isolate: false } },
      { extends: true, test: { name: "e2e-client-validated", include: CLIENT, exclude: NOT_CLIENT, isolate: false, env: { E2E_VALIDATE: "1" } } },
    ],
  },
});
