// Shared test helpers for the HOCON parser tests.
import { expect } from "vitest";
import { HoconError, parseString } from "../../hocon/index.js";
import type { JsonObject, ParseOptions } from "../../hocon/index.js";

export function parse(text: string, options?: ParseOptions): JsonObject {
  return parseString(text, options).value;
}

/** The HoconError that parsing `text` throws (fails the test if it does not throw one). */
export function errorOf(text: string, options?: ParseOptions): HoconError {
  try {
    parseString(text, options);
  } catch (e) {
    expect(e).toBeInstanceOf(HoconError);
    return e as HoconError;
  }
  throw new Error(`expected a HoconError for ${JSON.stringify(text)}`);
}

/** `readFile` over an in-memory set of files. */
export function memoryFiles(files: Record<string, string>): (path: string) => string | undefined {
  return (path) => (Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined);
}
