// The generated package's naming rules, restated from its documentation (README, emitter
// comments) so the surface test derives every expected export from the IR on its own
// rather than from the emitter's plan.
import type { Definition, SchemaNode, Service, Version } from "../../../generator/schema/model.js";

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** `tasks`, `get_all_ex` -> `TasksGetAllEx` */
export function pascal(...parts: string[]): string {
  return parts
    .flatMap(words)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

/** `tasks`, `get_all_ex` -> `tasksGetAllEx` */
export function camel(...parts: string[]): string {
  const p = pascal(...parts);
  return p.length === 0 ? p : p[0].toLowerCase() + p.slice(1);
}

/** `2.13` -> `V2_13` */
export function suffix(v: Version): string {
  return `V${v.major}_${v.minor}`;
}

/**
 * The interface holding one endpoint version's client method (`auth`, `login`, 2.1 ->
 * `AuthLoginV2_1`, with the method `login`): every endpoint version gets its own, and the
 * service interface at an API version (`<Service>ApiV<major>_<minor>`) declares no method
 * itself but extends, for each endpoint that exists by then, the interface of that
 * endpoint's highest version not above the API version.
 */
export function methodInterface(service: string, action: string, v: Version): string {
  return pascal(service, action) + suffix(v);
}

/** `auth`, 2.1 -> `AuthApiV2_1`: the service's client interface at an API version. */
export function serviceInterface(service: string, v: Version): string {
  return pascal(service) + "Api" + suffix(v);
}

/** File stem of a service's modules and package entry. */
export function moduleOf(service: Pick<Service, "name">): string {
  return service.name.replace(/[^A-Za-z0-9_-]/g, "_");
}

export function isStringEnum(def: Definition): boolean {
  return def.schema.kind === "string" && def.schema.enum !== undefined;
}

/**
 * Definitions that reach an object with `additionalProperties: false` or a keyword only
 * requests check (pattern, lengths, ranges, item and key counts), directly or via `$ref`s:
 * they get a second, strict validator for the request side (`<Name>Strict`).
 */
export function definitionsWithStrictValidator(service: Service): Set<string> {
  const reaches = new Map<string, boolean>();
  const visiting = new Set<string>();
  const defReaches = (name: string): boolean => {
    const known = reaches.get(name);
    if (known !== undefined) return known;
    const def = service.definitions.get(name);
    if (!def || visiting.has(name)) return false;
    visiting.add(name);
    const result = nodeReaches(def.schema);
    visiting.delete(name);
    reaches.set(name, result);
    return result;
  };
  const nodeReaches = (n: SchemaNode): boolean => {
    switch (n.kind) {
      case "object":
        return (
          n.additionalProperties === false ||
          (n.minProperties ?? 0) > 0 ||
          n.maxProperties !== undefined ||
          n.properties.some((p) => nodeReaches(p.schema)) ||
          (typeof n.additionalProperties === "object" && nodeReaches(n.additionalProperties)) ||
          (n.patternProperties ?? []).some((p) => nodeReaches(p.schema))
        );
      case "array":
        return (n.minItems ?? 0) > 0 || n.maxItems !== undefined || n.uniqueItems === true || (n.items !== undefined && nodeReaches(n.items));
      case "string":
        return n.pattern !== undefined || (n.minLength ?? 0) > 0 || n.maxLength !== undefined;
      case "number":
      case "integer":
        return [n.minimum, n.maximum, n.exclusiveMinimum, n.exclusiveMaximum, n.multipleOf].some((k) => k !== undefined);
      case "union":
        return n.variants.some(nodeReaches);
      case "ref":
        return n.service === service.name && defReaches(n.name);
      default:
        return false;
    }
  };
  // A cycle member seen while its cycle was open may be cached as false too early: repeat to a fixpoint.
  let size = -1;
  let result = new Set<string>();
  while (result.size !== size) {
    size = result.size;
    reaches.clear();
    for (const name of result) reaches.set(name, true);
    result = new Set([...service.definitions.keys()].filter(defReaches));
  }
  return result;
}
