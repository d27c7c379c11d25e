// This repository generates its own client package as any user of the tool does:
// `npm run codegen` finds this file. A `.mjs` file with a type annotation, not a `.ts`
// one: Node runs it as it is, so a no-op codegen does not pay for loading jiti.
/** @type {import("hocon-api-codegen").UserConfig} */
export default {
  schemas: "schemas",
  out: "generated",
  name: "clearml-api-client",
};
