// Numbers too large for a double (`1e400`) read as Infinity: no JSON, JavaScript or
// TypeScript literal says that, so no validator, type or document can carry the value.
import type { JsonValue } from "../../../hocon/types.js";
import { isObject } from "../json.js";
import type { SchemaRule } from "./context.js";

/** Keywords whose values are schemas: the walk visits those itself. */
const SUB_SCHEMAS: ReadonlySet<string> = new Set(["properties", "patternProperties", "items", "additionalProperties", "anyOf", "oneOf", "allOf", "not"]);

export const checkFiniteNumbers: SchemaRule = (site, { locate, report }) => {
  const { raw } = site;
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (SUB_SCHEMAS.has(key) && (isObject(value) || Array.isArray(value))) continue;
    forEachOverflow(raw, key, value, (container, at) => {
      report.error(
        "number-out-of-range",
        locate.member(container, at, locate.member(raw, key, site.location)),
        `a number in \`${key}\` is too large for a double: it reads as ${(container as Record<string | number, number>)[at]}`,
        "write a number within ±1.7976931348623157e308",
      );
    });
  }
};

/** Calls `found` with the container and key of every non-finite number inside `value` (which is `container[key]`). */
function forEachOverflow(container: object, key: string | number, value: JsonValue | undefined, found: (container: object, key: string | number) => void): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) found(container, key);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) forEachOverflow(value, i, value[i], found);
  } else if (isObject(value)) {
    for (const k of Object.keys(value)) forEachOverflow(value, k, value[k], found);
  }
}
