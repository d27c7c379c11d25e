// import() of a URL or a package whose specifier is a variable, so bundles leave the
// package to be resolved at run time, from node_modules (faker, jiti, a config or
// fixtures module), and only the commands that need one load it.
export function importModule(url: string): Promise<Record<string, unknown>> {
  return import(url) as Promise<Record<string, unknown>>;
}
