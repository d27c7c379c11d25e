// What a watch keeps of each service between runs, so an edit to one service rebuilds,
// lints, plans and prints that service only. Sound because a service stands alone: its
// Service is built from its own parse and the API defaults (`$ref`s and batches resolve
// inside the service) and linted from its parse and itself; its plan holds names made
// from its own names (a clash is an error, never a rename) and facts about its own
// definitions; its modules (types, validators, endpoints) are printed from its plan
// alone. So the same parse and defaults give the same Service, the same Service the same
// findings and plan, the same plan the same modules. The parse cache hands back the very
// parse of a file whose text and includes read the same, so identity is the key all the
// way: nothing is compared or hashed. A service's part of the OpenAPI documents also
// depends on what other services can change (the document's version, operation ids,
// component keys), so it is kept with a key naming those (openapi/document.ts). What spans
// services is made anew on every run: the lint of the API defaults, the name clashes (each
// reused plan claims its names again, in order), the client and index modules, and the
// OpenAPI documents put together from the parts.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type { JsonObject } from "../../hocon/types.js";
import type { ServiceBuilder } from "../schema/build.js";
import type { ServiceLinter } from "../schema/lint/index.js";
import type { RawService } from "../schema/load.js";
import type { Service } from "../schema/model.js";
import type { ServiceModules } from "./generate.js";
import type { RenderedPart } from "./openapi/rendered.js";
import type { PlannedService, ServicePlan } from "./plan.js";

interface Built {
  readonly raw: RawService;
  /** The API defaults it was built with (undefined: none). */
  readonly defaults: JsonObject | undefined;
  readonly service: Service;
}

/** One job's services (its options never change, so they are no part of the key). Each entry goes with what it is keyed by. */
export class ServiceCache {
  /** By the parsed value of the service's file. */
  readonly #built = new WeakMap<JsonObject, Built>();
  /** For lintApi: each Service's findings. */
  readonly #linted = new WeakMap<Service, readonly Diagnostic[]>();
  /** For planEmit: each Service's plan. */
  readonly planned = new WeakMap<Service, PlannedService>();
  /** For generatePackage: each plan's modules. */
  readonly emitted = new WeakMap<ServicePlan, ServiceModules>();
  /** For renderOpenApi: each Service's part of the OpenAPI documents, with the key it holds for. */
  readonly rendered = new WeakMap<Service, RenderedPart>();

  /** For buildModel: the Service built before from the same parse and defaults, else a new one. */
  readonly build: ServiceBuilder = (raw, defaults, build) => {
    const hit = this.#built.get(raw.value);
    if (hit && hit.raw.file === raw.file && hit.raw.name === raw.name && hit.raw.source === raw.source && hit.defaults === defaults?.value) {
      return hit.service;
    }
    const service = build();
    this.#built.set(raw.value, { raw, defaults: defaults?.value, service });
    return service;
  };

  /** For lintApi: the findings of a Service linted before (so from the same parse), else new ones. */
  readonly lint: ServiceLinter = (service, lint) => {
    let found = this.#linted.get(service);
    if (found === undefined) this.#linted.set(service, (found = lint()));
    return found;
  };
}
