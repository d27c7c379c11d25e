// import() of a URL or a package: the CLI's launcher lends its own (the CLI runs in a
// vm.Script, which has none); elsewhere the native one. The specifier is a variable, so
// bundles leave the package to be resolved at run time, from node_modules.
export function importModule(url: string): Promise<Record<string, unknown>> {
  const lent = (globalThis as Record<symbol, unknown>)[Symbol.for("hocon-api-codegen.import")] as ((url: string) => Promise<Record<string, unknown>>) | undefined;
  return lent ? lent(url) : (import(url) as Promise<Record<string, unknown>>);
}
