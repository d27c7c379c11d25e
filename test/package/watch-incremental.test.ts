// A watch reuses the parse, model, findings, plan and modules of every service whose
// inputs did not change (emit/service-cache.ts). Whatever it reuses, after each edit of a
// sequence its findings must be a fresh `codegen`'s, and its output folder must hold, byte
// for byte, what that codegen writes: an edit of one service, of an included file, of the
// API defaults, an endpoint added (with a lint warning) and removed, a definition renamed,
// renamed onto another name (the run stops) and back, a syntax error and its fix, a
// service added and removed, a service added whose name clashes with one of an unchanged
// service (the run stops).
import { createHash } from "node:crypto";
import { cpSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate, type CodegenOptions } from "../../generator/emit/pipeline.js";
import { runtimeFiles } from "../../generator/emit/runtime-files.js";
import { withManifest } from "../../generator/emit/writer.js";
import { WatchedJob } from "../../generator/watch/job.js";
import { CORPUS } from "../emit/helpers.js";
import { changedPaths, hashTree, removeDir, REPO, tempDir } from "./helpers.js";

const runtime = runtimeFiles(REPO);

/** The paths whose bytes differ between a folder and the files a run writes (or that only one has), sorted. */
function differences(dir: string, files: ReadonlyMap<string, string>): string[] {
  const written = new Map([...files].map(([rel, text]) => [rel, createHash("sha256").update(text).digest("hex")]));
  return changedPaths(hashTree(dir), written);
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  const edited = text.replaceAll(from, to);
  if (edited === text) throw new Error(`${file}: ${from} not found`);
  writeFileSync(file, edited);
}

describe("watch runs reuse unchanged services and write what a fresh codegen writes", () => {
  let dir: string | undefined;
  afterEach(() => removeDir(dir));

  /** A watched job on a copy of `source`; `step` runs it after an edit and compares its folder with a fresh codegen's. */
  function watched(source: string) {
    dir = tempDir("watch-incremental");
    const schemas = path.join(dir, "schemas");
    cpSync(source, schemas, { recursive: true });
    const options: CodegenOptions = { schemas, out: path.join(dir, "out"), name: "watched-client", includeInternal: true, runtime };
    const job = new WatchedJob(options);
    const step = (what: string, expected: "written" | "stopped" = "written"): void => {
      const result = job.run();
      expect(result, what).toBeDefined();
      // A fresh codegen's run, in memory: it writes these files and their manifest into an empty folder.
      const again = generate(options);
      expect(result!.stopped?.reason, what).toBe(again.stopped?.reason);
      expect(result!.findings, what).toEqual(again.findings);
      expect(result!.stopped === undefined ? "written" : "stopped", what).toBe(expected);
      if (again.stopped) return;
      expect(differences(options.out, withManifest(again.files)), what).toEqual([]);
    };
    return { schemas, step };
  }

  it("on this repository's schemas", () => {
    const { schemas, step } = watched(path.join(REPO, "schemas"));
    const users = path.join(schemas, "users.conf");
    step("the first run");

    edit(users, "Returns one user.", "Returns one user, by id.");
    step("an edit of one service");
    edit(path.join(schemas, "_common.conf"), "admins manage the workspace", "admins run the workspace");
    step("an edit of a file every service includes");
    edit(path.join(schemas, "_api_defaults.conf"), "authorize: true", "authorize: false");
    step("an edit of the API defaults");

    const endpoint = '\ncount_users {\n    "2.1" {\n        description: "How many users there are."\n        request { type: object }\n        response { type: object, properties { count { type: integer, colour: red } } }\n    }\n}\n';
    writeFileSync(users, readFileSync(users, "utf8") + endpoint);
    step("an endpoint added (with a keyword lint warns about)");
    edit(users, endpoint, "");
    step("the endpoint removed");

    edit(users, "vault_scope", "vault_kind");
    step("a definition renamed");
    // Definitions are named before endpoints: the request of get_by_id then clashes with it.
    edit(users, "vault_kind", "get_by_id_request");
    step("a definition renamed onto a request's name", "stopped");
    edit(users, "get_by_id_request", "vault_scope");
    step("the clash undone");

    edit(users, "_definitions {", "_definitions { broken {");
    step("a syntax error", "stopped");
    edit(users, "_definitions { broken {", "_definitions {");
    edit(users, "Returns one user, by id.", "Returns one user.");
    step("the syntax error fixed, the service as it was at first");

    writeFileSync(path.join(schemas, "extra.conf"), readFileSync(path.join(schemas, "storage.conf"), "utf8"));
    step("a service added");
    unlinkSync(path.join(schemas, "extra.conf"));
    step("the service removed");

    // users_get.by_id_request and the request of users.get_by_id (unchanged, so planned before) both want UsersGetByIdRequest.
    writeFileSync(path.join(schemas, "users_get.conf"), "_definitions {\n    by_id_request { type: string }\n}\n");
    step("a service added whose definition takes a name of an unchanged service", "stopped");
    unlinkSync(path.join(schemas, "users_get.conf"));
    step("that service removed");
  }, 60_000);

  it("on the ClearML corpus", () => {
    const { schemas, step } = watched(CORPUS);
    step("the first run");
    edit(path.join(schemas, "tasks.conf"), "Allows forcing state change", "Forces the state change");
    step("an edit of tasks.conf");
    edit(path.join(schemas, "_tasks_common.conf"), "Binary to use when running the script", "The binary that runs the script");
    step("an edit of a file tasks.conf includes");
    edit(path.join(schemas, "_api_defaults.conf"), "authorize: true", "authorize: false");
    step("an edit of the API defaults");
  }, 120_000);
});
