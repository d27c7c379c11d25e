// Errors the OpenAPI emitter throws for bad input. A problem in the model carries a located
// Diagnostic so the CLI prints it like a compiler message; a bad option (no source
// location) is a plain message naming the option.
import type { Diagnostic } from "../../diagnostics.js";

export class OpenApiEmitError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = "OpenApiEmitError";
  }
}

export class OpenApiOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OpenApiOptionError";
  }
}
