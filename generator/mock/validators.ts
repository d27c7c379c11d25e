// The mock checks requests (and its own answers) with the very validators codegen emits
// into a package's src/zod/ modules: the same emitter, printed and loaded in memory. So
// a body the generated client would accept is accepted here, and one it would refuse is
// refused with the same path; nothing is written to disk. The modules import only zod,
// which is resolved to the copy this package depends on.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { EndpointVersion, ResponseShape, Version } from "../schema/model.js";
import type { EmitPlan, ServicePlan, VersionPlan } from "../emit/plan.js";
import { printModule } from "../emit/printer.js";
import { findBatchItem } from "../emit/shared.js";
import { emitZodJsModule, zodValidators } from "../emit/zod.js";
import { importModule } from "../import-module.js";

/** What the mock needs of a zod schema (zod itself stays an implementation detail). */
export interface MockValidator {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly ValidationIssue[] } };
}

export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
}

export interface VersionValidators {
  /** The body's validator (a batch's: each line's, for the version a caller pinned). */
  request(requested: Version): MockValidator | undefined;
  readonly response?: MockValidator;
}

/** Validators by endpoint version, for every version the plan generates. */
export async function loadValidators(plan: EmitPlan): Promise<Map<EndpointVersion, VersionValidators>> {
  const zodUrl = zodModuleUrl();
  const out = new Map<EndpointVersion, VersionValidators>();
  for (const sp of plan.services) {
    const text = printModule(emitZodJsModule(sp, zodValidators(sp))).replace('from "zod";', `from ${JSON.stringify(zodUrl)};`);
    const module = (await importModule(`data:text/javascript;base64,${Buffer.from(text).toString("base64")}`)) as Record<string, MockValidator>;
    for (const ep of sp.endpoints) for (const vp of ep.versions) out.set(vp.ev, versionValidators(sp, vp, module));
  }
  return out;
}

function versionValidators(sp: ServicePlan, vp: VersionPlan, module: Record<string, MockValidator>): VersionValidators {
  const response = schemaShape(vp.response.shape) ? module[vp.response.name] : undefined;
  const r = vp.request.shape;
  if (r.kind === "schema") {
    const validator = module[vp.request.name];
    return { request: () => validator, response };
  }
  return {
    request(requested) {
      const item = findBatchItem(sp, r, requested);
      return item && item.request.shape.kind === "schema" ? module[item.request.name] : undefined;
    },
    response,
  };
}

/** zod's entry; the CLI is a CommonJS bundle without import.meta.resolve, where require's answer (zod's CommonJS build) serves as well. */
function zodModuleUrl(): string {
  return typeof import.meta.resolve === "function" ? import.meta.resolve("zod") : pathToFileURL(createRequire(import.meta.url).resolve("zod")).href;
}

function schemaShape(shape: ResponseShape): boolean {
  return shape.kind === "schema";
}
