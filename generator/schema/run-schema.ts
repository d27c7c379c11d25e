// The runs of `lint` and `inspect`: what they print, and their exit codes.
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import { jsonText } from "../../hocon/json-text.js";
import type { HoconDialect, JsonValue } from "../../hocon/types.js";
import { buildModel } from "./build.js";
import { sortFindings } from "./index.js";
import { modelToJson } from "./inspect.js";
import { lint } from "./lint-folder.js";
import { loadFolder } from "./load.js";
import { readConf } from "./read.js";

/** Every finding of the folder on stdout with a count; 1 when any is an error. */
export function runLint(dir: string, dialect: HoconDialect): number {
  const { findings, sources, errors, warnings } = lint(dir, { dialect });
  process.stdout.write(formatDiagnostics(findings, sources));
  process.stdout.write(`${count(errors, "error")}, ${count(warnings, "warning")}\n`);
  return errors > 0 ? 1 : 0;
}

/** The folder's model as JSON on stdout; 1 when a file could not be read. */
export function runInspect(dir: string, dialect: HoconDialect): number {
  const raw = loadFolder(dir, (file) => readConf(file, { dialect }));
  // Files that could not be read leave the model incomplete: say so, but still print it.
  process.stderr.write(formatDiagnostics(sortFindings([...raw.errors]), raw.sources));
  process.stdout.write(jsonText(modelToJson(buildModel(raw)) as JsonValue, 2) + "\n");
  return raw.errors.length > 0 ? 1 : 0;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
