// The one test for "a JSON object" (not null, not an array) the runtime's readers share.

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
