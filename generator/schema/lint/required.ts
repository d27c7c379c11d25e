// `required` names must be declared in `properties`, unless the schema explicitly admits
// other keys (`additionalProperties: true` or a schema, or a matching patternProperties).
import { isObject } from "../json.js";
import type { SchemaRule } from "./context.js";
import { didYouMean } from "./similar.js";

export const checkRequired: SchemaRule = (site, { locate, report }) => {
  const { raw } = site;
  const required = raw.required;
  if (!Array.isArray(required) || typeof raw.$ref === "string") return;
  const props = isObject(raw.properties) ? raw.properties : {};
  const additional = raw.additionalProperties;
  if (additional === true || isObject(additional)) return;
  const patterns = isObject(raw.patternProperties) ? Object.keys(raw.patternProperties).flatMap(compile) : [];
  const names = Object.keys(props);
  required.forEach((name, i) => {
    if (typeof name !== "string" || Object.prototype.hasOwnProperty.call(props, name)) return;
    if (patterns.some((p) => p.test(name))) return;
    report.error(
      "unknown-required",
      locate.member(required, i, locate.member(raw, "required", site.location)),
      `required property \`${name}\` is not declared in \`properties\`${didYouMean(name, names)}`,
      `declare \`${name}\` under \`properties\` or remove it from \`required\``,
    );
  });
};

function compile(pattern: string): RegExp[] {
  try {
    return [new RegExp(pattern)];
  } catch {
    return [];
  }
}
