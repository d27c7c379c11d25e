import { ClientError } from "./errors.js";
const JSON_LINES_CONTENT_TYPE = "application/json-lines";
const MAX_JSON_LINES_BYTES = 15 * 1024 * 1024;
function encodeJsonLines(endpoint, items, maxBytes = MAX_JSON_LINES_BYTES) {
  if (!Array.isArray(items)) {
    throw new ClientError(`${endpoint}: a batch endpoint takes an array of requests`);
  }
  const bodies = [];
  let lines = [];
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      throw new ClientError(`${endpoint}: batch item ${i} must be a JSON object`);
    }
    const line = JSON.stringify(item);
    const bytes = utf8Length(line);
    if (lines.length > 0 && size + 1 + bytes > maxBytes) {
      bodies.push(lines.join("\n"));
      lines = [];
      size = 0;
    }
    size += (lines.length > 0 ? 1 : 0) + bytes;
    lines.push(line);
  }
  if (lines.length > 0) bodies.push(lines.join("\n"));
  return bodies;
}
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
function mergeBatchResults(parts) {
  if (parts.length === 0) return {};
  let merged = parts[0];
  for (let i = 1; i < parts.length; i++) merged = mergeTwo(merged, parts[i]);
  return merged;
}
function mergeTwo(a, b) {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
  if (isPlainObject(a) && isPlainObject(b)) {
    const out = { ...a };
    for (const [key, value] of Object.entries(b))
      out[key] = Object.hasOwn(out, key) ? mergeTwo(out[key], value) : value;
    return out;
  }
  return b === void 0 ? a : b;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
export {
  JSON_LINES_CONTENT_TYPE,
  MAX_JSON_LINES_BYTES,
  encodeJsonLines,
  mergeBatchResults,
  utf8Length
};
