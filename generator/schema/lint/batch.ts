// A `batch_request { action, version }` must name an endpoint of the same service that
// exists at that version (the server runs each line as that call). One named before the
// endpoint's first version still loads: its lines are that first version (codegen follows).
import type { Location } from "../../../hocon/diagnostics.js";
import { batchVersion } from "../build.js";
import { isObject } from "../json.js";
import type { Service } from "../model.js";
import { versionAt } from "../versions.js";
import type { ServiceLintContext } from "./context.js";
import { didYouMean } from "./similar.js";
import { describe } from "./values.js";

export function checkBatchRequests(service: Service | undefined, ctx: ServiceLintContext): void {
  const { locate, report } = ctx;
  const endpoints = new Map((service?.endpoints ?? []).map((e) => [e.action, e]));
  for (const action of Object.keys(ctx.service.value)) {
    const body = ctx.service.value[action];
    if (action.startsWith("_") || !isObject(body)) continue;
    for (const key of Object.keys(body)) {
      const spec = body[key];
      if (!isObject(spec) || !isObject(spec.batch_request)) {
        if (isObject(spec) && "batch_request" in spec) {
          report.error("bad-batch-request", locate.member(spec, "batch_request"), `batch_request must be \`{ action, version }\`, not ${describe(spec.batch_request)}`, "write `batch_request { action: <action>, version: <version> }`");
        }
        continue;
      }
      const batch = spec.batch_request;
      const at: Location = locate.member(spec, "batch_request");
      for (const k of Object.keys(batch)) {
        if (k !== "action" && k !== "version") report.error("bad-batch-request", locate.member(batch, k, at), `unknown key \`${k}\` in batch_request`, "a batch_request holds only `action` and `version`");
      }
      const version = batchVersion(batch.version);
      if (typeof batch.action !== "string") {
        report.error("bad-batch-request", "action" in batch ? locate.member(batch, "action", at) : at, `batch_request \`action\` must be an action name, not ${describe(batch.action)}`, "name an endpoint of this service, e.g. `action: add`");
      }
      if (!version) {
        report.error("bad-batch-request", "version" in batch ? locate.member(batch, "version", at) : at, `batch_request \`version\` must be a version such as 2.1, not ${describe(batch.version)}`, "write `version: 2.1`");
      }
      if (typeof batch.action !== "string" || !version) continue;
      const target = endpoints.get(batch.action);
      const actionAt = locate.member(batch, "action", at);
      if (!target) {
        report.error("unknown-batch-target", actionAt, `batch_request names unknown endpoint \`${ctx.service.name}.${batch.action}\`${didYouMean(batch.action, endpoints.keys())}`, "name an endpoint of the same service");
      } else if (!versionAt(target, version)) {
        report.error(
          "unknown-batch-target",
          locate.member(batch, "version", at),
          `\`${target.name}\` does not exist at version ${version.text}: the server takes each line as its first version, ${target.versions[0].version.text}`,
          `name a version of \`${target.name}\` that exists: ${target.versions.map((v) => v.version.text).join(", ")}`,
        );
      }
    }
  }
}
