// Runs every lint rule over a loaded schema folder.
import type { Diagnostic } from "../../../hocon/diagnostics.js";
import { SERVICE_KEYS } from "../build.js";
import { isObject } from "../json.js";
import type { RawApi, RawService } from "../load.js";
import { Locator } from "../locate.js";
import type { ApiModel, Service } from "../model.js";
import { checkBatchRequests } from "./batch.js";
import type { SchemaRule, ServiceLintContext } from "./context.js";
import { definitionRoots } from "./definitions.js";
import { checkEnumAndDefault } from "./enum-default.js";
import { endpointRoots } from "./endpoints.js";
import { checkFlags } from "./flags.js";
import { checkKeywords } from "./keywords.js";
import { checkActionName, checkServiceName } from "./names.js";
import { checkFiniteNumbers } from "./numbers.js";
import { checkRefs } from "./refs.js";
import { Reporter } from "./report.js";
import { checkRequired } from "./required.js";
import { checkServiceKeys } from "./services.js";
import { checkUnionBase } from "./union-base.js";
import { checkKeywordValues } from "./values.js";
import { walkSchemas } from "./walk-schemas.js";

const SCHEMA_RULES: readonly SchemaRule[] = [checkKeywords, checkKeywordValues, checkFiniteNumbers, checkRequired, checkRefs, checkEnumAndDefault, checkUnionBase];

/** Lints a service with `lint`, or hands back what it found for the same Service before (a watcher's; see emit/service-cache.ts). */
export type ServiceLinter = (built: Service, lint: () => readonly Diagnostic[]) => readonly Diagnostic[];

export function lintApi(raw: RawApi, model: ApiModel, reuse?: ServiceLinter): Diagnostic[] {
  const report = new Reporter();
  if (raw.defaults) {
    const locate = new Locator(raw.defaults.source, raw.defaults.file);
    checkFlags(raw.defaults.value, locate, report, locate.fileStart);
  }
  const services = new Map(model.services.map((s) => [s.name, s]));
  for (const service of raw.services) {
    const built = services.get(service.name);
    const lint = (): readonly Diagnostic[] => {
      const own = new Reporter();
      lintService(service, built, own);
      return own.findings;
    };
    report.findings.push(...(reuse && built ? reuse(built, lint) : lint()));
  }
  return report.findings;
}

function lintService(service: RawService, built: Service | undefined, report: Reporter): void {
  const locate = new Locator(service.source, service.file);
  const definitions = isObject(service.value._definitions) ? service.value._definitions : {};
  const ctx: ServiceLintContext = { service, locate, definitions, report };
  checkServiceKeys(ctx);
  checkServiceName(ctx);
  const roots = definitionRoots(ctx);
  for (const action of Object.keys(service.value)) {
    if (SERVICE_KEYS.has(action)) continue;
    checkActionName(action, ctx);
    roots.push(...endpointRoots(action, ctx));
  }
  checkBatchRequests(built, ctx);
  walkSchemas(roots, ctx, SCHEMA_RULES);
}
