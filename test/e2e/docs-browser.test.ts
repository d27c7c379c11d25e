// The docs site in a real browser (Debian's chromium, driven by playwright-core): the
// site of the ClearML corpus, a small one of two versions and one built from a hostile schema, served
// by a static server on 127.0.0.1. Every page renders with no console error, and no
// request leaves the server (anything else is aborted and fails the test); the version
// switcher changes the endpoint list (storage.get_settings appears at 2.22 in the small site);
// a corpus page shows an endpoint's extensions;
// hostile descriptions show as text and run nothing. A screenshot's path is printed.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildDocs } from "../../generator/api.js";
import { CORPUS, REPO, writeSchemas } from "../emit/helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const HOSTILE = `</script><script>globalThis.__pwned = 1</script><img src="http://evil.example/a.png" onerror="globalThis.__pwned = 2"> ![x](http://evil.example/b.png)`;

let root: string;
let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
/** What went wrong on the pages of the current test: console errors, page errors, requests to another origin. */
let problems: string[] = [];

/** Serves the files under `dir`, nothing outside it. */
function staticServer(dir: string): Server {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".txt": "text/plain; charset=utf-8" };
  return createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (!file.startsWith(dir + path.sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
}

/** A page of the site, rendered: what the renderer calls back when done. */
async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${origin}/${url}`);
  await page.waitForSelector("html[data-docs-rendered]", { timeout: 150_000 });
  return page;
}

/** How often the operation is on the page (its section, and its entry in the menu). */
const operation = (page: Page, id: string) => page.locator(`[data-section-id$="operation/${id}"]`).count();

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`).toBe(true);
  root = mkdtempSync(path.join(tmpdir(), "docs-browser-"));
  // Small, so its two pages render fast: the switcher does not depend on a page's size.
  const twoVersions = writeSchemas({
    "auth.conf": 'login { "2.1" { description: "Log in.", request { type: object }, response { type: object } } }\n',
    "storage.conf": 'get_settings { "2.22" { description: "The storage settings.", request { type: object }, response { type: object } } }\n',
  });
  const hostileSchemas = writeSchemas({
    "tasks.conf": `_description: ${JSON.stringify(HOSTILE)}\nget_all { allow_roles: [ ${JSON.stringify(HOSTILE)} ] } {"2.1" { description: ${JSON.stringify(HOSTILE)}, request { type: object, properties { name { type: string, description: ${JSON.stringify(HOSTILE)} } } }, response { type: object } } }\n`,
  });
  for (const [name, schemas] of [["two-versions", twoVersions], ["clearml", CORPUS], ["hostile", hostileSchemas]]) {
    const run = buildDocs({ schemas, out: path.join(root, name), title: name, write: true });
    expect(run.stopped).toBeUndefined();
  }
  server = staticServer(root);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Anything not from the site's own server is refused before it leaves, and recorded.
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      problems.push(`request to another origin: ${route.request().url()}`);
      return route.abort();
    },
  );
}, 180_000);

afterEach(async () => {
  for (const page of context.pages()) await page.close();
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the docs site in headless Chromium", () => {
  it("the index opens the newest version's page, and the version switcher changes the endpoint list", async () => {
    const page = await open("two-versions/index.html");
    expect(page.url()).toBe(`${origin}/two-versions/v2.22.html`);
    expect(await page.locator("#version").inputValue()).toBe("v2.22.html");
    expect(await operation(page, "storage_get_settings")).toBeGreaterThan(0);
    // storage.get_settings appears at 2.22.
    await Promise.all([page.waitForURL(`${origin}/two-versions/v2.1.html`), page.selectOption("#version", "v2.1.html")]);
    await page.waitForSelector("html[data-docs-rendered]", { timeout: 150_000 });
    expect(await operation(page, "storage_get_settings")).toBe(0);
    expect(await operation(page, "auth_login")).toBeGreaterThan(0);
  }, 180_000);

  // The corpus's pages are large (one render takes seconds): one is opened.
  it("ClearML: a version's page renders its endpoints with their extensions", async () => {
    const page = await open("clearml/v2.27.html");
    expect(await operation(page, "tasks_update_tags")).toBeGreaterThan(0);
    // Its extensions: since, roles, internal, authorize.
    const section = await page.locator('[data-section-id="operation/tasks_update_tags"]').innerText();
    expect(section).toMatch(/since:\s*2\.27/);
    expect(section).toMatch(/allow-roles:/);
    expect(section).toMatch(/internal:\s*false/);
    expect(section).toMatch(/authorize:\s*true/);
    // Kept after the run (the run's temp folder is not), overwritten by the next.
    const screenshot = path.join(REPO, "node_modules", ".cache", "docs-browser", "clearml-2.27.png");
    await page.screenshot({ path: screenshot });
    console.log(`docs screenshot: ${screenshot}`);
  }, 300_000);

  it("a hostile schema's text shows as text and runs nothing", async () => {
    const page = await open("hostile/v2.1.html");
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator("#redoc img[src*='evil']").count()).toBe(0);
    expect(await page.locator("#redoc").innerText()).toContain('</script><script>globalThis.__pwned = 1</script><img src="http://evil.example/a.png"');
  }, 180_000);
});
