// The reference validator: ajv, JSON Schema draft 2020-12, strict mode off (the corpus
// uses keywords ajv does not know, such as a `description` placed in odd spots), with the
// standard formats of ajv-formats so a `format: date-time` is really checked. Our zod
// validators check formats as plain strings (documented in generator/emit/zod.ts); the
// differential test lists that as a known, deliberate disagreement.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  // ajv-formats is CommonJS: under NodeNext its default import is the module object.
  addFormats.default(ajv);
  return ajv;
}
