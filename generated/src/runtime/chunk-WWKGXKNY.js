import {
  isJsonObject,
  redactText
} from "./chunk-ASFU7R6H.js";
import {
  ClientError
} from "./chunk-UAQDFME2.js";

// hocon/tree.js
var MObject = class {
  constructor(loc, owner) {
    this.loc = loc;
    this.owner = owner;
    this.kind = "object";
    this.fields = /* @__PURE__ */ new Map();
    this.order = [];
    this.memo = void 0;
    this.literal = true;
  }
  /** The fields in insertion order. */
  fieldList() {
    return this.order;
  }
  field(key) {
    return this.fields.get(key);
  }
  /** Adds a field (the caller has checked it is new). */
  addField(f) {
    this.fields.set(f.key, f);
    this.order.push(f);
  }
};
function markNotLiteral(field) {
  for (let o = field.parent; o !== void 0 && o.literal; o = o.owner?.parent) o.literal = false;
}
function fieldPath(field) {
  const path = [];
  for (let f = field; f !== void 0; f = f.parent.owner) path.push(f.key);
  return path.reverse();
}

// hocon/build-tree.js
function buildTree(root, dialect) {
  const builder = new TreeBuilder(dialect === "pyhocon");
  const obj = new MObject(root.loc, void 0);
  builder.mergeInto(obj, root, void 0);
  return obj;
}
var TreeBuilder = class {
  constructor(pyhocon) {
    this.pyhocon = pyhocon;
    this.nextId = 0;
  }
  /** `prefix`: absolute path of the include point when inside an included file. */
  mergeInto(obj, node, prefix) {
    const items = node.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.kind === "field") {
        this.addField(obj, item, prefix);
      } else {
        const at = obj.owner === void 0 ? [] : fieldPath(obj.owner);
        this.mergeInto(obj, item.body, at.length === 0 ? void 0 : at);
      }
    }
  }
  addField(obj, field, prefix) {
    const segs = field.path;
    let target = obj;
    for (let i = 0; i < segs.length - 1; i++) {
      target = this.objectLayer(this.member(target, segs[i]), segs[i].loc, segs[i].loc);
    }
    const last = segs[segs.length - 1];
    const f = this.member(target, last);
    const value = field.value;
    const append = !field.append ? "assign" : this.pyhocon ? pyhoconAppend(value) : "element";
    if (append !== "assign") {
      const self = { kind: "subst", path: fieldPath(f), fallback: void 0, optional: true, text: "+=", loc: last.loc };
      const v = this.value(value, prefix, f);
      const parts = append === "element" ? [self, { kind: "array", items: [v], loc: value.loc }] : append === "items" ? [self, v] : [self, spaceText(value), v];
      this.push(f, { kind: "concat", parts, loc: value.loc }, last.loc);
    } else if (value.kind === "object") {
      this.mergeInto(this.objectLayer(f, last.loc, value.loc), value, prefix);
    } else {
      this.push(f, this.value(value, prefix, f), last.loc);
    }
  }
  member(obj, seg) {
    let f = obj.field(seg.name);
    if (f === void 0) {
      f = { id: this.nextId++, key: seg.name, parent: obj, layers: [], memo: void 0, busy: false };
      obj.addField(f);
    }
    return f;
  }
  /** The literal object on top of the field's stack, merging into it, or a new one. */
  objectLayer(f, keyLoc, loc) {
    const top = f.layers[f.layers.length - 1];
    if (top !== void 0 && top.value instanceof MObject) return top.value;
    const obj = new MObject(loc, f);
    f.layers.push(layer(obj, keyLoc));
    return obj;
  }
  push(f, value, keyLoc) {
    if (value.kind === "scalar" || value.kind === "array") {
      if (f.layers.length === 0) f.layers.push(layer(value, keyLoc));
      else f.layers = [layer(value, keyLoc)];
    } else if (value.kind === "object") f.layers.push(layer(value, keyLoc));
    else {
      markNotLiteral(f);
      f.layers.push(layer(value, keyLoc, refersTo(value, fieldPath(f))));
    }
  }
  value(node, prefix, owner) {
    switch (node.kind) {
      case "scalar":
        return node;
      case "object": {
        const obj = new MObject(node.loc, owner);
        this.mergeInto(obj, node, prefix);
        return obj;
      }
      case "array":
        return { kind: "array", items: this.values(node.items, prefix, owner), loc: node.loc };
      case "concat":
        markNotLiteral(owner);
        return { kind: "concat", parts: this.values(node.parts, prefix, owner), loc: node.loc };
      case "subst":
        markNotLiteral(owner);
        return prefix === void 0 ? { kind: "subst", path: node.path, fallback: void 0, optional: node.optional, text: node.text, loc: node.loc } : { kind: "subst", path: prefix.concat(node.path), fallback: node.path, optional: node.optional, text: node.text, loc: node.loc };
    }
  }
  values(nodes, prefix, owner) {
    const out = [];
    for (let i = 0; i < nodes.length; i++) out.push(this.value(nodes[i], prefix, owner));
    return out;
  }
};
function pyhoconAppend(value) {
  switch (value.kind) {
    case "array":
      return "items";
    case "scalar":
      return typeof value.value === "string" ? "text" : "assign";
    case "concat": {
      if (value.parts.some((p) => p.kind === "subst")) return "assign";
      const first = value.parts[0];
      return first.kind === "array" ? "items" : first.kind === "object" ? "assign" : "text";
    }
    default:
      return "assign";
  }
}
function spaceText(at) {
  return { kind: "scalar", value: " ", text: " ", loc: at.loc, space: false, quoted: true };
}
function layer(value, keyLoc, selfRef = false) {
  return { value, keyLoc, selfRef, memo: void 0, busy: false };
}
function refersTo(value, path) {
  if (value.kind === "subst") return startsWith(value.path, path);
  if (value.kind === "concat") return value.parts.some((p) => p.kind === "subst" && startsWith(p.path, path));
  return false;
}
function startsWith(path, prefix) {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

// hocon/diagnostics.js
function formatDiagnostic(d, source) {
  const { file, line, column } = d.location;
  let out = `${file}:${line}:${column}: ${d.severity}: ${d.message}`;
  const lines = typeof source === "string" ? new SourceLines(source) : source;
  const src = lines?.line(line);
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
var SourceLines = class {
  constructor(text) {
    this.text = text;
  }
  /** Line `n` (1-based) without its line break, cut when very long; undefined past the end. */
  line(n) {
    const starts = this.starts ??= this.index();
    if (!(n >= 1 && n <= starts.length)) return void 0;
    const end = n < starts.length ? starts[n] - 1 : this.text.length;
    const raw = this.text.slice(starts[n - 1], end).replace(/\r$/, "");
    return raw.length > 200 ? raw.slice(0, 200) + "\u2026" : raw;
  }
  /** Where each line starts: one pass over the text. */
  index() {
    const text = this.text;
    const starts = [0];
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
    return starts;
  }
};

// hocon/errors.js
var HoconError = class extends Error {
  constructor(code, message, location, sourceText, hint) {
    super(message);
    this.name = "HoconError";
    this.code = code;
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.sourceText = sourceText;
    this.diagnostic = hint === void 0 ? { severity: "error", code, message, location } : { severity: "error", code, message, location, hint };
  }
  /** `file:line:col: error: message`, then the source line and a caret. */
  format() {
    return formatDiagnostic(this.diagnostic, this.sourceText);
  }
};

// hocon/file-path.js
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

// hocon/chars.js
var NEWLINE = 10;
var FORBIDDEN_IN_UNQUOTED = '$"{}[]:=,+#`^?!@*&\\';
function isSpace(c) {
  if (c < 128) return c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c >= 28 && c <= 31;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var SPACE_CLASS = "\\t\\v\\f\\r \\x1c-\\x1f\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
function sticky(source) {
  return new RegExp(source(), "y");
}
var SPACE_RUN = /* @__PURE__ */ sticky(() => `[${SPACE_CLASS}]*`);
var forbiddenClass = (chars) => chars.replace(/[\\\]\[^]/g, "\\$&");
var UNQUOTED_RUN = /* @__PURE__ */ sticky(() => `(?:[^${SPACE_CLASS}\\n${forbiddenClass(FORBIDDEN_IN_UNQUOTED)}/]|/(?!/))*`);
var PYHOCON_VALUE_RUN = /* @__PURE__ */ sticky(() => `[^${SPACE_CLASS}\\n${forbiddenClass(FORBIDDEN_IN_UNQUOTED.replace(":", ""))}]*`);
var QUOTED_PLAIN_RUN = /[^"\\\n]*/y;
var unquotedAscii = /* @__PURE__ */ unquotedAsciiTable();
function unquotedAsciiTable() {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    table[c] = FORBIDDEN_IN_UNQUOTED.includes(String.fromCharCode(c)) || c === NEWLINE || isSpace(c) ? 0 : 1;
  }
  return table;
}
function isUnquotedChar(c) {
  return c < 128 ? unquotedAscii[c] === 1 : !isSpace(c);
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isHexDigit(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function isNumberChar(c) {
  return c >= 48 && c <= 57 || c === 46 || c === 45 || c === 43 || c === 101 || c === 69;
}
var PYHOCON_NUMBER = /^[+-]?(?:\d*\.\d+|\d+(?:\.\d+)?)(?:[eE][+-]?\d+)?$/;
var SPEC_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function isValidNumber(raw, pyhocon) {
  return (pyhocon ? PYHOCON_NUMBER : SPEC_NUMBER).test(raw);
}

// hocon/path-expr.js
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

// hocon/tokens.js
var Tok = {
  Eof: 0,
  Newline: 1,
  Space: 2,
  Comma: 3,
  Colon: 4,
  Equals: 5,
  PlusEquals: 6,
  LBrace: 7,
  RBrace: 8,
  LBracket: 9,
  RBracket: 10,
  Unquoted: 11,
  Quoted: 12,
  Number: 13,
  Subst: 14
};
var NAMES = {
  0: "end of file",
  1: "newline",
  2: "whitespace",
  3: "','",
  4: "':'",
  5: "'='",
  6: "'+='",
  7: "'{'",
  8: "'}'",
  9: "'['",
  10: "']'",
  11: "unquoted text",
  12: "quoted string",
  13: "number",
  14: "substitution"
};
function describeToken(type) {
  return NAMES[type];
}

// hocon/lexer.js
var QUOTE = 34;
var BACKSLASH = 92;
var SLASH = 47;
var DOT = 46;
var Lexer = class {
  constructor(text, file, pyhocon) {
    this.text = text;
    this.file = file;
    this.pyhocon = pyhocon;
    this.pos = 0;
    this.line = 1;
    this.lineStart = 0;
    this.type = Tok.Eof;
    this.start = 0;
    this.end = 0;
    this.tokLine = 1;
    this.tokColumn = 1;
    this.value = "";
    this.path = void 0;
    this.optional = false;
    this.valueText = false;
    if (text.charCodeAt(0) === 65279) {
      this.pos = 1;
      this.lineStart = 1;
    }
  }
  /** The current token's text as written. */
  raw() {
    return this.text.slice(this.start, this.end);
  }
  /** Scans the next token into the cursor fields. */
  next() {
    const text = this.text;
    for (; ; ) {
      const start = this.pos;
      if (start >= text.length) {
        this.set(Tok.Eof, start, start, "");
        return;
      }
      const c = text.charCodeAt(start);
      if (c < 128 && unquotedAscii[c] === 1 && c !== SLASH && c !== 45 && c !== DOT && (c < 48 || c > 57)) {
        this.unquoted(start);
        return;
      }
      switch (c) {
        case NEWLINE:
          this.set(Tok.Newline, start, start + 1, "\n");
          this.pos = start + 1;
          this.line++;
          this.lineStart = this.pos;
          return;
        case 35:
          this.skipComment();
          continue;
        case SLASH:
          if (text.charCodeAt(start + 1) === SLASH) {
            this.skipComment();
            continue;
          }
          this.unquoted(start);
          return;
        case 44:
          this.punct(Tok.Comma, start);
          return;
        case 58:
          if (this.valueText) return this.unquoted(start);
          this.punct(Tok.Colon, start);
          return;
        case 61:
          this.punct(Tok.Equals, start);
          return;
        case 123:
          this.punct(Tok.LBrace, start);
          return;
        case 125:
          this.punct(Tok.RBrace, start);
          return;
        case 91:
          this.punct(Tok.LBracket, start);
          return;
        case 93:
          this.punct(Tok.RBracket, start);
          return;
        case 43:
          if (text.charCodeAt(start + 1) === 61) {
            this.set(Tok.PlusEquals, start, start + 2, "+=");
            this.pos = start + 2;
            return;
          }
          if (this.pyhocon && this.startsNumber(start + 1)) return this.number(start);
          return this.reserved(start);
        case 36:
          if (text.charCodeAt(start + 1) === 123) {
            this.substitution(start);
            return;
          }
          return this.reserved(start);
        case QUOTE:
          this.quoted(start);
          return;
        default:
          if (isSpace(c)) {
            const end = this.skipSpaces(start + 1);
            this.set(Tok.Space, start, end, "");
            this.pos = end;
            return;
          }
          if (isDigit(c) || c === 45 || c === DOT && this.pyhocon && isDigit(text.charCodeAt(start + 1))) {
            this.number(start);
            return;
          }
          if (isUnquotedChar(c)) {
            this.unquoted(start);
            return;
          }
          return this.reserved(start);
      }
    }
  }
  /**
   * Moves past whitespace, newlines and comments without making tokens of them (the
   * parser's blank runs between members). True when a newline was crossed.
   */
  skipBlank() {
    const text = this.text;
    const n = text.length;
    let newline = false;
    let i = this.pos;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        i++;
        newline = true;
        this.line++;
        this.lineStart = i;
      } else if (c === 32 || isSpace(c)) {
        i = this.skipSpaces(i + 1);
      } else if (c === 35 || c === SLASH && text.charCodeAt(i + 1) === SLASH) {
        const nl = text.indexOf("\n", i);
        i = nl < 0 ? n : nl;
      } else {
        break;
      }
    }
    this.pos = i;
    return newline;
  }
  /** Location of an offset on the current line. */
  locAt(offset) {
    return { file: this.file, line: this.line, column: offset - this.lineStart + 1 };
  }
  fail(code, message, loc, hint) {
    throw new HoconError(code, message, { file: this.file, line: loc.line, column: loc.column }, this.text, hint);
  }
  /** Fails at the current token. */
  failHere(code, message, hint) {
    throw new HoconError(code, message, { file: this.file, line: this.tokLine, column: this.tokColumn }, this.text, hint);
  }
  /**
   * After an unquoted `include`: scans `"f"`, `file("f")`, `url(...)`, `classpath(...)` or
   * `required(...)` around one of them, with any whitespace (newlines too) before it.
   * Anything else is an error, as the spec says: a key named include must be quoted.
   */
  scanInclude() {
    this.skipBlankLines();
    const i = this.pos;
    const loc = this.locAt(i);
    if (this.text.startsWith("required(", i)) {
      this.pos = this.skipSpaces(i + 9);
      const inner2 = this.includeResource();
      this.closeParen();
      return { kind: inner2.kind, name: inner2.name, required: true, loc };
    }
    const inner = this.includeResource();
    return { kind: inner.kind, name: inner.name, required: false, loc };
  }
  skipBlankLines() {
    const text = this.text;
    for (let c = text.charCodeAt(this.pos); c === NEWLINE || isSpace(c); c = text.charCodeAt(this.pos)) {
      this.pos++;
      if (c === NEWLINE) {
        this.line++;
        this.lineStart = this.pos;
      }
    }
  }
  includeResource() {
    const text = this.text;
    const i = this.pos;
    if (text.charCodeAt(i) === QUOTE) return { kind: "auto", name: this.includeName() };
    const kind = qualifierAt(text, i);
    if (kind === void 0 || kind === "required") {
      this.fail(
        "hocon/invalid-include",
        'expected a quoted file name, file("..."), url(...) or classpath(...) after include',
        this.locAt(i),
        'to use include as a key, quote it: "include"'
      );
    }
    this.pos = this.skipSpaces(i + kind.length + 1);
    const name = this.includeName();
    this.closeParen();
    return { kind, name };
  }
  includeName() {
    const i = this.pos;
    const text = this.text;
    if (text.charCodeAt(i) !== QUOTE || text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE) {
      this.fail("hocon/invalid-include", "expected a single quoted file name in include", this.locAt(i));
    }
    this.quoted(i);
    return this.value;
  }
  closeParen() {
    const i = this.skipSpaces(this.pos);
    if (this.text.charCodeAt(i) !== 41) this.fail("hocon/invalid-include", "expected ')' to close include", this.locAt(i));
    this.pos = i + 1;
  }
  skipSpaces(i) {
    SPACE_RUN.lastIndex = i;
    SPACE_RUN.test(this.text);
    return SPACE_RUN.lastIndex;
  }
  set(type, start, end, value) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.tokLine = this.line;
    this.tokColumn = start - this.lineStart + 1;
    this.value = value;
  }
  punct(type, start) {
    this.set(type, start, start + 1, this.text[start]);
    this.pos = start + 1;
  }
  skipComment() {
    const nl = this.text.indexOf("\n", this.pos);
    this.pos = nl < 0 ? this.text.length : nl;
  }
  unquoted(start) {
    const end = this.unquotedEnd(start);
    this.pos = end;
    this.set(Tok.Unquoted, start, end, this.text.slice(start, end));
  }
  /** `path`: inside `${...}`, where pyhocon's value text does not apply. */
  unquotedEnd(i, path = false) {
    const run = this.valueText && !path ? PYHOCON_VALUE_RUN : UNQUOTED_RUN;
    run.lastIndex = i;
    run.test(this.text);
    return run.lastIndex;
  }
  /** A digit, or a dot and a digit, at `i`. */
  startsNumber(i) {
    const c = this.text.charCodeAt(i);
    return isDigit(c) || c === DOT && isDigit(this.text.charCodeAt(i + 1));
  }
  number(start) {
    const text = this.text;
    let end = start + 1;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    const after = text.charCodeAt(end);
    const continuesText = end < text.length && (isUnquotedChar(after) || after === 58 && this.valueText) && !(after === SLASH && text.charCodeAt(end + 1) === SLASH);
    if (continuesText) return this.notNumber(start);
    const raw = text.slice(start, end);
    if (!isValidNumber(raw, this.pyhocon)) return this.notNumber(start);
    this.pos = end;
    this.set(Tok.Number, start, end, raw);
  }
  /** Text that started like a number: unquoted text, or an error at a `+` (never text). */
  notNumber(start) {
    if (this.text.charCodeAt(start) === 43) this.reserved(start);
    this.unquoted(start);
  }
  reserved(start) {
    const ch = String.fromCodePoint(this.text.codePointAt(start) ?? 0);
    return this.fail(
      "hocon/reserved-character",
      `reserved character '${ch}' is not allowed outside quotes`,
      this.locAt(start),
      "put the text in double quotes"
    );
  }
  /** A quoted string starting at `start`: the cursor gets its decoded value, at the opening quote. */
  quoted(start) {
    const text = this.text;
    if (text.charCodeAt(start + 1) === QUOTE && text.charCodeAt(start + 2) === QUOTE) return this.tripleQuoted(start);
    const column = start - this.lineStart + 1;
    let out = "";
    let from = start + 1;
    let i = from;
    for (; ; ) {
      QUOTED_PLAIN_RUN.lastIndex = i;
      QUOTED_PLAIN_RUN.test(text);
      i = QUOTED_PLAIN_RUN.lastIndex;
      if (i >= text.length) this.unterminated(column);
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === NEWLINE) this.unterminated(column);
      out += text.slice(from, i);
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= text.length || e === NEWLINE) this.unterminated(column);
      i += 2;
      if (this.pyhocon) {
        out += pyhoconEscape(e, text, i);
        from = i;
        continue;
      }
      switch (e) {
        case QUOTE:
          out += '"';
          break;
        case BACKSLASH:
          out += "\\";
          break;
        case SLASH:
          out += "/";
          break;
        case 98:
          out += "\b";
          break;
        case 102:
          out += "\f";
          break;
        case 110:
          out += "\n";
          break;
        case 114:
          out += "\r";
          break;
        case 116:
          out += "	";
          break;
        case 117: {
          for (let k = 0; k < 4; k++) {
            if (!isHexDigit(text.charCodeAt(i + k))) {
              this.fail("hocon/invalid-escape", "invalid \\u escape: expected four hex digits", this.locAt(i - 2));
            }
          }
          out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
          i += 4;
          break;
        }
        default:
          this.fail(
            "hocon/invalid-escape",
            `invalid escape '\\${String.fromCodePoint(text.codePointAt(i - 1) ?? 0)}' in a quoted string`,
            this.locAt(i - 2),
            'write \\\\ for a backslash; JSON escapes only: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX'
          );
      }
      from = i;
    }
    out = from === start + 1 ? text.slice(from, i) : out + text.slice(from, i);
    this.pos = i + 1;
    this.set(Tok.Quoted, start, i + 1, out);
  }
  unterminated(column) {
    return this.fail("hocon/unterminated-string", "unterminated string", { line: this.line, column }, `close the string with '"' on the same line, or use """ for multi-line text`);
  }
  tripleQuoted(start) {
    const text = this.text;
    const line = this.line;
    const column = start - this.lineStart + 1;
    const close = text.indexOf('"""', start + 3);
    if (close < 0) {
      this.fail("hocon/unterminated-string", "unterminated triple-quoted string", { line, column }, 'close it with """');
    }
    let end = close;
    while (text.charCodeAt(end + 3) === QUOTE) end++;
    const value = text.slice(start + 3, end);
    this.pos = end + 3;
    for (let nl = text.indexOf("\n", start); nl >= 0 && nl < end; nl = text.indexOf("\n", nl + 1)) {
      this.line++;
      this.lineStart = nl + 1;
    }
    this.setAt(Tok.Quoted, start, end + 3, line, column, value);
  }
  setAt(type, start, end, line, column, value) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.tokLine = line;
    this.tokColumn = column;
    this.value = value;
  }
  substitution(start) {
    const text = this.text;
    const open = this.locAt(start);
    let i = start + 2;
    const optional = text.charCodeAt(i) === 63;
    if (optional) i++;
    const parts = [];
    for (; ; ) {
      if (i >= text.length) this.unterminatedSubst(open);
      const c = text.charCodeAt(i);
      if (c === 125) {
        i++;
        break;
      }
      if (c === NEWLINE) this.unterminatedSubst(open);
      if (isSpace(c)) {
        const end = this.skipSpaces(i);
        parts.push({ quoted: false, text: text.slice(i, end), loc: this.locAt(i), space: true });
        i = end;
      } else if (c === QUOTE) {
        this.quoted(i);
        parts.push({ quoted: true, text: this.value, loc: { file: this.file, line: this.tokLine, column: this.tokColumn } });
        i = this.pos;
      } else if (isUnquotedChar(c)) {
        const end = this.unquotedEnd(i + 1, true);
        parts.push({ quoted: false, text: text.slice(i, end), loc: this.locAt(i) });
        i = end;
      } else {
        const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
        this.fail("hocon/invalid-substitution", `unexpected '${ch}' in substitution`, this.locAt(i), "quote path elements that contain special characters");
      }
    }
    while (parts.length > 0 && parts[0].space) parts.shift();
    while (parts.length > 0 && parts[parts.length - 1].space) parts.pop();
    if (parts.length === 0) this.fail("hocon/invalid-substitution", "empty substitution", open);
    const path = buildPath(parts);
    if (!Array.isArray(path)) {
      this.fail("hocon/invalid-substitution", "substitution path has an empty element", path.emptyAt, 'quote an empty key as ""');
    }
    this.pos = i;
    this.setAt(Tok.Subst, start, i, open.line, open.column, text.slice(start, i));
    this.path = path;
    this.optional = optional;
  }
  unterminatedSubst(open) {
    return this.fail("hocon/unterminated-substitution", "unterminated substitution: expected '}'", open);
  }
};
function pyhoconEscape(e, text, i) {
  switch (e) {
    case QUOTE:
      return '"';
    case BACKSLASH:
      return "\\";
    case 110:
      return "\n";
    case 114:
      return "\r";
    case 116:
      return "	";
    case 61:
      return "=";
    case 35:
      return "#";
    case 33:
      return "!";
    default:
      return text.slice(i - 2, i);
  }
}
function qualifierAt(text, i) {
  for (const q of ["file", "url", "classpath", "required"]) {
    if (text.startsWith(q, i) && text.charCodeAt(i + q.length) === 40) return q;
  }
  return void 0;
}

