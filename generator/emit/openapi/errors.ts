// Errors the OpenAPI emitter throws: only for a bad option (no source location), a plain
// message naming the option. Problems in the model degrade the document instead (an
// unknown `$ref` target is `{}`), as lint has already reported them.

export class OpenApiOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OpenApiOptionError";
  }
}
