// What every lint rule gets: the raw service being checked, locations, and the reporter.
import type { Location } from "../../../hocon/diagnostics.js";
import type { JsonObject } from "../../../hocon/types.js";
import type { RawService } from "../load.js";
import type { Locator } from "../locate.js";
import type { Reporter } from "./report.js";

export interface ServiceLintContext {
  readonly service: RawService;
  readonly locate: Locator;
  /** The service's raw `_definitions` (empty when absent or malformed). */
  readonly definitions: JsonObject;
  readonly report: Reporter;
}

/** One JSON-Schema object somewhere in a service, and where it is written. */
export interface SchemaSite {
  readonly raw: JsonObject;
  readonly location: Location;
}

export type SchemaRule = (site: SchemaSite, ctx: ServiceLintContext) => void;