// hocon/parser.js
function parseDocument(text, options) {
  return new Parser(text, options).document();
}
var Parser = class {
  constructor(text, options) {
    this.options = options;
    this.pending = false;
    this.pyhocon = options.dialect === "pyhocon";
    this.lexer = new Lexer(text, options.file, this.pyhocon);
  }
  document() {
    this.skipBlank();
    const first = this.peek();
    if (first === Tok.LBracket) {
      this.fail("hocon/root-not-object", "the root of a HOCON document must be an object, not an array");
    }
    let root;
    if (first === Tok.LBrace) {
      const loc = this.here();
      this.take();
      root = this.objectBody(Tok.RBrace, loc, this.options.startDepth + 1);
      this.skipBlank();
      if (this.peek() !== Tok.Eof) this.unexpected("end of file after the root object");
    } else {
      root = this.objectBody(Tok.Eof, this.here(), this.options.startDepth);
    }
    return root;
  }
  objectBody(close, loc, depth) {
    const items = [];
    const lexer = this.lexer;
    for (; ; ) {
      this.skipBlank();
      const type = this.peek();
      if (type === close) {
        this.take();
        return { kind: "object", items, loc };
      }
      if (type === Tok.Eof) this.unclosed("'}'", "object", loc);
      if (type === Tok.Unquoted && lexer.value === "include") {
        this.include(items, depth);
      } else {
        items.push(this.field(depth));
      }
      this.separator("a key", close === Tok.RBrace ? "'}'" : "end of file", close, loc);
    }
  }
  /** An include directive: the included file's members, or none when it is missing and not required. */
  include(items, depth) {
    this.take();
    const bodies = this.options.include(this.lexer.scanInclude(), depth);
    for (const body of bodies) items.push({ kind: "include", body });
  }
  field(depth) {
    const lexer = this.lexer;
    let type = this.peek();
    if (type !== Tok.Unquoted && type !== Tok.Number && type !== Tok.Quoted) {
      if (type === Tok.Subst) this.fail("hocon/invalid-key", "a key cannot contain a substitution");
      this.unexpected("a key");
    }
    const firstQuoted = type === Tok.Quoted;
    const firstText = lexer.value;
    const firstLoc = this.here();
    this.take();
    let parts;
    let space;
    for (; ; ) {
      type = this.peek();
      if (type === Tok.Unquoted || type === Tok.Number || type === Tok.Quoted) {
        parts ??= [{ quoted: firstQuoted, text: firstText, loc: firstLoc }];
        if (space !== void 0) parts.push(space);
        space = void 0;
        parts.push({ quoted: type === Tok.Quoted, text: lexer.value, loc: this.here() });
        this.take();
      } else if (type === Tok.Space) {
        if (space !== void 0) (parts ??= [{ quoted: firstQuoted, text: firstText, loc: firstLoc }]).push(space);
        space = { quoted: false, text: lexer.raw(), loc: this.here(), space: true };
        this.take();
      } else {
        break;
      }
    }
    if (this.pyhocon && !pyhoconReadsKey(parts, firstQuoted, firstText)) {
      this.lexer.fail(
        "hocon/invalid-key",
        "pyhocon cannot read this key: it reads one quoted string, or unquoted letters, digits, spaces and . _ - /",
        firstLoc,
        "quote the whole key"
      );
    }
    let path;
    if (parts === void 0 && (firstQuoted || firstText.indexOf(".") < 0)) {
      path = [{ name: firstText, loc: firstLoc }];
    } else {
      const built = buildPath(parts ?? [{ quoted: firstQuoted, text: firstText, loc: firstLoc }]);
      if (!Array.isArray(built)) {
        this.lexer.fail("hocon/invalid-key", "key has an empty path element", built.emptyAt, 'quote a key that contains an empty element or dots, e.g. "a..b"');
      }
      path = built;
    }
    this.skipBlank();
    const sep = this.peek();
    let append = false;
    if (sep === Tok.Colon || sep === Tok.Equals || sep === Tok.PlusEquals) {
      this.take();
      append = sep === Tok.PlusEquals;
      this.skipBlank();
    } else if (sep !== Tok.LBrace) {
      if (sep === Tok.Subst) this.fail("hocon/invalid-key", "a key cannot contain a substitution");
      this.unexpected("':', '=' or '{' after the key");
    }
    return { kind: "field", path, append, value: this.value(depth) };
  }
  /** One value: a single token or a concatenation of values on the same line. */
  value(depth) {
    const lexer = this.lexer;
    let first;
    let parts;
    let spaceStart = -1;
    let spaceEnd = 0;
    let spaceLine = 0;
    let spaceColumn = 0;
    for (; ; ) {
      const type = this.peekValue();
      let node;
      switch (type) {
        case Tok.Space:
          spaceStart = lexer.start;
          spaceEnd = lexer.end;
          spaceLine = lexer.tokLine;
          spaceColumn = lexer.tokColumn;
          this.take();
          continue;
        case Tok.Quoted:
        case Tok.Unquoted:
        case Tok.Number:
          node = this.scalar(type);
          this.take();
          break;
        case Tok.Subst: {
          const segments = lexer.path;
          const path = [];
          for (let i = 0; i < segments.length; i++) path.push(segments[i].name);
          node = { kind: "subst", path, optional: lexer.optional, text: lexer.value, loc: this.here() };
          this.take();
          break;
        }
        case Tok.LBrace: {
          const loc = this.here();
          this.take();
          this.checkDepth(loc, depth + 1);
          node = this.objectBody(Tok.RBrace, loc, depth + 1);
          break;
        }
        case Tok.LBracket: {
          const loc = this.here();
          this.take();
          this.checkDepth(loc, depth + 1);
          node = this.array(loc, depth + 1);
          break;
        }
        default:
          if (first === void 0) this.unexpected("a value");
          return parts === void 0 ? wholeValue(first, this.pyhocon) : { kind: "concat", parts, loc: first.loc };
      }
      if (first === void 0) {
        first = node;
      } else {
        parts ??= [first];
        if (spaceStart >= 0) {
          const text = lexer.text.slice(spaceStart, spaceEnd);
          parts.push({ kind: "scalar", value: text, text, loc: { file: this.options.file, line: spaceLine, column: spaceColumn }, space: true, quoted: false });
        }
        parts.push(node);
      }
      spaceStart = -1;
    }
  }
  /** The current token as a scalar. */
  scalar(type) {
    const text = this.lexer.value;
    const value = type === Tok.Number ? numberValue(text) : text;
    return { kind: "scalar", value, text, loc: this.here(), space: false, quoted: type === Tok.Quoted };
  }
  array(loc, depth) {
    const items = [];
    for (; ; ) {
      this.skipBlank();
      const type = this.peekValue();
      if (type === Tok.RBracket) {
        this.take();
        return { kind: "array", items, loc };
      }
      if (type === Tok.Eof) this.unclosed("']'", "array", loc);
      items.push(this.value(depth));
      this.separator("a value", "']'", Tok.RBracket, loc);
    }
  }
  /** After a member: newlines and at most one comma, or the closing token. */
  separator(member, closeName, close, open) {
    let separated = false;
    let comma = false;
    for (; ; ) {
      if (this.skipBlank()) separated = true;
      const type = this.peek();
      if (type === Tok.Comma && !comma) {
        this.take();
        comma = true;
        separated = true;
        continue;
      }
      if (type === close) return;
      if (type === Tok.Eof) this.unclosed(closeName, close === Tok.RBrace ? "object" : "array", open);
      if (type === Tok.Comma) this.unexpected(`${member} or ${closeName} after ','`);
      if (!separated) this.unexpected(`',', a newline or ${closeName}`);
      return;
    }
  }
  /** At the current token (end of file). */
  unclosed(closeName, what, open) {
    return this.fail("hocon/unexpected-token", `expected ${closeName} to close the ${what} opened at ${open.line}:${open.column}, found end of file`);
  }
  checkDepth(at, depth) {
    if (depth > this.options.maxDepth) {
      this.lexer.fail("hocon/too-deep", `nesting deeper than ${this.options.maxDepth} levels`, at);
    }
  }
  /** Consumes blanks (whitespace, newlines, comments); true when a newline was among them. */
  skipBlank() {
    let newline = false;
    if (this.pending) {
      const type = this.lexer.type;
      if (type !== Tok.Space && type !== Tok.Newline) return false;
      newline = type === Tok.Newline;
      this.pending = false;
    }
    return this.lexer.skipBlank() || newline;
  }
  /** The kind of the current token, scanning it first if the last one was consumed. */
  peek() {
    if (!this.pending) {
      this.lexer.next();
      this.pending = true;
    }
    return this.lexer.type;
  }
  /** peek() for the start of a value or the next part of one (pyhocon reads text there its own way). */
  peekValue() {
    if (this.pending || !this.pyhocon) return this.peek();
    this.lexer.valueText = true;
    try {
      return this.peek();
    } finally {
      this.lexer.valueText = false;
    }
  }
  /** Consumes the current token; its fields stay readable until the next peek. */
  take() {
    this.pending = false;
  }
  /** Where the current token starts. */
  here() {
    return { file: this.options.file, line: this.lexer.tokLine, column: this.lexer.tokColumn };
  }
  /** Fails at the current token. */
  fail(code, message) {
    return this.lexer.failHere(code, message);
  }
  unexpected(expected) {
    return this.fail("hocon/unexpected-token", `expected ${expected}, found ${describeToken(this.lexer.type)}`);
  }
};
function numberValue(text) {
  const n = Number(text) + 0;
  return Number.isSafeInteger(n) || !/^[+-]?\d+$/.test(text) ? n : BigInt(text);
}
var PYHOCON_KEY = /^[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff._\-/ ]+$/;
function pyhoconReadsKey(parts, firstQuoted, firstText) {
  if (parts === void 0) return firstQuoted || PYHOCON_KEY.test(firstText);
  let text = "";
  for (const p of parts) {
    if (p.quoted) return false;
    text += p.text;
  }
  return PYHOCON_KEY.test(text);
}
function wholeValue(node, pyhocon) {
  if (node.kind !== "scalar" || typeof node.value !== "string" || node.quoted) return node;
  const lower = node.text.length > 5 ? "" : pyhocon ? node.text.toLowerCase() : node.text;
  if (lower === "true") return literal(node, true);
  if (lower === "false") return literal(node, false);
  if (lower === "null") return literal(node, null);
  return node;
}
function literal(node, value) {
  return { kind: "scalar", value, text: node.text, loc: node.loc, space: node.space, quoted: node.quoted };
}

