// Object keywords beside anyOf/oneOf (the union's base, see UnionSchema.base) apply to
// every variant, which is easy to get wrong: a variant that is not an object can never
// match, `additionalProperties: false` beside the union rejects the variants' own
// properties, and without `type: object` the model has to guess that an object is meant.
// Required names and property schemas beside the union are checked like any object's by
// the other rules.
import type { JsonObject, JsonValue } from "../../../hocon/types.js";
import { hasOwn, isObject } from "../json.js";
import { hasObjectBase, OBJECT_KEYWORDS, REF_PREFIX, UNION_MODES } from "../keywords.js";
import type { SchemaRule, SchemaSite, ServiceLintContext } from "./context.js";
import { declaredTypes, typeList } from "./types.js";

export const checkUnionBase: SchemaRule = (site, ctx) => {
  const { raw } = site;
  if (typeof raw.$ref === "string") return; // everything beside a `$ref` is reported as ignored
  for (let m = 0; m < UNION_MODES.length; m++) {
    const mode = UNION_MODES[m];
    const variants = raw[mode];
    if (!Array.isArray(variants) || !hasObjectBase(raw)) continue;
    if (raw.type === undefined) untypedBase(site, ctx, mode);
    variants.forEach((variant, i) => {
      if (!isObject(variant)) return; // reported as not-a-schema
      if (!notAnObject(site, ctx, mode, variants, i, variant) && raw.additionalProperties === false) {
        closedBase(site, ctx, mode, variants, i, variant);
      }
    });
  }
};

function untypedBase({ raw, location }: SchemaSite, { locate, report }: ServiceLintContext, mode: string): void {
  const first = Object.keys(raw).find((k) => (OBJECT_KEYWORDS as readonly string[]).includes(k))!;
  report.warning(
    "missing-type",
    locate.member(raw, first, location),
    `schema has \`${first}\` beside \`${mode}\` but no \`type\`, so it is read as \`type: object\``,
    "add `type: object`",
  );
}

/** Reports a variant whose own type excludes objects; returns whether it did. */
function notAnObject(site: SchemaSite, ctx: ServiceLintContext, mode: string, variants: JsonValue[], i: number, variant: JsonObject): boolean {
  const types = declaredTypes(variant, ctx.definitions);
  if (types === undefined || types.has("object")) return false;
  ctx.report.warning(
    "impossible-variant",
    ctx.locate.member(variants, i, ctx.locate.member(site.raw, mode, site.location)),
    `\`${mode}\` entry ${i + 1} (${typeList(types)}) can never match: the keywords beside \`${mode}\` require an object`,
    `make the entry an object schema, or move the object keywords into the entries that are objects`,
  );
  return true;
}

function closedBase(site: SchemaSite, ctx: ServiceLintContext, mode: string, variants: JsonValue[], i: number, variant: JsonObject): void {
  const allowed = isObject(site.raw.properties) ? site.raw.properties : {};
  const own = variantProperties(variant, ctx.definitions);
  const rejected = own.filter((name) => !Object.prototype.hasOwnProperty.call(allowed, name));
  if (rejected.length === 0) return;
  const names = rejected.map((n) => `\`${n}\``).join(", ");
  ctx.report.warning(
    "closed-union-base",
    ctx.locate.member(variants, i, ctx.locate.member(site.raw, mode, site.location)),
    `\`additionalProperties: false\` beside \`${mode}\` rejects ${names} of entry ${i + 1}: it only admits the properties declared beside \`${mode}\``,
    `declare ${names} beside \`${mode}\` as well, or move \`additionalProperties: false\` into each entry`,
  );
}

/** The property names a variant declares, through a chain of `$ref`s to definitions. */
function variantProperties(variant: JsonObject, definitions: JsonObject): string[] {
  const seen = new Set<JsonObject>();
  let node: JsonObject | undefined = variant;
  while (node && typeof node.$ref === "string" && !seen.has(node)) {
    seen.add(node);
    const ref: string = node.$ref;
    const name = ref.slice(REF_PREFIX.length);
    const target = ref.startsWith(REF_PREFIX) && hasOwn(definitions, name) ? definitions[name] : undefined;
    node = isObject(target) ? target : undefined;
  }
  return node && typeof node.$ref !== "string" && isObject(node.properties) ? Object.keys(node.properties) : [];
}
