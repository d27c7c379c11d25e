// `codegen --watch`, as a user runs it (the bundled CLI as a child process) and as the
// function the CLI calls: an edit shows up in the output, a syntax error is printed
// located while watching goes on, a fix recovers, added and deleted files and edited
// includes are followed, and SIGINT/SIGTERM end it with exit 0 and no temporary file left.
// Every wait is bounded by a timeout; none of them asserts a speed.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { codegen, type CodegenOptions, type CodegenResult } from "../../generator/emit/pipeline.js";
import { watchCodegen } from "../../generator/watch/index.js";
import { buildCli, CLI, removeDir, REPO, run, tempDir } from "./helpers.js";

const WAIT_MS = 30_000;
const LABEL = "Free text that reminds the owner what the pair is for";

/** Resolves once `check` holds, polling; fails after WAIT_MS with `what`. */
async function until(what: string, check: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A copy of this repository's schema folder in a new temp folder. */
function schemaCopy(): { dir: string; schemas: string; out: string } {
  const dir = tempDir("watch");
  const schemas = path.join(dir, "schemas");
  cpSync(path.join(REPO, "schemas"), schemas, { recursive: true });
  return { dir, schemas, out: path.join(dir, "out") };
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

const readOut = (out: string, rel: string): string => {
  try {
    return readFileSync(path.join(out, rel), "utf8");
  } catch {
    return "";
  }
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((rel) => statSync(path.join(dir, rel)).isFile());
}

/** Every file under `dir` (relative path -> text). */
function contents(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((rel) => [rel, readFileSync(path.join(dir, rel), "utf8")]));
}

describe("codegen --watch (the CLI)", () => {
  let dirs: string[] = [];
  let children: ChildProcess[] = [];
  beforeAll(() => buildCli());
  afterEach(() => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    for (const dir of dirs) removeDir(dir);
    children = [];
    dirs = [];
  });

  function start(schemas: string, out: string): { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> } {
    const child = spawn(process.execPath, [CLI, "codegen", "--watch", "--schemas", schemas, "--out", out, "--name", "watched-client"], { stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    return { child, stdout: () => stdout, stderr: () => stderr, exited };
  }

  /** A schema copy watched by the CLI, its first run done. */
  async function startedCopy(): Promise<{ schemas: string; out: string; w: ReturnType<typeof start> }> {
    const { dir, schemas, out } = schemaCopy();
    dirs.push(dir);
    const w = start(schemas, out);
    await until("the first run", () => w.stdout().includes("watching"));
    return { schemas, out, w };
  }

  it("follows edits, prints a syntax error located and keeps going, recovers, and exits 0 on SIGINT leaving no temporary file", async () => {
    const { schemas, out, w } = await startedCopy();
    const auth = path.join(schemas, "auth.conf");
    expect(readOut(out, "openapi.json")).toContain(LABEL);
    // Summaries printed since `from` (a length of stdout); a save may be seen in more than one step.
    const summariesSince = (from: number): string[] => w.stdout().slice(from).split("\n").filter((line) => line.startsWith("codegen: "));

    let mark = w.stdout().length;
    edit(auth, LABEL, "Edited while watched");
    await until("the edit in openapi.json", () => readOut(out, "openapi.json").includes("Edited while watched"));
    await until("the edit in the types", () => readOut(out, "src/types/auth.d.ts").includes("Edited while watched"));
    await until("a summary of the edit", () => summariesSince(mark).some((line) => /^codegen: [1-9]\d* written, \d+ unchanged/.test(line)));

    // An object opened and never closed: the error points into auth.conf.
    edit(auth, "_definitions {", "_definitions { broken {");
    await until("the located syntax error", () => /auth\.conf:\d+:\d+: error: /.test(w.stderr()));
    expect(w.stderr()).toContain("codegen: stopped:");
    expect(w.child.exitCode).toBeNull();
    expect(readOut(out, "openapi.json")).toContain("Edited while watched");

    mark = w.stdout().length;
    edit(auth, "_definitions { broken {", "_definitions {");
    edit(auth, "Edited while watched", "Fixed and watched");
    await until("the fix in openapi.json", () => readOut(out, "openapi.json").includes("Fixed and watched"));
    await until("a summary of the fix", () => summariesSince(mark).length > 0);

    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
    expect(filesUnder(out).filter((rel) => rel.endsWith(".tmp"))).toEqual([]);
    expect(filesUnder(schemas).filter((rel) => rel.endsWith(".tmp"))).toEqual([]);
  });

  it("on SIGINT right after an edit, finishes or skips the run: exit 0, whole files, no temporary file", async () => {
    const { schemas, out, w } = await startedCopy();
    edit(path.join(schemas, "auth.conf"), LABEL, "Edited just before the signal");
    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
    expect(filesUnder(out).filter((rel) => rel.endsWith(".tmp"))).toEqual([]);
    // Either the old package or the new one, each file whole.
    const doc = JSON.parse(readOut(out, "openapi.json")) as object;
    expect(doc).toBeTypeOf("object");
  });

  it("exits 0 on SIGTERM", async () => {
    const { w } = await startedCopy();
    w.child.kill("SIGTERM");
    expect(await w.exited).toBe(0);
    expect(w.stderr()).toBe("");
  });

  it("refuses --watch with --check", async () => {
    const { dir, schemas, out } = schemaCopy();
    dirs.push(dir);
    const { code, stderr } = await run(process.execPath, [CLI, "codegen", "--watch", "--check", "--schemas", schemas, "--out", out], { timeoutMs: WAIT_MS });
    expect(code).toBe(1);
    expect(stderr).toContain("--watch");
  });
});

describe("watchCodegen (the function)", () => {
  let dir: string | undefined;
  afterEach(() => removeDir(dir));

  /** Starts watching; every run's result is collected. */
  function watching(job: CodegenOptions): { runs: CodegenResult[]; stderr: () => string; stop: () => Promise<void> } {
    const runs: CodegenResult[] = [];
    let stderr = "";
    const abort = new AbortController();
    const done = watchCodegen([job], {
      signal: abort.signal,
      output: { stdout: () => {}, stderr: (text) => (stderr += text) },
      onRun: (_job, result) => runs.push(result),
    });
    return {
      runs,
      stderr: () => stderr,
      stop: () => {
        abort.abort();
        return done;
      },
    };
  }

  /** What a fresh codegen of the same schemas writes, for comparing with the watched folder. */
  function freshOutput(job: CodegenOptions, into: string): Map<string, string> {
    const result = codegen({ ...job, out: into });
    expect(result.stopped).toBeUndefined();
    return contents(into);
  }

  /** A schema copy being watched, its first run done. */
  async function watchedCopy(): Promise<{ copy: ReturnType<typeof schemaCopy>; job: CodegenOptions; w: ReturnType<typeof watching> }> {
    const copy = schemaCopy();
    dir = copy.dir;
    const job = { schemas: copy.schemas, out: copy.out, name: "watched-client" };
    const w = watching(job);
    await until("the first run", () => w.runs.length === 1);
    return { copy, job, w };
  }

  it("follows added and deleted service files and edited includes, writing what a fresh run writes", async () => {
    const { copy, job, w } = await watchedCopy();

    // A new service: its files appear.
    writeFileSync(path.join(copy.schemas, "extra.conf"), readFileSync(path.join(copy.schemas, "storage.conf"), "utf8"));
    await until("the added service", () => w.runs.length === 2);
    expect(w.runs[1]!.write?.written).toContain("src/endpoints/extra.js");
    expect(contents(copy.out)).toEqual(freshOutput(job, path.join(copy.dir, "fresh-1")));

    // Deleted: its files go.
    unlinkSync(path.join(copy.schemas, "extra.conf"));
    await until("the deleted service", () => w.runs.length === 3);
    expect(w.runs[2]!.write?.removed).toContain("src/endpoints/extra.js");
    expect(contents(copy.out)).toEqual(freshOutput(job, path.join(copy.dir, "fresh-2")));

    // An included file: every service including it is parsed again.
    const common = path.join(copy.schemas, "_common.conf");
    const commonText = readFileSync(common, "utf8");
    writeFileSync(common, commonText.replace("admins manage the workspace, annotators only label data", "Included and watched"));
    await until("the edited include", () => w.runs.length === 4);
    expect(readOut(copy.out, "openapi.json")).toContain("Included and watched");
    expect(contents(copy.out)).toEqual(freshOutput(job, path.join(copy.dir, "fresh-3")));

    // A deleted include: a located error, then its return recovers.
    unlinkSync(common);
    await until("the missing include reported", () => w.runs.length === 5);
    expect(w.runs[4]!.stopped?.reason).toBe("schemas");
    expect(w.stderr()).toMatch(/auth\.conf:\d+:\d+: error: /);
    writeFileSync(common, commonText);
    await until("the restored include", () => w.runs.length === 6);
    expect(w.runs[5]!.stopped).toBeUndefined();
    expect(contents(copy.out)).toEqual(freshOutput(job, path.join(copy.dir, "fresh-4")));

    await w.stop();
  });

  it("watches several jobs and regenerates only the one whose schemas changed", async () => {
    const first = schemaCopy();
    const second = schemaCopy();
    dir = first.dir;
    try {
      const jobs = [
        { schemas: first.schemas, out: first.out, name: "first-client" },
        { schemas: second.schemas, out: second.out, name: "second-client" },
      ];
      const ran: string[] = [];
      const abort = new AbortController();
      const done = watchCodegen(jobs, { signal: abort.signal, output: { stdout: () => {}, stderr: () => {} }, onRun: (job) => ran.push(job.name) });
      await until("both first runs", () => ran.length === 2);
      edit(path.join(second.schemas, "auth.conf"), LABEL, "Only the second job");
      await until("the second job's run", () => ran.length === 3);
      // Both jobs are checked in the same pass, so a run of the first would be here already.
      expect(ran).toEqual(["first-client", "second-client", "second-client"]);
      expect(readOut(second.out, "openapi.json")).toContain("Only the second job");
      expect(readOut(first.out, "openapi.json")).not.toContain("Only the second job");
      abort.abort();
      await done;
    } finally {
      removeDir(second.dir);
    }
  });

  it("does not run again for a save that changes nothing, and makes one run of a burst of saves", async () => {
    const { copy, w } = await watchedCopy();
    const users = path.join(copy.schemas, "users.conf");
    const text = readFileSync(users, "utf8");
    writeFileSync(users, text);
    // Five saves in a row, well inside the quiet time; then one that a run must follow.
    for (let i = 0; i < 5; i++) writeFileSync(users, `${text}\n// save ${i}\n`);
    writeFileSync(path.join(copy.schemas, "auth.conf"), readFileSync(path.join(copy.schemas, "auth.conf"), "utf8").replace(LABEL, "After the burst"));
    await until("the burst's run", () => readOut(copy.out, "openapi.json").includes("After the burst"));
    await w.stop();
    expect(w.runs.length).toBe(2);
    expect(w.runs[1]!.write?.written).not.toContain("src/endpoints/users.js");
  });
});
