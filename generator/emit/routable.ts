// Endpoints whose service or action name the server cannot route are left out of the
// package and the OpenAPI document: every call would fail ("invalid endpoint name"), so
// a method for one would only promise what no server does. Lint reports each name, with
// a hint that codegen leaves it out, so nothing more is said here.
import { isRoutableName } from "../schema/routable.js";
import type { ApiModel } from "../schema/model.js";

export function routableModel(model: ApiModel): ApiModel {
  let changed = false;
  const services = model.services.flatMap((service) => {
    if (!isRoutableName(service.name)) {
      changed = true;
      return [];
    }
    const endpoints = service.endpoints.filter((e) => isRoutableName(e.action));
    if (endpoints.length === service.endpoints.length) return [service];
    changed = true;
    return [{ ...service, endpoints }];
  });
  return changed ? { ...model, services } : model;
}
