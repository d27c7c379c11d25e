// One HTML page per API version: the version switcher, the renderer's bundle (a file of
// the site) and the version's document inline. Schema text reaches the page only through
// escape.ts: the document as script-safe JSON, names as HTML text.
import { htmlText, jsonForScript } from "./escape.js";
import { RENDERER_FILES } from "./renderer.js";

/** Where each version's page is, relative to the site's root. */
export function pageFile(version: string): string {
  return `v${version}.html`;
}

export interface PageInput {
  readonly title: string;
  readonly version: string;
  /** Every version, oldest first. */
  readonly versions: readonly string[];
  readonly document: unknown;
}

// untrustedSpec: Redoc sanitizes the HTML it makes from Markdown (the descriptions are escaped already; this is the second wall).
// scrollYOffset: the version bar stays on top; Redoc's sidebar and links start below it.
// showExtensions: each operation lists its x- fields (since, endpoint version, roles, internal, authorize).
const REDOC_OPTIONS = { untrustedSpec: true, showExtensions: true, scrollYOffset: "#versions" };

export function versionPage(input: PageInput): string {
  const options = input.versions
    .slice()
    .reverse()
    .map((v) => `<option value="${htmlText(pageFile(v))}"${v === input.version ? " selected" : ""}>${htmlText(v)}</option>`)
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${htmlText(input.title)} ${htmlText(input.version)}</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  #versions { position: sticky; top: 0; z-index: 10; display: flex; gap: .5em; align-items: center; padding: .5em 1em; background: #263238; color: #fff; }
  #versions select { font: inherit; }
</style>
</head>
<body>
<nav id="versions"><label for="version">${htmlText(input.title)} &middot; API version</label>
<select id="version" onchange="location.href = this.value">${options}</select></nav>
<div id="redoc"></div>
<script src="${htmlText(RENDERER_FILES[0])}"></script>
<script>
// docs-rendered on <html>: the page is complete (what a test or a crawler waits for).
Redoc.init(${jsonForScript(input.document)}, ${jsonForScript(REDOC_OPTIONS)}, document.getElementById("redoc"), () => document.documentElement.setAttribute("data-docs-rendered", ""));
</script>
</body>
</html>
`;
}

/** The site's entry: the newest version's page. */
export function indexPage(title: string, newest: string): string {
  const target = htmlText(pageFile(newest));
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${target}"><title>${htmlText(title)}</title></head>
<body><a href="${target}">${htmlText(title)} ${htmlText(newest)}</a></body>
</html>
`;
}
