// Service and action names the server cannot route: every call fails ("invalid endpoint
// name"), so the endpoint exists on paper only (codegen leaves it out, see emit/routable.ts).
import { isRoutableName, ROUTABLE_RULE } from "../routable.js";
import type { ServiceLintContext } from "./context.js";

export function checkServiceName({ service, locate, report }: ServiceLintContext): void {
  if (isRoutableName(service.name)) return;
  report.error(
    "unroutable-name",
    locate.fileStart,
    `service name ${JSON.stringify(service.name)} (the file's name) cannot be routed: a name is ${ROUTABLE_RULE}`,
    "rename the file; codegen leaves this service out",
  );
}

export function checkActionName(action: string, { service, locate, report }: ServiceLintContext): void {
  if (isRoutableName(action)) return;
  report.error(
    "unroutable-name",
    locate.member(service.value, action),
    `endpoint name ${JSON.stringify(action)} cannot be routed: a name is ${ROUTABLE_RULE}`,
    "rename the endpoint; codegen leaves it out",
  );
}
