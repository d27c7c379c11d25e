// `npm test` after the build: tsc type-checks the repository while vitest runs every test.
// tsc keeps one core busy for a while, and vitest's workers often wait on child processes
// (npm, the CLI, a browser) and servers, so together they finish sooner than one after the
// other. vitest prints as it goes; tsc's errors, if any, follow its summary. The exit code
// is non-zero when either failed. Arguments are passed to vitest.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (file) => path.join(root, "node_modules", file);

/** Runs a Node program in the repository; resolves with its exit code (1 when a signal ended it). */
function node(args, stdio) {
  const child = spawn(process.execPath, args, { cwd: root, stdio });
  const done = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  return { child, done };
}

// The same check as `npm run typecheck` (package.json), run without npm's start-up. tsc's
// build mode ends at once when no input changed since the last check, and after a small
// change checks only what it can affect (the record lives under node_modules/.cache, so a
// fresh clone starts without one and `npm ci` discards it).
const [, ...tscArgs] = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.typecheck.split(" ");
const tsc = node([bin("typescript/bin/tsc"), ...tscArgs], ["ignore", "pipe", "pipe"]);
let tscOutput = "";
tsc.child.stdout.on("data", (chunk) => (tscOutput += chunk));
tsc.child.stderr.on("data", (chunk) => (tscOutput += chunk));
const vitest = node([bin("vitest/vitest.mjs"), "run", ...process.argv.slice(2)], "inherit");

const [tscCode, vitestCode] = await Promise.all([tsc.done, vitest.done]);
if (tscCode !== 0) process.stdout.write(`\ntsc -b tsconfig.json found errors:\n${tscOutput}`);
process.exitCode = tscCode !== 0 || vitestCode !== 0 ? 1 : 0;
