// The `diff` command in-process: output formats, --fail-on, --severity, --hide-docs, errors.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCommand, type CommandRun } from "../support/run-command.js";
import { registerDiffCommand } from "../../generator/diff/command.js";
import { DIFF_JSON_FORMAT, RULE_IDS } from "../../generator/diff/index.js";
import { folderPair, key, obj, version } from "./helpers.js";

const run = (...args: string[]): Promise<CommandRun> => runCommand(registerDiffCommand, ["diff", ...args]);

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

const svc = (request: unknown, description = "Does a thing"): unknown => ({ _description: "A service", get: { "2.1": version(request, undefined, description) } });
/** base -> head: `added` is a new required property (breaking), `gone` removed (warning), the description changed (info). */
const pair = (): { base: string; head: string } =>
  folderPair(svc(obj({ gone: { type: "string" } })), svc(obj({ added: { type: "string" } }, { required: ["added"] }), "Does it better"));

describe("diff command", () => {
  it("prints findings like a compiler and a count, and exits 0 without --fail-on", async () => {
    const { base, head } = pair();
    const { stdout, exitCode } = await run(base, head);
    expect(exitCode).toBe(0);
    const added = key(path.join(head, "svc.conf"), "added");
    const line = readFileSync(added.file, "utf8").split("\n")[added.line - 1];
    const caret = " ".repeat(added.column - 1) + "^";
    expect(stdout).toContain(`${added.file}:${added.line}:${added.column}: breaking: svc.get 2.1 request.added: request property \`added\` added as required [request-property-added-required]\n  ${line}\n  ${caret}\n  hint: in the base at ${base}/svc.conf:`);
    expect(stdout.trimEnd().split("\n").pop()).toBe("1 breaking, 1 warning, 1 info");
  });

  it("--fail-on sets the exit code", async () => {
    const { base, head } = pair();
    expect((await run(base, head, "--fail-on", "breaking")).exitCode).toBe(1);
    expect((await run(base, head, "--fail-on", "warning")).exitCode).toBe(1);
    expect((await run(head, head, "--fail-on", "warning")).exitCode).toBe(0);
    const onlyWarning = folderPair(svc(obj({ gone: { type: "string" } })), svc(obj({})));
    expect((await run(onlyWarning.base, onlyWarning.head, "--fail-on", "breaking")).exitCode).toBe(0);
    expect((await run(onlyWarning.base, onlyWarning.head, "--fail-on", "warning")).exitCode).toBe(1);
    // A severity override makes it fail.
    expect((await run(onlyWarning.base, onlyWarning.head, "--fail-on", "breaking", "--severity", "request-property-removed=breaking")).exitCode).toBe(1);
  });

  it("--format json prints the documented envelope and fields", async () => {
    const { base, head } = pair();
    const { stdout } = await run(base, head, "--format", "json");
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ format: DIFF_JSON_FORMAT, base, head, summary: { breaking: 1, warning: 1, info: 1 } });
    expect(doc.findings.map((f: { rule: string }) => f.rule)).toEqual(["doc-changed", "request-property-added-required", "request-property-removed"]);
    for (const f of doc.findings) {
      expect(Object.keys(f)).toEqual(["rule", "severity", "service", "endpoint", "version", "definition", "path", "message", "head", "base", "reaches"]);
      expect(RULE_IDS).toContain(f.rule);
    }
    expect(doc.findings[1]).toMatchObject({ severity: "breaking", service: "svc", endpoint: "svc.get", version: "2.1", definition: null, path: "request.added", head: key(path.join(head, "svc.conf"), "added"), reaches: [] });
  });

  it("--format markdown prints a changelog grouped by API version", async () => {
    const { base, head } = pair();
    const { stdout } = await run(base, head, "--format", "markdown");
    expect(stdout).toBe(
      [
        "# API changes",
        "",
        "## API version 2.1",
        "",
        "### Breaking",
        "",
        "- `svc.get 2.1 request.added`: request property `added` added as required (request-property-added-required)",
        "",
        "### Warnings",
        "",
        "- `svc.get 2.1 request.gone`: request property `gone` removed (request-property-removed)",
        "",
        "### Other changes",
        "",
        "- `svc.get 2.1`: endpoint description changed (doc-changed)",
        "",
      ].join("\n"),
    );
  });

  it("escapes HTML from schema names in Markdown", async () => {
    const { base, head } = folderPair(svc(obj({})), svc(obj({ "<img src=x>": { type: "string" } })));
    const { stdout } = await run(base, head, "--format", "markdown");
    expect(stdout).toContain("&lt;img src=x&gt;");
    expect(stdout).not.toContain("<img");
  });

  it("--hide-docs leaves out documentation-only changes", async () => {
    const { base, head } = pair();
    const { stdout } = await run(base, head, "--hide-docs");
    expect(stdout).not.toContain("doc-changed");
    expect(stdout.trimEnd().split("\n").pop()).toBe("1 breaking, 1 warning, 0 info");
  });

  it("rejects an unknown rule or severity in --severity", async () => {
    const { base, head } = pair();
    const unknown = await run(base, head, "--severity", "no-such-rule=info");
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain("unknown diff rule `no-such-rule`");
    const bad = await run(base, head, "--severity", "doc-changed=fatal");
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain("severity of `doc-changed` must be breaking, warning or info");
  });

  it("stops with a located error when a side cannot be read", async () => {
    const { head } = pair();
    const { stdout, stderr, exitCode } = await run("/no/such/folder", head);
    expect(exitCode).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("/no/such/folder:1:1: error: cannot read schema folder");
  });

  it("takes the head folder, severities and hideDocs from the config file's job; flags override them", async () => {
    const { base, head } = pair();
    const config = path.join(path.dirname(head), "hocon-api-codegen.config.json");
    const job = { schemas: "head", out: "out", name: "svc-client", diff: { severities: { "request-property-removed": "breaking" }, hideDocs: true } };
    writeFileSync(config, JSON.stringify(job));
    const configured = await run(base, "--config", config);
    expect(configured.stderr).toBe("");
    expect(configured.stdout.trimEnd().split("\n").pop()).toBe("2 breaking, 0 warnings, 0 info");
    const overridden = await run(base, "--config", config, "--severity", "request-property-removed=info");
    expect(overridden.stdout.trimEnd().split("\n").pop()).toBe("1 breaking, 0 warnings, 1 info");
  });

  it("a config with an unknown diff rule is an error naming file, job and key", async () => {
    const { base, head } = pair();
    const config = path.join(path.dirname(head), "hocon-api-codegen.config.json");
    writeFileSync(config, JSON.stringify({ schemas: "head", out: "out", name: "svc-client", diff: { severities: { "no-such-rule": "info" }, hide: true } }));
    const { stderr, exitCode } = await run(base, "--config", config);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${config}: error: job 1 ("svc-client"): key "diff.severities": unknown diff rule "no-such-rule"`);
    expect(stderr).toContain(`${config}: error: job 1 ("svc-client"): unknown key "diff.hide"`);
  });
});
