// What a watch keeps of each service between runs, so an edit to one service rebuilds and
// re-emits that service only. Sound because a service stands alone: its Service is built
// from its own parse and the API defaults (`$ref`s and batches resolve inside the
// service), and its modules (types, validators, endpoints) are printed from its plan,
// which holds names made from its own names only (a clash stops the run: nothing is
// emitted then). So the same parse and the same defaults give the same Service, and the
// same Service the same modules. The parse cache hands back the very parse of a file whose
// text and includes read the same, so identity is the key: nothing is compared or hashed.
// Whatever spans services (the plan's name clashes, the client, the index modules, the
// OpenAPI documents) is made anew on every run.
import type { JsonObject } from "../../hocon/types.js";
import type { ServiceBuilder } from "../schema/build.js";
import type { RawService } from "../schema/load.js";
import type { Service } from "../schema/model.js";
import type { ServiceModules } from "./generate.js";

interface Built {
  readonly raw: RawService;
  /** The API defaults it was built with (undefined: none). */
  readonly defaults: JsonObject | undefined;
  readonly service: Service;
}

/** One job's services (its options never change, so they are no part of the key). */
export class ServiceCache {
  /** By the parsed value of the service's file; dropped with the parse. */
  readonly #built = new WeakMap<JsonObject, Built>();
  /** For generatePackage: the modules of each Service, dropped with the Service. */
  readonly emitted = new WeakMap<Service, ServiceModules>();

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
}
