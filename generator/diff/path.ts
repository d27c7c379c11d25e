// Property paths as printed in findings: `request.tasks[].id`.
const PLAIN = /^[A-Za-z_$][\w$-]*$/;

export function childPath(parent: string, name: string): string {
  const part = PLAIN.test(name) ? name : JSON.stringify(name);
  return parent === "" ? part : `${parent}.${part}`;
}

export function itemsPath(parent: string): string {
  return `${parent}[]`;
}

/** The values other keys of an object must match (`additionalProperties: {...}`). */
export function additionalPath(parent: string): string {
  return `${parent}{}`;
}

/** The values of keys matching a `patternProperties` pattern. */
export function patternPath(parent: string, pattern: string): string {
  return `${parent}{${JSON.stringify(pattern)}}`;
}
