// What the server validates a request as: before checking a body against its schema,
// the ClearML server removes every null from it (schema_validator.py: boltons `remap`
// with `v is not None`), in objects and in arrays alike, at any depth. So a null where a
// field is optional is the same as leaving it out, and the request check runs on this copy.

/** A copy of `value` without any null member or item, at any depth; other values as they are. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(withoutNulls);
  if (!isPlainObject(value)) return value;
  // fromEntries defines own properties, so a `__proto__` key stays a key.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== null)
      .map(([key, member]) => [key, withoutNulls(member)]),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
