// The form of ClientOptions that a transport shows to the world: the same values, but
// printing or serialising it never reveals credential headers.
import type { ClientOptions } from "./transport.js";
import { inspectCustom, redactHeaders, redactUrl } from "./redact.js";

export function redactedOptions(options: Readonly<ClientOptions>): Readonly<ClientOptions> {
  const view: ClientOptions = { ...options };
  const shown = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) {
      if (value === undefined) continue;
      if (key === "headers") out[key] = redactHeaders(value as Record<string, string>);
      else if (key === "baseUrl") out[key] = redactUrl(value as string);
      else if (typeof value === "function") out[key] = `[function ${key}]`;
      else out[key] = value;
    }
    return out;
  };
  // Non-enumerable, so spreading the options copies only the options.
  Object.defineProperty(view, "toJSON", { value: shown, enumerable: false });
  Object.defineProperty(view, inspectCustom, {
    value: (_depth: number, inspectOptions: unknown, inspect?: (v: unknown, o?: unknown) => string) =>
      inspect ? inspect(shown(), inspectOptions) : JSON.stringify(shown()),
    enumerable: false,
  });
  return Object.freeze(view);
}