// hocon/include.js
var Loader = class {
  constructor(options) {
    this.options = options;
  }
  parseRoot(text, file, baseDir) {
    return this.parse(text, file, baseDir, 0, []);
  }
  parse(text, file, dir, depth, chain) {
    this.options.sources.set(file, text);
    const { maxFileSize, maxDepth } = this.options.limits;
    if (text.length > maxFileSize) {
      throw new HoconError("hocon/too-large", `file is larger than ${maxFileSize} characters`, { file, line: 1, column: 1 });
    }
    const inner = chain.concat(file);
    return parseDocument(text, {
      file,
      dialect: this.options.dialect,
      maxDepth,
      startDepth: depth,
      include: (target, at) => this.include(target, dir, at, inner)
    });
  }
  /** The parsed files an include names, in merge order (later ones override earlier ones). */
  include(target, dir, depth, chain) {
    if (target.kind === "url" || target.kind === "classpath" || target.kind === "auto" && /^[a-z][a-z0-9+.-]*:\/\//i.test(target.name)) {
      this.fail(
        "hocon/include-unsupported",
        `${target.kind === "classpath" ? "classpath" : "URL"} includes are not supported: only files can be included`,
        target.loc,
        'use include file("...") with a path relative to this file'
      );
    }
    if (/\.properties$/i.test(target.name)) {
      this.fail("hocon/include-unsupported", "Java .properties files cannot be included: only HOCON and JSON", target.loc);
    }
    if (chain.length > this.options.limits.maxIncludeDepth) {
      this.fail("hocon/too-deep", `includes nested deeper than ${this.options.limits.maxIncludeDepth} levels`, target.loc);
    }
    const path = joinPath(dir, target.name);
    const basename = this.options.dialect === "spec" && !/\.(conf|json)$/i.test(path);
    const exact = basename ? void 0 : this.load(path, target, depth, chain);
    if (exact !== void 0) return [exact];
    const found = [];
    if (basename) {
      for (const candidate of [`${path}.json`, `${path}.conf`]) {
        const body = this.load(candidate, target, depth, chain);
        if (body !== void 0) found.push(body);
      }
    }
    if (found.length === 0 && target.required) {
      this.fail("hocon/include-not-found", `included file not found: ${target.name}`, target.loc, "remove required(...) to make the include optional");
    }
    return found;
  }
  load(path, target, depth, chain) {
    const at = chain.indexOf(path);
    if (at >= 0) {
      this.fail("hocon/include-cycle", `include cycle: ${chain.slice(at).concat(path).join(" -> ")}`, target.loc);
    }
    const text = this.read(path, target.loc);
    return text === void 0 ? void 0 : this.parse(text, path, dirname(path), depth, chain);
  }
  read(path, loc) {
    const readFile = this.options.readFile;
    if (readFile === void 0) return void 0;
    try {
      return readFile(path);
    } catch (e) {
      const reason = e instanceof Error ? "code" in e ? String(e.code) : e.message : "read error";
      return this.fail("hocon/include-not-found", `cannot read included file ${path} (${reason})`, loc);
    }
  }
  fail(code, message, loc, hint) {
    throw new HoconError(code, message, loc, this.options.sources.get(loc.file), hint);
  }
};

