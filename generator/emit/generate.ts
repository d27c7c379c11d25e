// The codegen pipeline: IR -> every file of the generated package, in memory.
// Deterministic: no timestamps, services and endpoints in model order (sorted by name).
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type { ApiModel } from "../schema/model.js";
import { emitClientDtsModule, emitClientJsModule, emitEndpointsDtsModule, emitEndpointsJsModule } from "./client.js";
import { renderOpenApi, type RenderedParts } from "./openapi/rendered.js";
import {
  indexModule,
  packageJson,
  readme,
  tsconfigJson,
  ZOD_TYPES_FILE,
  zodIndexModule,
  zodTypesDts,
} from "./package.js";
import { untimed, type PhaseTimer } from "./phase-timer.js";
import { planEmit, type PlannedServices, type ServicePlan } from "./plan.js";
import { routableModel } from "./routable.js";
import { printModule } from "./printer.js";
import { runtimeExportNames } from "./runtime-names.js";
import { emitTypesJsModule, emitTypesModule } from "./types.js";
import { emitZodIndexDtsModule, emitZodJsModule, zodValidators, type ValidatorDecl } from "./zod.js";

export interface GenerateOptions {
  /** npm package name of the output. */
  readonly packageName: string;
  /** API version of the OpenAPI documents (default: the maximum). */
  readonly apiVersion?: string;
  readonly includeInternal?: boolean;
  /** Files of the client runtime, by path under src/runtime/. */
  readonly runtime: ReadonlyMap<string, string>;
  /** Skip the OpenAPI documents (unit tests of the code emitters). */
  readonly openApi?: boolean;
  /** Plans and modules of services made by earlier runs with these options (a watcher's; see service-cache.ts). */
  readonly reuse?: { readonly planned: PlannedServices; readonly emitted: EmittedServices; readonly rendered: RenderedParts };
}

/** What a service alone decides: its own modules, and its validators (which the zod index lists). */
export interface ServiceModules {
  readonly files: ReadonlyMap<string, string>;
  readonly validators: readonly ValidatorDecl[];
}

/** Modules by the plan they were emitted from. */
export type EmittedServices = Pick<WeakMap<ServicePlan, ServiceModules>, "get" | "set">;

export interface GenerateResult {
  /** Paths relative to the output folder -> contents. Empty when there are errors. */
  readonly files: Map<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Generates the package; `time` is called around each phase (plan, types, zod, client, openapi). */
export function generatePackage(loaded: ApiModel, options: GenerateOptions, time: PhaseTimer = untimed): GenerateResult {
  const model = routableModel(loaded);
  const plan = time("plan", () =>
    planEmit(model, {
      includeInternal: options.includeInternal,
      fixedNames: runtimeExportNames(options.runtime.get("index.d.ts") ?? ""),
      planned: options.reuse?.planned,
    }),
  );
  const { diagnostics } = plan;
  if (diagnostics.some((d) => d.severity === "error")) return { files: new Map(), diagnostics };
  const files = new Map<string, string>();
  const withOpenApi = options.openApi ?? true;
  const services = plan.services.map((sp) => new ServiceFiles(sp, options.reuse?.emitted.get(sp)));
  const emitting = services.filter((s) => s.reused === undefined);
  time("types", () => {
    for (const { sp, own } of emitting) {
      own.set(`src/types/${sp.module}.d.ts`, printModule(emitTypesModule(sp)));
      const values = emitTypesJsModule(sp);
      if (values) own.set(`src/types/${sp.module}.js`, printModule(values));
    }
  });
  time("zod", () => {
    for (const s of emitting) {
      s.validators = zodValidators(s.sp);
      s.own.set(`src/zod/${s.sp.module}.js`, printModule(emitZodJsModule(s.sp, s.validators)));
    }
    files.set("src/zod/index.js", printModule(zodIndexModule(plan)));
    files.set("src/zod/index.d.ts", printModule(emitZodIndexDtsModule(services)));
  });
  time("client", () => {
    for (const { sp, own } of emitting) {
      own.set(`src/endpoints/${sp.module}.js`, printModule(emitEndpointsJsModule(sp)));
      own.set(`src/endpoints/${sp.module}.d.ts`, printModule(emitEndpointsDtsModule(sp)));
    }
    files.set("src/client.js", printModule(emitClientJsModule(plan)));
    files.set("src/client.d.ts", printModule(emitClientDtsModule(plan)));
    const index = printModule(indexModule(plan));
    files.set("src/index.js", index);
    files.set("src/index.d.ts", index);
    for (const [rel, text] of options.runtime) files.set(`src/runtime/${rel}`, text);
    const pkg = { name: options.packageName, hasOpenApi: withOpenApi };
    files.set("package.json", packageJson(plan, pkg));
    files.set("tsconfig.json", tsconfigJson());
    files.set("README.md", readme(plan, pkg));
    files.set(ZOD_TYPES_FILE, zodTypesDts(pkg));
  });
  for (const s of services) {
    for (const [rel, text] of s.own) files.set(rel, text);
    if (s.reused === undefined) options.reuse?.emitted.set(s.sp, { files: s.own, validators: s.validators });
  }
  if (withOpenApi) {
    time("openapi", () => {
      const { json, yaml } = renderOpenApi(model, { version: options.apiVersion, includeInternal: options.includeInternal }, options.reuse?.rendered);
      files.set("openapi.json", json);
      files.set("openapi.yaml", yaml);
    });
  }
  return { files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagnostics };
}

/** One service's modules in this run: those of an earlier run, or emitted now. */
class ServiceFiles {
  readonly own: Map<string, string>;
  validators: readonly ValidatorDecl[];

  constructor(
    readonly sp: ServicePlan,
    readonly reused: ServiceModules | undefined,
  ) {
    this.own = new Map(reused?.files);
    this.validators = reused?.validators ?? [];
  }
}
