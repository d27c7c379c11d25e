// The service and action names a server routes: `POST /{service}.{action}` with each part
// matching `[A-Za-z_]\w+` (the protocol's rule; the runtime's endpointUrl checks the same
// and refuses any other name with "invalid endpoint name").
const ROUTABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]+$/;

export function isRoutableName(name: string): boolean {
  return ROUTABLE_NAME.test(name);
}

/** The rule as the linter and codegen state it. */
export const ROUTABLE_RULE = "a letter or `_`, then at least one letter, digit or `_` (ASCII)";