// hocon/limits.js
var DEFAULT_LIMITS = {
  maxDepth: 1e3,
  maxIncludeDepth: 50,
  maxSubstitutions: 1e6,
  maxFileSize: 64 * 1024 * 1024
};
function withDefaults(limits) {
  return limits === void 0 ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, ...limits };
}

// hocon/ordered.js
function isIndexKey(key) {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return (key === "0" || c !== 48 && /^\d+$/.test(key)) && Number(key) < 4294967295;
}
function keepKeyOrder(obj, order) {
  return new Proxy(obj, {
    // A copy: the caller owns the list it gets.
    ownKeys: () => order.slice(),
    set(target, key, value) {
      if (typeof key === "string" && !Object.prototype.hasOwnProperty.call(target, key)) order.push(key);
      return Reflect.set(target, key, value);
    },
    defineProperty(target, key, desc) {
      if (typeof key === "string" && !Object.prototype.hasOwnProperty.call(target, key)) order.push(key);
      return Reflect.defineProperty(target, key, desc);
    },
    deleteProperty(target, key) {
      const at = typeof key === "string" ? order.indexOf(key) : -1;
      if (at >= 0) order.splice(at, 1);
      return Reflect.deleteProperty(target, key);
    }
  });
}

// hocon/json-values.js
var ValueBuilder = class {
  constructor(sm, limits, fallbackLoc) {
    this.sm = sm;
    this.limits = limits;
    this.fallbackLoc = fallbackLoc;
    this.work = 0;
  }
  record(value, loc, members, depth, size) {
    if (depth > this.limits.maxDepth + 1) {
      this.fail("hocon/too-deep", `value nested deeper than ${this.limits.maxDepth} levels`, loc);
    }
    this.sm.record(value, { loc, members, depth, size });
  }
  /** Number of values in the tree, counting shared subtrees once per occurrence. */
  sizeOf(v) {
    if (v === null || typeof v !== "object") return 1;
    return this.sm.info(v)?.size ?? 1;
  }
  info(v) {
    return this.sm.info(v);
  }
  /** Counts expansion work against maxSubstitutions, so runaway growth is an error, not a hang. */
  spend(units, loc) {
    this.work += units;
    if (this.work > this.limits.maxSubstitutions) {
      this.fail(
        "hocon/too-many-substitutions",
        `more than ${this.limits.maxSubstitutions} substitution expansions`,
        loc,
        "substitutions that double a value at every step grow exponentially"
      );
    }
  }
  concatArrays(arrays, loc) {
    const out = [];
    const locs = [];
    let depth = 1;
    let size = 1;
    for (const a of arrays) {
      this.spend(a.length, loc);
      const info = this.sm.info(a);
      size += (info?.size ?? a.length + 1) - 1;
      const members = info?.members;
      for (let j = 0; j < a.length; j++) {
        out.push(a[j]);
        locs.push(members?.[j] ?? info?.loc ?? loc);
      }
      if (info !== void 0 && info.depth > depth) depth = info.depth;
    }
    this.record(out, loc, locs, depth, size);
    return out;
  }
  /** `upper` merged over `lower`: keys keep their first position, objects merge deeply. */
  merge(lower, upper, loc) {
    const lowerInfo = this.sm.info(lower);
    const upperInfo = this.sm.info(upper);
    const lowerMembers = lowerInfo?.members;
    const upperMembers = upperInfo?.members;
    let out = {};
    const members = new Map(lowerMembers);
    let order;
    const lowerKeys = Object.keys(lower);
    const upperKeys = Object.keys(upper);
    const at = loc ?? lowerInfo?.loc ?? upperInfo?.loc ?? this.fallbackLoc;
    this.spend(lowerKeys.length + upperKeys.length, at);
    for (let i = 0; i < lowerKeys.length; i++) {
      if (order === void 0 && isIndexKey(lowerKeys[i])) order = lowerKeys.slice();
      setMember(out, lowerKeys[i], lower[lowerKeys[i]]);
    }
    for (let i = 0; i < upperKeys.length; i++) {
      const k = upperKeys[i];
      if (!hasOwn(out, k)) {
        if (order === void 0 && isIndexKey(k)) order = Object.keys(out);
        order?.push(k);
      }
      const uv = upper[k];
      const lv = hasOwn(out, k) ? out[k] : void 0;
      if (isObject(lv) && isObject(uv)) {
        setMember(out, k, this.merge(lv, uv, void 0));
        continue;
      }
      setMember(out, k, uv);
      const memberLoc = upperMembers?.get(k);
      if (memberLoc !== void 0) members.set(k, memberLoc);
    }
    if (order !== void 0) out = keepKeyOrder(out, order);
    const depth = Math.max(lowerInfo?.depth ?? 1, upperInfo?.depth ?? 1);
    const size = (lowerInfo?.size ?? 1) + (upperInfo?.size ?? 1);
    this.record(out, at, members, depth, size);
    return out;
  }
  fail(code, message, loc, hint) {
    throw new HoconError(code, message, loc, this.sm.sources.get(loc.file), hint);
  }
};
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function hasOwn(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k);
}
function setMember(o, k, v) {
  if (k === "__proto__") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

// hocon/views.js
var WHOLE = -1;
var CycleSignal = class {
  constructor(chain) {
    this.chain = chain;
  }
};
var View = class {
  constructor(cuts) {
    this.cuts = cuts;
    this.derived = /* @__PURE__ */ new Map();
  }
  /** How many of the field's layers this view sees. */
  count(f) {
    const n = this.cuts.get(f.id);
    return n === void 0 ? f.layers.length : n;
  }
  /** The memo key of the field in this view. */
  key(f) {
    const n = this.cuts.get(f.id);
    return n === void 0 || n === f.layers.length ? WHOLE : n;
  }
};
var Views = class {
  constructor() {
    this.root = new View(/* @__PURE__ */ new Map());
    this.interned = /* @__PURE__ */ new Map();
    this.frames = [];
  }
  /** `view` with field f cut down to its first n layers. */
  cut(view, f, n) {
    const step = `${f.id}:${n}`;
    let v = view.derived.get(step);
    if (v !== void 0) return v;
    const cuts = new Map(view.cuts);
    cuts.set(f.id, n);
    const name = [...cuts].sort((a, b) => a[0] - b[0]).map(([id, k]) => `${id}:${k}`).join(",");
    v = this.interned.get(name);
    if (v === void 0) {
      v = new View(cuts);
      this.interned.set(name, v);
    }
    view.derived.set(step, v);
    return v;
  }
  get(node, key) {
    return key === WHOLE ? node.memo : node.cutMemo?.get(key);
  }
  set(node, key, value) {
    if (key === WHOLE) node.memo = value;
    else (node.cutMemo ??= /* @__PURE__ */ new Map()).set(key, value);
  }
  /** Marks a node in progress; throws CycleSignal when it already is. */
  enter(target, key, field) {
    const busy = key === WHOLE ? target.busy : target.cutBusy?.has(key) === true;
    if (busy) throw new CycleSignal(this.chain(target, key, field));
    if (key === WHOLE) target.busy = true;
    else (target.cutBusy ??= /* @__PURE__ */ new Set()).add(key);
    this.frames.push({ target, key, field });
  }
  leave(target, key) {
    if (key === WHOLE) target.busy = false;
    else target.cutBusy?.delete(key);
    this.frames.pop();
  }
  chain(target, key, field) {
    let start = this.frames.length - 1;
    while (start > 0 && !(this.frames[start].target === target && this.frames[start].key === key)) start--;
    const names = [];
    for (let i = start; i < this.frames.length; i++) push(names, renderPath(fieldPath(this.frames[i].field)));
    push(names, renderPath(fieldPath(field)));
    if (names.length === 1) names.push(names[0]);
    return names;
  }
};
function push(names, name) {
  if (names[names.length - 1] !== name) names.push(name);
}

// hocon/resolve.js
function resolveTree(root, options) {
  return new Resolver(root, options).run();
}
var MAX_SUBST_NESTING = 400;
var PREWARM_LAYERS = 32;
var Resolver = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.views = new Views();
    this.substDepth = 0;
    this.limits = options.limits;
    this.values = new ValueBuilder(options.sourceMap, options.limits, root.loc);
  }
  run() {
    return this.resolveObject(this.root, this.views.root);
  }
  resolveObject(obj, ctx) {
    const memo = obj.memo;
    if (memo !== void 0) return memo;
    let out = {};
    let indexKeys = false;
    const members = /* @__PURE__ */ new Map();
    let depth = 0;
    let size = 1;
    const uncut = ctx.cuts.size === 0;
    const fields = obj.fieldList();
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (!indexKeys && isIndexKey(f.key)) indexKeys = true;
      let v;
      let keyLoc;
      const only = f.layers.length === 1 && (uncut || ctx.count(f) === 1) ? f.layers[0] : void 0;
      if (only !== void 0 && obj.literal && only.value instanceof MObject) {
        v = this.resolveObject(only.value, ctx);
        keyLoc = only.keyLoc;
      } else {
        const r = this.resolveField(f, ctx);
        if (r === null) continue;
        v = r.value;
        keyLoc = r.keyLoc;
      }
      setMember(out, f.key, v);
      members.set(f.key, keyLoc);
      const info = v !== null && typeof v === "object" ? this.values.info(v) : void 0;
      if (info !== void 0) {
        if (info.depth > depth) depth = info.depth;
        size += info.size;
      } else {
        size++;
      }
    }
    if (indexKeys) out = keepKeyOrder(out, [...members.keys()]);
    this.values.record(out, obj.loc, members, depth + 1, size);
    obj.memo = out;
    return out;
  }
  resolveArray(arr, ctx) {
    const out = [];
    const locs = [];
    let depth = 0;
    let size = 1;
    const items = arr.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const r = this.resolveValue(item, ctx);
      if (r === null) continue;
      const v = r.value;
      out.push(v);
      locs.push(item.loc);
      const info = v !== null && typeof v === "object" ? this.values.info(v) : void 0;
      if (info !== void 0) {
        if (info.depth > depth) depth = info.depth;
        size += info.size;
      } else {
        size++;
      }
    }
    this.values.record(out, arr.loc, locs, depth + 1, size);
    return out;
  }
  resolveField(f, ctx) {
    const key = ctx.key(f);
    const memo = this.views.get(f, key);
    if (memo !== void 0) return memo;
    this.views.enter(f, key, f);
    let result;
    try {
      result = this.mergeLayers(f, ctx);
    } finally {
      this.views.leave(f, key);
    }
    this.views.set(f, key, result);
    return result;
  }
  /** Top layer down: objects merge with the objects below them; a non-object ends the stack. */
  mergeLayers(f, ctx) {
    if (f.layers.length > PREWARM_LAYERS && ctx.count(f) === f.layers.length) this.prewarm(f, ctx);
    const objs = [];
    let keyLoc;
    let sealed = false;
    for (let i = ctx.count(f) - 1; i >= 0; i--) {
      const layer2 = f.layers[i];
      const r = this.resolveLayer(f, i, ctx);
      if (r === null) continue;
      if (isObject(r.value)) {
        objs.push(r.value);
        keyLoc = layer2.keyLoc;
        continue;
      }
      if (objs.length === 0) return { value: r.value, text: r.text, sealed: true, keyLoc: layer2.keyLoc };
      sealed = true;
      break;
    }
    if (objs.length === 0) return null;
    let merged = objs[objs.length - 1];
    for (let j = objs.length - 2; j >= 0; j--) merged = this.values.merge(merged, objs[j], void 0);
    return { value: merged, sealed, keyLoc };
  }
  /**
   * Resolving the top of a long self-referential stack (`a += 1` many times) would recurse
   * once per layer; resolving the layers bottom-up first makes every step a memo hit.
   */
  prewarm(f, ctx) {
    for (let k = 1; k < f.layers.length - 1; k++) {
      const kind = f.layers[k].value.kind;
      if (kind !== "subst" && kind !== "concat") continue;
      try {
        this.resolveLayer(f, k, ctx);
      } catch (e) {
        if (e instanceof HoconError) return;
        throw e;
      }
    }
  }
  resolveLayer(f, i, ctx) {
    const layer2 = f.layers[i];
    const v = layer2.value;
    if (v.kind !== "subst" && v.kind !== "concat") return this.resolveValue(v, ctx);
    const c = f.layers.length >= 2 || layer2.selfRef ? this.views.cut(ctx, f, i) : ctx;
    const memo = this.views.get(layer2, WHOLE);
    if (memo !== void 0) return memo;
    this.views.enter(layer2, WHOLE, f);
    let r;
    try {
      r = this.resolveValue(v, c);
    } finally {
      this.views.leave(layer2, WHOLE);
    }
    this.views.set(layer2, WHOLE, r);
    return r;
  }
  resolveValue(v, ctx) {
    switch (v.kind) {
      case "scalar":
        return v;
      case "object":
        return { value: this.resolveObject(v, ctx) };
      case "array":
        return { value: this.resolveArray(v, ctx) };
      case "subst":
        return this.resolveSubst(v, ctx);
      case "concat":
        return this.resolveConcat(v, ctx);
    }
  }
  /** `copied`: the caller copies the result (concatenation) and counts that work itself. */
  resolveSubst(s, ctx, copied = false) {
    this.values.spend(1, s.loc);
    if (this.substDepth >= MAX_SUBST_NESTING) {
      this.fail("hocon/too-deep", `substitutions nested deeper than ${MAX_SUBST_NESTING} levels`, s.loc);
    }
    let r;
    this.substDepth++;
    try {
      r = this.lookup(s.path, ctx);
      if (r === null && s.fallback !== void 0) r = this.lookup(s.fallback, ctx);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        return this.fail("hocon/too-deep", "substitutions and nesting too deep to resolve", s.loc);
      }
      if (!(e instanceof CycleSignal)) throw e;
      if (s.optional) return null;
      return this.fail(
        "hocon/substitution-cycle",
        `substitution cycle: ${e.chain.join(" -> ")}`,
        s.loc,
        "break the cycle: a value cannot contain itself"
      );
    } finally {
      this.substDepth--;
    }
    if (!copied && r !== null && r.value !== null && typeof r.value === "object") this.values.spend(this.values.sizeOf(r.value), s.loc);
    if (r === null && this.options.env !== void 0) {
      const value = this.options.env((s.fallback ?? s.path).join("."));
      if (value !== void 0) return { value };
    }
    if (r === null && !s.optional) {
      return this.fail(
        "hocon/unresolved-substitution",
        `could not resolve substitution ${s.text}`,
        s.loc,
        `define ${renderPath(s.fallback ?? s.path)}, or write \${?...} if it is optional`
      );
    }
    return r;
  }
  /** Finds the value at an absolute path, resolving only what the path goes through. */
  lookup(path, ctx) {
    let cands = [this.root];
    for (let s = 0; s < path.length - 1; s++) {
      const key = path[s];
      const next = [];
      scan: for (const c of cands) {
        if (c instanceof MObject) {
          const f = c.field(key);
          if (f === void 0) continue;
          for (let i = ctx.count(f) - 1; i >= 0; i--) {
            const lv = f.layers[i].value;
            if (lv instanceof MObject) {
              next.push(lv);
              continue;
            }
            const r = this.resolveLayer(f, i, ctx);
            if (r === null) continue;
            if (!isObject(r.value)) break scan;
            next.push(r.value);
          }
        } else {
          if (!hasOwn(c, key)) continue;
          const v = c[key];
          if (!isObject(v)) break;
          next.push(v);
        }
      }
      if (next.length === 0) return null;
      cands = next;
    }
    return this.lookupLast(cands, path[path.length - 1], ctx);
  }
  lookupLast(cands, key, ctx) {
    const objs = [];
    for (const c of cands) {
      if (c instanceof MObject) {
        const f = c.field(key);
        if (f === void 0) continue;
        const r = this.resolveField(f, ctx);
        if (r === null) continue;
        if (isObject(r.value)) {
          objs.push(r.value);
          if (r.sealed) break;
          continue;
        }
        if (objs.length === 0) return r;
        break;
      }
      if (!hasOwn(c, key)) continue;
      const v = c[key];
      if (isObject(v)) {
        objs.push(v);
        continue;
      }
      if (objs.length === 0) return { value: v };
      break;
    }
    if (objs.length === 0) return null;
    let merged = objs[objs.length - 1];
    for (let j = objs.length - 2; j >= 0; j--) merged = this.values.merge(merged, objs[j], void 0);
    return { value: merged };
  }
  resolveConcat(c, ctx) {
    const vals = [];
    const locs = [];
    const spaces = [];
    for (const p of c.parts) {
      const r = p.kind === "scalar" && p.space ? p : p.kind === "subst" ? this.resolveSubst(p, ctx, true) : this.resolveValue(p, ctx);
      if (r === null) continue;
      vals.push(r);
      locs.push(p.loc);
      spaces.push(p.kind === "scalar" && p.space);
    }
    let from = 0;
    let to = vals.length;
    while (from < to && spaces[from]) from++;
    while (to > from && spaces[to - 1]) to--;
    if (from === to) return null;
    if (to - from === 1) return vals[from];
    const first = kindOf(vals[from].value);
    const container = first === "object" || first === "array" ? first : void 0;
    for (let i = from + 1; i < to; i++) {
      if (spaces[i]) continue;
      const k = kindOf(vals[i].value);
      if (k !== first && (container !== void 0 || k === "object" || k === "array")) {
        return this.fail("hocon/concatenation-type", `cannot concatenate ${article(first)} with ${article(k)}`, locs[i]);
      }
    }
    if (container === "array") {
      const arrays = [];
      for (let i = from; i < to; i++) if (!spaces[i]) arrays.push(vals[i].value);
      return { value: this.values.concatArrays(arrays, c.loc) };
    }
    if (container === "object") {
      let merged;
      for (let i = from; i < to; i++) {
        if (spaces[i]) continue;
        const o = vals[i].value;
        merged = merged === void 0 ? o : this.values.merge(merged, o, c.loc);
      }
      return { value: merged };
    }
    let s = "";
    for (let i = from; i < to; i++) s += spaces[i] ? vals[i].value : textOf(vals[i]);
    if (s.length > this.limits.maxFileSize) {
      return this.fail("hocon/too-large", `concatenated string longer than ${this.limits.maxFileSize} characters`, c.loc);
    }
    return { value: s };
  }
  fail(code, message, loc, hint) {
    return this.values.fail(code, message, loc, hint);
  }
};
function kindOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "bigint" ? "number" : typeof v;
}
function article(k) {
  return k === "array" || k === "object" ? `an ${k}` : k === "null" ? "null" : `a ${k}`;
}
function textOf(r) {
  const v = r.value;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return r.text ?? String(v);
  return String(v);
}

