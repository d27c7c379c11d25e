// Hands out every exported identifier of the generated package. Names are derived
// deterministically from the IR (service, definition, action, version); two different IR
// things that want the same name are a generation-time error naming both source
// locations, never a duplicate identifier and never a silent rename.
import type { Diagnostic, Location } from "../../hocon/diagnostics.js";
import type { Version } from "../schema/model.js";

export interface NameOwner {
  /** Identity of the IR thing: the same key may claim its name again. */
  readonly key: string;
  /** What wants the name, for messages, e.g. `definition tasks.task`. */
  readonly what: string;
  /** Where the schema says it; absent for the generated package's own names. */
  readonly location?: Location;
}

/** Reserved words, strict mode's eval and arguments, and TypeScript's contextual keywords. */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally " +
    "for function if import in instanceof new null return super switch this throw true try typeof var void " +
    "while with as implements interface let package private protected public static yield any boolean " +
    "constructor declare get module require number set string symbol type from of unknown never object " +
    "undefined await async eval arguments"
  ).split(" "),
);

/** Makes any text a valid, non-reserved identifier: invalid characters become `_`, a leading digit or reserved word gets `_`. */
export function safeIdentifier(text: string): string {
  let id = text.replace(/[^A-Za-z0-9_$]/g, "_");
  if (id === "" || /^[0-9]/.test(id)) id = "_" + id;
  if (RESERVED.has(id)) id += "_";
  return id;
}

/** Words of a schema name: `get_all_ex` -> get, all, ex; `getAllEx` -> get, All, Ex. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

export function pascalCase(...parts: string[]): string {
  return parts
    .flatMap(words)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

export function camelCase(...parts: string[]): string {
  const p = pascalCase(...parts);
  return p.length === 0 ? p : p[0].toLowerCase() + p.slice(1);
}

/** `V2_13`: the suffix that tells versions of a declaration apart. */
export function versionSuffix(v: Version): string {
  return `V${v.major}_${v.minor}`;
}

export function formatLocation(l: Location): string {
  return `${l.file}:${l.line}:${l.column}`;
}

function describe(owner: NameOwner): string {
  return owner.location ? `${owner.what} (${formatLocation(owner.location)})` : owner.what;
}

export class NameRegistry {
  readonly #owners = new Map<string, NameOwner>();
  readonly #byKey = new Map<string, string>();
  readonly diagnostics: Diagnostic[] = [];

  /** Claims `wanted` (made a safe identifier) for `owner`; on a collision records an error and returns the name anyway. */
  claim(wanted: string, owner: NameOwner): string {
    const name = safeIdentifier(wanted);
    const previous = this.#byKey.get(owner.key);
    if (previous !== undefined) return previous;
    const holder = this.#owners.get(name);
    if (holder && holder.key !== owner.key) {
      // Reported at the schema's side of the clash: the later claimant, unless it is the package's own name.
      const location = owner.location ?? holder.location;
      if (!location) throw new Error(`generated names clash: ${name} (${holder.what}, ${owner.what})`);
      this.diagnostics.push({
        severity: "error",
        code: "emit/name-collision",
        message: `generated name ${name} is wanted by both ${describe(holder)} and ${describe(owner)}`,
        location,
        hint: "rename one of them in the schema; the generator never renames silently",
      });
    } else {
      this.#owners.set(name, owner);
    }
    this.#byKey.set(owner.key, name);
    return name;
  }

  has(name: string): boolean {
    return this.#owners.has(name);
  }
}
