const NEWLINE = 10;
const FORBIDDEN_IN_UNQUOTED = '$"{}[]:=,+#`^?!@*&\\';
function isSpace(c) {
  if (c < 128) return c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c >= 28 && c <= 31;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
const unquotedAscii = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  unquotedAscii[c] = FORBIDDEN_IN_UNQUOTED.includes(String.fromCharCode(c)) || c === NEWLINE || isSpace(c) ? 0 : 1;
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
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function isValidNumber(raw) {
  return NUMBER.test(raw);
}
export {
  NEWLINE,
  isDigit,
  isHexDigit,
  isNumberChar,
  isSpace,
  isUnquotedChar,
  isValidNumber
};
