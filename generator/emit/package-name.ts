// npm's rule for a new package's name. The name is written into the generated
// package.json, its README and the zod-types opt-in's comments, so every way in (flag,
// config file, programmatic API) is checked against it before anything is generated.

export function isPackageName(name: string): boolean {
  return name.length <= 214 && /^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name);
}

/** Why `name` is refused, for an error message. */
export const PACKAGE_NAME_RULE = "is not an npm package name (lowercase letters, digits, -._~, optionally @scope/)";
