function buildPath(parts) {
  const segments = [];
  let name = "";
  let started = false;
  let segLoc;
  for (const part of parts) {
    if (part.quoted) {
      if (segLoc === void 0) segLoc = part.loc;
      name += part.text;
      started = true;
      continue;
    }
    const text = part.text;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) !== 46) continue;
      const piece = text.slice(from, i);
      const pieceLoc = segLoc ?? shift(part.loc, from);
      if (!started && piece.length === 0 && name.length === 0) return { emptyAt: shift(part.loc, i) };
      segments.push({ name: name + piece, loc: pieceLoc });
      name = "";
      started = false;
      segLoc = void 0;
      from = i + 1;
    }
    if (from < text.length) {
      if (segLoc === void 0) segLoc = shift(part.loc, from);
      name += text.slice(from);
      started = true;
    } else if (from === text.length && text.length > 0 && text.charCodeAt(text.length - 1) === 46) {
      segLoc = void 0;
    }
  }
  if (!started && name.length === 0) {
    const last = parts[parts.length - 1];
    return { emptyAt: last === void 0 ? { file: "", line: 1, column: 1 } : shift(last.loc, last.text.length) };
  }
  segments.push({ name, loc: segLoc ?? parts[0].loc });
  return segments;
}
function shift(loc, by) {
  return by === 0 ? loc : { file: loc.file, line: loc.line, column: loc.column + by };
}
function renderPath(path) {
  return path.map(renderSegment).join(".");
}
function renderSegment(name) {
  return /^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name);
}
export {
  buildPath,
  renderPath
};
