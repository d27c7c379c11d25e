// Collects everything a person or a log collector could see during a scenario (logger
// events, errors in every printed form, the server's request log) and finds secrets in
// it. Findings name the secret by label only, so a failing test does not print it.
import { inspect } from "node:util";
import type { LogEvent } from "../../generated/src/index.js";

export interface Leak {
  /** e.g. "secret key of alice" */
  readonly secret: string;
  /** e.g. "logger event 3 (request)" */
  readonly where: string;
}

interface Seen {
  readonly where: string;
  readonly text: string;
}

export class SecretWatch {
  readonly events: LogEvent[] = [];
  readonly errors: unknown[] = [];
  readonly #secrets = new Map<string, string>();
  readonly #seen: Seen[] = [];

  /** A logger for ClientOptions.logger that keeps every event. */
  readonly logger = (event: LogEvent): void => {
    this.events.push(event);
  };

  /** Registers a value that must never be seen; short values are ignored (they match ordinary text). */
  secret(label: string, value: string | null | undefined): void {
    if (typeof value === "string" && value.length >= 8) this.#secrets.set(value, label);
  }

  /** Keeps every printed form of an error: message, stack, String(), JSON and util.inspect. */
  error(error: unknown): void {
    this.errors.push(error);
    const where = `error ${this.errors.length} (${error instanceof Error ? error.name : typeof error})`;
    const forms = [String(error), safeJson(error), inspect(error, { depth: 6 })];
    if (error instanceof Error) forms.push(error.message, error.stack ?? "");
    this.#seen.push({ where, text: forms.join("\n") });
  }

  /** Something else to check, e.g. the printed form of an auth provider. */
  text(where: string, text: string): void {
    this.#seen.push({ where, text });
  }

  /** Awaits a promise that must reject, records the error and returns it. */
  async rejection(promise: Promise<unknown>): Promise<unknown> {
    try {
      await promise;
    } catch (error) {
      this.error(error);
      return error;
    }
    throw new Error("expected the call to fail, but it succeeded");
  }

  /** Every secret found in anything seen so far. */
  leaks(): Leak[] {
    const seen = [
      ...this.#seen,
      ...this.events.map((e, i) => ({ where: `logger event ${i + 1} (${e.type})`, text: safeJson(e) })),
    ];
    const leaks: Leak[] = [];
    for (const { where, text } of seen) {
      for (const [value, label] of this.#secrets) if (text.includes(value)) leaks.push({ secret: label, where });
    }
    return leaks;
  }

  /** How many distinct secrets are watched (a scenario that watches none proves nothing). */
  get watched(): number {
    return this.#secrets.size;
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
