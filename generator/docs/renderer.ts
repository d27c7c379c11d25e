// The renderer's browser bundle (Redoc's standalone build, MIT): copied into every docs
// site, so the site works offline. An installed package ships it under dist/docs-renderer
// (scripts/build.mjs copies it there); in this repository it is read from node_modules,
// where redoc is a devDependency. Only `docs` reads it; codegen never does.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const RENDERER_FILES = ["redoc.standalone.js", "redoc.standalone.js.LICENSE.txt"] as const;

/** The bundle's files by name; an error naming where they were looked for when absent. */
export function rendererFiles(root: string): Map<string, string> {
  const folders = [path.join(root, "dist", "docs-renderer"), path.join(root, "node_modules", "redoc", "bundles")];
  const folder = folders.find((dir) => RENDERER_FILES.every((name) => existsSync(path.join(dir, name))));
  if (folder === undefined) throw new Error(`cannot find the docs renderer (${RENDERER_FILES[0]}) in ${folders.join(" or ")}`);
  const files = new Map<string, string>(RENDERER_FILES.map((name) => [name, readFileSync(path.join(folder, name), "utf8")]));
  files.set(RENDERER_FILES[0], offline(files.get(RENDERER_FILES[0])!));
  return files;
}

/** The one URL the bundle loads by itself (the "API docs by Redocly" logo); an image that fails to load is hidden by Redoc. */
const REMOTE_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";

/** The bundle with nothing fetched from the network and no source map (not shipped) referenced. */
function offline(bundle: string): string {
  if (!bundle.includes(REMOTE_LOGO)) throw new Error(`the docs renderer changed: ${REMOTE_LOGO} not found in ${RENDERER_FILES[0]}; check what it fetches`);
  return bundle.replaceAll(REMOTE_LOGO, "data:,").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
}
