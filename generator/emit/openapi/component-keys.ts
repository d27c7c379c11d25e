// Names of the per-service schema components: `{service}.{definition}`. OpenAPI 3.1 only
// allows `[a-zA-Z0-9._-]` in component keys, so other characters become `_`; the rare
// clash this could cause gets a numeric suffix. Keys are assigned for every definition
// in model order, so a definition's key never depends on which version is emitted.
import type { ApiModel, Definition } from "../../schema/model.js";

const INVALID_KEY_CHARS = /[^A-Za-z0-9._-]/g;

export class ComponentKeys {
  // Keyed by service and name rather than object identity, so a ref's `target` resolves
  // even if the loader hands out copies of a definition.
  private readonly byName = new Map<string, { key: string; def: Definition }>();

  constructor(model: ApiModel) {
    const used = new Set<string>();
    for (const service of model.services) {
      for (const def of service.definitions.values()) {
        const base = `${service.name}.${def.name}`.replace(INVALID_KEY_CHARS, "_");
        let key = base;
        for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
        used.add(key);
        this.byName.set(nameKey(service.name, def.name), { key, def });
      }
    }
  }

  /** The component key of a definition of this model. */
  keyOf(def: Pick<Definition, "service" | "name">): string | undefined {
    return this.byName.get(nameKey(def.service, def.name))?.key;
  }

  /** The definition `service`/`name` names, with its key, when the model has it. */
  find(service: string, name: string): { key: string; def: Definition } | undefined {
    return this.byName.get(nameKey(service, name));
  }
}

function nameKey(service: string, name: string): string {
  return `${service}\u0000${name}`;
}

/** `#/components/schemas/<key>`; keys are already URI- and JSON-Pointer-safe. */
export function schemaRef(key: string): string {
  return `#/components/schemas/${key}`;
}
