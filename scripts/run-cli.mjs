// `npm run cli` and `npm run codegen`: builds the CLI if its sources changed (build.mjs),
// then runs it in this same process: one Node start-up instead of two. The CLI reads its
// command line from process.argv as `node dist/cli.cjs ...` would give it. It does not
// need the runtime part: codegen compiles a stale runtime itself.
import { createRequire } from "node:module";
import path from "node:path";
import { buildParts, DIST } from "./build.mjs";

if (await buildParts({ parts: ["cli"] })) createRequire(import.meta.url)(path.join(DIST, "cli.cjs"));
else process.exitCode = 1;
