// `$ref` must point at a definition of the same service, written `#/definitions/<name>`,
// and should stand alone (JSON Schema up to draft 7, the server's, ignores assertions next
// to a `$ref`; codegen reads object keywords there as additions to the definition, see
// RefSchema.base).
import type { Location } from "../../../hocon/diagnostics.js";
import { REF_PREFIX } from "../keywords.js";
import type { SchemaRule } from "./context.js";
import { didYouMean } from "./similar.js";

const ANNOTATIONS_BESIDE_REF = new Set(["$ref", "description", "title", "default", "deprecated", "examples", "$comment"]);

export const checkRefs: SchemaRule = (site, { locate, report, definitions, service }) => {
  const { raw } = site;
  const ref = raw.$ref;
  if (typeof ref !== "string") return;
  const at = (): Location => locate.member(raw, "$ref", site.location);
  if (!ref.startsWith(REF_PREFIX) || ref.length === REF_PREFIX.length) {
    report.error("bad-ref", at(), `\`$ref\` ${JSON.stringify(ref)} is not a local definition reference`, `write \`"$ref": "${REF_PREFIX}<name>"\` naming a definition in this service's \`_definitions\``);
    return;
  }
  const name = ref.slice(REF_PREFIX.length);
  if (!Object.prototype.hasOwnProperty.call(definitions, name)) {
    report.error(
      "unknown-ref",
      at(),
      `\`$ref\` to unknown definition \`${name}\`${didYouMean(name, Object.keys(definitions))}`,
      `define \`${name}\` in \`_definitions\` of ${service.name} (or include the file that defines it)`,
    );
  }
  for (const key of Object.keys(raw)) {
    if (ANNOTATIONS_BESIDE_REF.has(key)) continue;
    report.warning("ref-sibling", locate.member(raw, key, site.location), `\`${key}\` next to \`$ref\` is ignored by the server's validator (JSON Schema draft 7 and earlier)`, `move \`${key}\` into the definition \`${name}\`, or drop the \`$ref\``);
  }
};
