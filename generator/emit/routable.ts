// Endpoints whose service or action name the server cannot route are left out of the
// package and the OpenAPI document: every call would fail ("invalid endpoint name"), so
// a method for one would only promise what no server does. Lint reports each name as an
// error; codegen says, at the same place, what it left out.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import { isRoutableName } from "../schema/routable.js";
import type { ApiModel } from "../schema/model.js";

export function routableModel(model: ApiModel): { readonly model: ApiModel; readonly diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const skipped = (location: Diagnostic["location"], what: string): void => {
    diagnostics.push({ severity: "warning", code: "emit/unroutable-skipped", message: `${what} is left out of the package: the server cannot route its name`, location });
  };
  let changed = false;
  const services = model.services.flatMap((service) => {
    if (!isRoutableName(service.name)) {
      skipped(service.location, `service ${JSON.stringify(service.name)}`);
      changed = true;
      return [];
    }
    const endpoints = service.endpoints.filter((e) => isRoutableName(e.action));
    if (endpoints.length === service.endpoints.length) return [service];
    for (const e of service.endpoints) if (!isRoutableName(e.action)) skipped(e.location, `endpoint ${JSON.stringify(e.name)}`);
    changed = true;
    return [{ ...service, endpoints }];
  });
  return { model: changed ? { ...model, services } : model, diagnostics };
}
