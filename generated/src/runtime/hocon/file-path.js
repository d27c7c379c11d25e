function dirname(file) {
  const i = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  if (i < 0) return "";
  return i === 0 ? "/" : file.slice(0, i);
}
function isAbsolute(p) {
  return p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(p);
}
function joinPath(dir, name) {
  const joined = isAbsolute(name) || dir === "" ? name : dir.endsWith("/") ? dir + name : `${dir}/${name}`;
  return normalize(joined);
}
function normalize(p) {
  const absolute = p.startsWith("/");
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (seg === ".." && absolute) continue;
    else out.push(seg);
  }
  const body = out.join("/");
  return absolute ? `/${body}` : body === "" ? "." : body;
}
export {
  dirname,
  isAbsolute,
  joinPath
};
