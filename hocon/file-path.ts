// Minimal path arithmetic for includes, without node:path so the core stays browser-safe.

export function dirname(file: string): string {
  const i = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  if (i < 0) return "";
  return i === 0 ? "/" : file.slice(0, i);
}

export function isAbsolute(p: string): boolean {
  return p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(p);
}

/** `name` relative to `dir`, with `.` and `..` segments folded (leading `..` kept). */
export function joinPath(dir: string, name: string): string {
  const joined = isAbsolute(name) || dir === "" ? name : dir.endsWith("/") ? dir + name : `${dir}/${name}`;
  return normalize(joined);
}

function normalize(p: string): string {
  const absolute = p.startsWith("/");
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (seg === ".." && absolute) continue;
    else out.push(seg);
  }
  const body = out.join("/");
  return absolute ? `/${body}` : body === "" ? "." : body;
}
