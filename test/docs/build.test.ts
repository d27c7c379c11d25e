// The docs site's files: one page per API version with the version switcher, each page
// holding that version's endpoints with their since/roles/internal/authorize extensions, and
// schema text that can neither break out of the page's script nor add markup or URLs.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocs } from "../../generator/api.js";
import { registerDocsCommand } from "../../generator/docs/command.js";
import { runCommand } from "../support/run-command.js";
import { loadApi } from "../../generator/schema/index.js";
import { REPO, writeSchemas } from "../emit/helpers.js";

/** The OpenAPI document a page renders (the argument of Redoc.init). */
function pageDocument(html: string): { paths: Record<string, { post: Record<string, unknown> & { description?: string } }>; info: { version: string } } {
  const start = html.indexOf("Redoc.init(") + "Redoc.init(".length;
  const end = html.indexOf(', {"untrustedSpec"', start);
  return JSON.parse(html.slice(start, end));
}

const endpoint = (version: string, description: string) => `{ "${version}" { description: ${JSON.stringify(description)}, request { type: object }, response { type: object } } }`;

describe("docs site", () => {
  it("has a page per API version of schemas/, each listing every version in its switcher", () => {
    const run = buildDocs({ schemas: path.join(REPO, "schemas") });
    const versions = loadApi(path.join(REPO, "schemas")).model.changeVersions.map((v) => v.text);
    expect(run.versions).toEqual(versions);
    expect(run.files.get("index.html")).toContain(`url=v${versions.at(-1)}.html`);
    expect(run.files.has("redoc.standalone.js")).toBe(true);
    for (const version of versions) {
      const html = run.files.get(`v${version}.html`)!;
      expect(pageDocument(html).info.version).toBe(version);
      for (const other of versions) expect(html).toContain(`<option value="v${other}.html"${other === version ? " selected" : ""}>${other}</option>`);
    }
  });

  it("shows an endpoint from its first version on, with since, roles, internal and authorize", () => {
    const schemas = writeSchemas({
      "tasks.conf": [
        `_description: "Tasks"`,
        `get_all ${endpoint("2.1", "Lists tasks")}`,
        `update_tags { internal: true, allow_roles: [ "admin", "user" ] } ${endpoint("2.27", "Adds tags")}`,
        `ping { authorize: false } ${endpoint("2.1", "Answers")}`,
      ].join("\n"),
    });
    const run = buildDocs({ schemas, includeInternal: true });
    expect(run.stopped).toBeUndefined();
    expect(run.versions).toEqual(["2.1", "2.27"]);
    const at = (v: string) => pageDocument(run.files.get(`v${v}.html`)!).paths;
    expect(Object.keys(at("2.1")).sort()).toEqual(["/tasks.get_all", "/tasks.ping"]);
    const facts = (post: Record<string, unknown>) => [post["x-since"], post["x-endpoint-version"], post["x-allow-roles"], post["x-internal"], post["x-authorize"]];
    expect(facts(at("2.27")["/tasks.update_tags"].post)).toEqual(["2.27", "2.27", ["admin", "user"], true, true]);
    expect(facts(at("2.27")["/tasks.ping"].post)).toEqual(["2.1", "2.1", ["*"], false, false]);
    expect(Object.keys(pageDocument(buildDocs({ schemas }).files.get("v2.27.html")!).paths)).not.toContain("/tasks.update_tags");
  });

  it("a hostile description stays text: no script break-out, no markup, no fetched URL", () => {
    const hostile = `</script><script>globalThis.__pwned = 1</script><img src="http://evil.example/a.png"> ![x](http://evil.example/b.png)`;
    const schemas = writeSchemas({
      "tasks.conf": `_description: ${JSON.stringify(hostile)}\nget_all { allow_roles: [ ${JSON.stringify(hostile)} ] } {"2.1" { description: ${JSON.stringify(hostile)}, request { type: object, properties { example { type: string, description: ${JSON.stringify(hostile)} } } }, response { type: object } } }\n`,
    });
    const run = buildDocs({ schemas });
    expect(run.stopped).toBeUndefined();
    const html = run.files.get("v2.1.html")!;
    // Only the page's own two script elements end.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain("<img");
    const description = pageDocument(html).paths["/tasks.get_all"].post.description!;
    expect(description).toContain("&lt;\\/script&gt;&lt;script&gt;globalThis\\.\\_\\_pwned");
    expect(description).toContain("\\!\\[x\\]\\(http\\:\\/\\/evil\\.example\\/b\\.png\\)");
    // Every text the renderer reads as Markdown; the others (summary, names) it shows as text.
    const descriptions: string[] = [];
    JSON.stringify(pageDocument(html), (key, value: unknown) => (key === "description" && typeof value === "string" && descriptions.push(value), value));
    // The service, the endpoint and the property.
    expect(descriptions.filter((d) => d.includes("evil"))).toHaveLength(3);
    for (const d of descriptions) expect(d).not.toMatch(/<|(?<!\\)\]\(/);
  });

  it("refuses a folder it did not write, naming the tool rather than codegen", () => {
    const out = mkdtempSync(path.join(tmpdir(), "docs-foreign-"));
    writeFileSync(path.join(out, "notes.txt"), "mine");
    const run = buildDocs({ schemas: path.join(REPO, "schemas"), out, write: true });
    expect(run.stopped).toMatchObject({ reason: "output-folder" });
    const message = run.stopped?.reason === "output-folder" ? run.stopped.message : "";
    expect(message).toContain("hocon-api-codegen did not write it");
    expect(message).not.toMatch(/(^|[^-])codegen (did not write|again)/);
    expect(readFileSync(path.join(out, "notes.txt"), "utf8")).toBe("mine");
  });

  it("the docs command names itself when schema errors stop it", async () => {
    const schemas = writeSchemas({ "broken.conf": "get_it {\n" });
    const out = mkdtempSync(path.join(tmpdir(), "docs-stopped-"));
    const run = await runCommand(registerDocsCommand, ["docs", "--schemas", schemas, "--out", out]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^docs: stopped: 1 error\(s\) in the schemas$/m);
    expect(run.stderr).not.toContain("codegen");
  });
});
