import { inspectCustom, redactHeaders, redactUrl } from "./redact.js";
function redactedOptions(options) {
  const view = { ...options };
  const shown = () => {
    const out = {};
    for (const [key, value] of Object.entries(options)) {
      if (value === void 0) continue;
      if (key === "headers") out[key] = redactHeaders(value);
      else if (key === "baseUrl") out[key] = redactUrl(value);
      else if (typeof value === "function") out[key] = `[function ${key}]`;
      else out[key] = value;
    }
    return out;
  };
  Object.defineProperty(view, "toJSON", { value: shown, enumerable: false });
  Object.defineProperty(view, inspectCustom, {
    value: (_depth, inspectOptions, inspect) => inspect ? inspect(shown(), inspectOptions) : JSON.stringify(shown()),
    enumerable: false
  });
  return Object.freeze(view);
}
export {
  redactedOptions
};