// hocon/source-map.js
var SourceMapBuilder = class {
  constructor(sources) {
    this.sources = sources;
    this.infos = /* @__PURE__ */ new Map();
  }
  record(value, info) {
    this.infos.set(value, info);
  }
  info(value) {
    return this.infos.get(value);
  }
  node(value) {
    return this.infos.get(value)?.loc;
  }
  member(container, key) {
    const members = this.infos.get(container)?.members;
    if (members === void 0) return void 0;
    if (Array.isArray(members)) return typeof key === "number" ? members[key] : void 0;
    return members.get(typeof key === "string" ? key : String(key));
  }
  /** Every member location of a container in one lookup: by key for an object, by index for an array. */
  members(container) {
    return this.infos.get(container)?.members;
  }
  at(path) {
    if (this.root === void 0) return void 0;
    if (path.length === 0) return this.node(this.root);
    let container = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      const next = child(container, path[i]);
      if (next === void 0) return void 0;
      container = next;
    }
    if (container === null || typeof container !== "object") return void 0;
    if (child(container, path[path.length - 1]) === void 0) return void 0;
    return this.member(container, path[path.length - 1]);
  }
};
function child(container, key) {
  if (container === null || typeof container !== "object") return void 0;
  if (Array.isArray(container)) return typeof key === "number" ? container[key] : void 0;
  return Object.prototype.hasOwnProperty.call(container, key) ? container[key] : void 0;
}

