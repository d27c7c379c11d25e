// The codegen pipeline: IR -> every file of the generated package, in memory.
// Deterministic: no timestamps, services and endpoints in model order (sorted by name).
import type { Diagnostic } from "../diagnostics.js";
import type { ApiModel } from "../schema/model.js";
import { emitClientDtsModule, emitClientJsModule, emitEndpointsDtsModule, emitEndpointsJsModule } from "./client.js";
import { emitOpenApi, renderOpenApiJson, renderOpenApiYaml } from "./openapi/index.js";
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
import { planEmit } from "./plan.js";
import { printModule } from "./printer.js";
import { runtimeExportNames } from "./runtime-names.js";
import { emitTypesJsModule, emitTypesModule } from "./types.js";
import { emitZodIndexDtsModule, emitZodJsModule, zodValidators } from "./zod.js";

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
  /**
   * Called with each file as soon as it is generated, so the caller can write it while the
   * rest is generated. Only called once generation can no longer fail on the user's input.
   */
  readonly onFile?: (rel: string, text: string) => void;
}

export interface GenerateResult {
  /** Paths relative to the output folder -> contents. Empty when there are errors. */
  readonly files: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/** Generates the package; `time` is called around each phase (plan, types, zod, client, openapi). */
export function generatePackage(model: ApiModel, options: GenerateOptions, time: PhaseTimer = untimed): GenerateResult {
  const plan = time("plan", () =>
    planEmit(model, {
      includeInternal: options.includeInternal,
      fixedNames: runtimeExportNames(options.runtime.get("index.d.ts") ?? ""),
    }),
  );
  if (plan.diagnostics.some((d) => d.severity === "error")) return { files: new Map(), diagnostics: [...plan.diagnostics] };
  const withOpenApi = options.openApi ?? true;
  // The document first: an unknown --api-version fails here, before any file is handed out.
  const openApiDoc = withOpenApi
    ? time("openapi", () => emitOpenApi(model, { version: options.apiVersion, includeInternal: options.includeInternal }))
    : undefined;
  const files = new Map<string, string>();
  const onFile = options.onFile;
  const put = (rel: string, text: string): void => {
    files.set(rel, text);
    onFile?.(rel, text);
  };
  // The files that need no emitter first: their writes start while the emitters run.
  time("client", () => {
    for (const [rel, text] of options.runtime) put(`src/runtime/${rel}`, text);
    const pkg = { name: options.packageName, hasOpenApi: withOpenApi };
    put("package.json", packageJson(plan, pkg));
    put("tsconfig.json", tsconfigJson());
    put("README.md", readme(plan, pkg));
    put(ZOD_TYPES_FILE, zodTypesDts(pkg));
  });
  time("types", () => {
    for (const sp of plan.services) {
      put(`src/types/${sp.module}.d.ts`, printModule(emitTypesModule(sp)));
      const values = emitTypesJsModule(sp);
      if (values) put(`src/types/${sp.module}.js`, printModule(values));
    }
  });
  time("zod", () => {
    const services = plan.services.map((sp) => ({ sp, validators: zodValidators(sp) }));
    for (const { sp, validators } of services) put(`src/zod/${sp.module}.js`, printModule(emitZodJsModule(sp, validators)));
    put("src/zod/index.js", printModule(zodIndexModule(plan)));
    put("src/zod/index.d.ts", printModule(emitZodIndexDtsModule(services)));
  });
  time("client", () => {
    for (const sp of plan.services) {
      put(`src/endpoints/${sp.module}.js`, printModule(emitEndpointsJsModule(sp)));
      put(`src/endpoints/${sp.module}.d.ts`, printModule(emitEndpointsDtsModule(sp)));
    }
    put("src/client.js", printModule(emitClientJsModule(plan)));
    put("src/client.d.ts", printModule(emitClientDtsModule(plan)));
    const index = printModule(indexModule(plan));
    put("src/index.js", index);
    put("src/index.d.ts", index);
  });
  if (openApiDoc) {
    time("openapi", () => {
      put("openapi.json", renderOpenApiJson(openApiDoc));
      put("openapi.yaml", renderOpenApiYaml(openApiDoc));
    });
  }
  return { files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagnostics: [...plan.diagnostics] };
}
