function formatDiagnostic(d, sourceText) {
  const { file, line, column } = d.location;
  let out = `${file}:${line}:${column}: ${d.severity}: ${d.message}`;
  const src = sourceText === void 0 ? void 0 : sourceLine(sourceText, line);
  if (src !== void 0) {
    const shown = src.replace(/\t/g, " ");
    out += `
  ${shown}
  ${" ".repeat(Math.max(0, column - 1))}^`;
  }
  if (d.hint) out += `
  hint: ${d.hint}`;
  return out;
}
function sourceLine(text, line) {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return void 0;
    start = nl + 1;
  }
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  const raw = text.slice(start, end).replace(/\r$/, "");
  return raw.length > 200 ? raw.slice(0, 200) + "\u2026" : raw;
}
export {
  formatDiagnostic
};