// hocon/index.js
function parseString(text, options = {}) {
  const file = options.file ?? "<string>";
  const limits = withDefaults(options.limits);
  const sources = /* @__PURE__ */ new Map();
  const sourceMap = new SourceMapBuilder(sources);
  try {
    const dialect = options.dialect ?? "pyhocon";
    const loader = new Loader({ limits, dialect, readFile: options.readFile, sources });
    const ast = loader.parseRoot(text, file, options.baseDir ?? dirname(file));
    const value = resolveTree(buildTree(ast, dialect), { limits, env: options.env, sourceMap });
    sourceMap.root = value;
    return { value, source: sourceMap };
  } catch (e) {
    if (e instanceof RangeError) {
      const tooLarge = /length/i.test(e.message);
      throw new HoconError(
        tooLarge ? "hocon/too-large" : "hocon/too-deep",
        tooLarge ? "value too large" : "input nested too deeply",
        { file, line: 1, column: 1 },
        text
      );
    }
    throw e;
  }
}

// templates/runtime/config-merge.js
function mergeConfig(base, over) {
  const out = {};
  for (const key of Object.keys(base)) setOwn(out, key, base[key]);
  for (const key of Object.keys(over)) {
    const previous = Object.hasOwn(out, key) ? out[key] : void 0;
    const next = over[key];
    setOwn(out, key, isJsonObject(previous) && isJsonObject(next) ? mergeConfig(previous, next) : next);
  }
  return out;
}
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// templates/runtime/vault-apply.js
function applyVaultsWith(parse, localConfigText, vaults, options = {}) {
  let config = parseLocated(parse, localConfigText, options.localFile ?? "local configuration");
  vaults.forEach((vault, index) => {
    if (vault.enabled === false || vault.type != null && vault.type !== "config") return;
    const name = `vault ${vault.id ?? `#${index}`}`;
    const format = vault.format?.toLowerCase();
    if (format !== void 0 && format !== "" && format !== "hocon" && format !== "json") {
      throw new ClientError(`${name}: unsupported format ${JSON.stringify(vault.format)} (expected "hocon")`);
    }
    if (vault.data === void 0 || vault.data === null) return;
    if (typeof vault.data !== "string") throw new ClientError(`${name}: data must be text`);
    if (vault.data.trim() === "") return;
    config = mergeConfig(config, parseLocated(parse, vault.data, name));
  });
  return config;
}
function parseLocated(parse, text, file) {
  try {
    return parse(text, file);
  } catch (error) {
    const e = error;
    const where = typeof e?.line === "number" && typeof e.column === "number" ? `${file}:${e.line}:${e.column}` : file;
    const message = typeof e?.message === "string" ? e.message : String(error);
    throw new ClientError(`${where}: error: ${redactText(message)}`);
  }
}

// templates/runtime/vaults.js
function applyVaults(localConfigText, vaults, options) {
  return applyVaultsWith(
    (text, file) => parseString(text, { file }).value,
    localConfigText,
    vaults,
    options
  );
}

export {
  mergeConfig,
  applyVaultsWith,
  applyVaults
};
