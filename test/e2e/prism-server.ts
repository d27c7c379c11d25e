// A Prism mock server (@stoplight/prism-cli) of one OpenAPI document on 127.0.0.1, run as
// a child process of the test. In dynamic mode with a fixed seed it answers every
// operation with values json-schema-faker makes from the document's schemas (optional and
// extra properties included), the same values on every run for the same calls in the same
// order. With --errors it refuses a request the document does not allow (a body against
// its schema, missing credentials, an Accept header it cannot satisfy).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO } from "../emit/helpers.js";
import { freePort } from "./free-port.js";

export interface PrismServer {
  readonly url: string;
  /** What Prism printed (its last 64 KiB): why it refused a request. */
  output(): string;
  stop(): Promise<void>;
}

const OUTPUT_KEPT = 64 * 1024;

export async function startPrism(document: string, options: { seed: string; readyTimeoutMs?: number }): Promise<PrismServer> {
  const port = await freePort();
  const args = ["mock", document, "--host", "127.0.0.1", "--port", String(port), "--errors", "--dynamic", "--seed", options.seed];
  const child = spawn(process.execPath, [prismCli(), ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-OUTPUT_KEPT);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const server: PrismServer = { url: `http://127.0.0.1:${port}`, output: () => output, stop: () => stopChild(child) };
  try {
    await waitUntilListening(child, () => output, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** The CLI's entry file, run with this Node: no shell, no npx, nothing fetched. */
function prismCli(): string {
  const dir = path.join(REPO, "node_modules", "@stoplight", "prism-cli");
  const bin = (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { bin: Record<string, string> }).bin;
  return path.join(dir, bin.prism);
}

function waitUntilListening(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`Prism did not start within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const onData = () => {
      if (/Prism is listening on/.test(output())) finish();
    };
    const onExit = (code: number | null) => finish(new Error(`Prism exited (${code}) before listening:\n${output()}`));
    const finish = (error?: Error) => {
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    child.stdout!.on("data", onData);
    child.once("exit", onExit);
  });
}

const KILL_AFTER_MS = 5_000;

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // A Prism that ignores SIGTERM must not outlive the test.
    const kill = setTimeout(() => child.kill("SIGKILL"), KILL_AFTER_MS);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
