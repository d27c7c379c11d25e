// The API model the mock serves: loaded as codegen loads it (the same reader and the same
// findings that stop codegen stop the mock), then planned as codegen plans the package,
// internal endpoints included: the mock answers whatever a generated client may call.
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import { planEmit, type EmitPlan } from "../emit/plan.js";
import { routableModel } from "../emit/routable.js";
import type { ApiModel } from "../schema/model.js";
import { loadForCodegen } from "../schema/load-for-codegen.js";

/** A schema folder the mock cannot serve; the message lists the located findings. */
export class MockSchemaError extends Error {
  override readonly name = "MockSchemaError";
}

export function loadMockModel(schemas: string, dialect?: HoconDialect): ApiModel {
  const loaded = loadForCodegen(schemas, { dialect });
  const { blocking } = loaded;
  if (blocking.length > 0) throw new MockSchemaError(`the schemas in ${schemas} have errors:\n${formatDiagnostics(blocking, loaded.sources)}`);
  return loaded.model;
}

/** The routable model and its plan (which endpoint versions exist, and their validators' names). */
export function planMock(model: ApiModel): { readonly model: ApiModel; readonly plan: EmitPlan } {
  const routable = routableModel(model);
  return { model: routable, plan: planEmit(routable, { includeInternal: true }) };
}
