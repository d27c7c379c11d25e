// Token kinds produced by the lexer (the current token itself lives in the lexer's fields).

export const Tok = {
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
  Subst: 14,
} as const;
export type TokType = (typeof Tok)[keyof typeof Tok];

const NAMES: Record<TokType, string> = {
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
  14: "substitution",
};

export function describeToken(type: TokType): string {
  return NAMES[type];
}
