// The names the runtime's index module exports: the generated root module re-exports
// them next to the schema's names, so the name registry must keep the schema off them.
const EXPORT_LIST = /export\s+(?:type\s+)?\{([^}]*)\}/g;
const EXPORT_DECL = /export\s+(?:declare\s+)?(?:abstract\s+)?(?:const|let|var|function\*?|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g;

export function runtimeExportNames(indexSource: string): string[] {
  const names = new Set<string>();
  for (const m of indexSource.matchAll(EXPORT_LIST)) {
    for (const part of m[1].split(",")) {
      const spec = part.trim().replace(/^type\s+/, "");
      if (!spec) continue;
      const alias = spec.split(/\s+as\s+/);
      names.add((alias[1] ?? alias[0]).trim());
    }
  }
  for (const m of indexSource.matchAll(EXPORT_DECL)) names.add(m[1]);
  return [...names].sort();
}
