// `enum` values and `default` must have the schema's type, and a default must be one of
// the enum values.
import { jsonText } from "../../../hocon/json-text.js";
import type { JsonValue } from "../../../hocon/types.js";
import type { SchemaRule } from "./context.js";
import { declaredTypes, typeList, valueHasType } from "./types.js";
import { describe } from "./values.js";

export const checkEnumAndDefault: SchemaRule = (site, { locate, report, definitions }) => {
  const { raw } = site;
  // Most schemas have neither: skip working out their types.
  if (raw.enum === undefined && !Object.prototype.hasOwnProperty.call(raw, "default")) return;
  const types = declaredTypes(raw, definitions);
  const fits = (v: JsonValue): boolean => types === undefined || [...types].some((t) => valueHasType(v, t));
  const values = Array.isArray(raw.enum) ? raw.enum : undefined;
  if (values && types) {
    values.forEach((v, i) => {
      if (fits(v)) return;
      report.error(
        "enum-type-mismatch",
        locate.member(values, i, locate.member(raw, "enum", site.location)),
        `enum value ${describe(v)} is not of type ${typeList(types)}`,
        `make every \`enum\` value a ${typeList(types)}, or fix the \`type\``,
      );
    });
  }
  if (!Object.prototype.hasOwnProperty.call(raw, "default")) return;
  const value = raw.default;
  const at = locate.member(raw, "default", site.location);
  if (types && !fits(value)) {
    report.error("default-type-mismatch", at, `default ${describe(value)} is not of type ${typeList(types)}`, `give a ${typeList(types)} default, or remove it`);
  } else if (values && !values.some((v) => sameValue(v, value))) {
    report.error("default-not-in-enum", at, `default ${describe(value)} is not one of the enum values`, `use one of ${values.map((v) => jsonText(v)).join(", ")}`);
  }
};

function sameValue(a: JsonValue, b: JsonValue): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && jsonText(a) === jsonText(b));
}
