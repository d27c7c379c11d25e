// The run of `hocon FILE`: the resolved JSON on stdout, or a located error on stderr.
import { HoconError } from "../../hocon/errors.js";
import { jsonText } from "../../hocon/json-text.js";
import type { HoconDialect } from "../../hocon/types.js";
import { parseFile } from "./file.js";

export function runHocon(file: string, opts: { env: boolean; dialect: HoconDialect }): number {
  try {
    const env = opts.env ? (name: string) => process.env[name] : undefined;
    const { value } = parseFile(file, { env, dialect: opts.dialect });
    process.stdout.write(jsonText(value, 2) + "\n");
    return 0;
  } catch (e) {
    if (!(e instanceof HoconError)) throw e;
    process.stderr.write(e.format() + "\n");
    return 1;
  }
}
