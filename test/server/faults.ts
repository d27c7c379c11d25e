// Fault injection: the next N requests to a target answer with a fault instead of (or,
// for delays, before) the real answer. Targets are endpoint names ("auth.login"), the
// OIDC path ("/oidc/token") or "*" for any request.
import type { JsonObject, JsonValue } from "../../hocon/types.js";

export type Fault = AnswerFault | TransportFault | ConnectionFault;

/** Faults that answer (or break the connection) in place of the API, before it acts or, with `afterHandler`, after. */
export type ReplacingFault = AnswerFault | ConnectionFault;

/**
 * `afterHandler`: the API handles the request first (its effects stay), then the fault
 * replaces its answer, as when a proxy loses the upstream's answer. Without it the API
 * never sees the request.
 */
interface AfterHandler {
  readonly afterHandler?: boolean;
}

export type AnswerFault = AfterHandler &
  (
    /** Plain-text answer with this status, as a proxy would send; Retry-After in seconds or as given (e.g. an HTTP date). */
    | { readonly kind: "status"; readonly status: number; readonly retryAfter?: number | string; readonly body?: string }
    /** A proper error envelope. */
    | { readonly kind: "envelope"; readonly code: number; readonly subcode: number; readonly msg?: string }
    /** An HTML error page (default 502 Bad Gateway). */
    | { readonly kind: "non-json"; readonly status?: number }
    /** 200 with Content-Type application/json and a truncated body. */
    | { readonly kind: "malformed" }
    /** A redirect (301, 302, 303, 307 or 308) to `location`. */
    | { readonly kind: "redirect"; readonly status: number; readonly location: string }
  );

export type ConnectionFault = AfterHandler &
  (
    /** Resets the connection (TCP RST) without answering. */
    | { readonly kind: "reset" }
    /** Closes the connection (FIN) without answering. */
    | { readonly kind: "close" }
    /** Sends the start of the status line and headers, then closes the connection. */
    | { readonly kind: "partial-headers" }
  );

export type TransportFault =
  /**
   * Answers normally, but with the envelope's `data` (for /oidc/token, the whole JSON
   * body) replaced by what `edit` returns: a well-formed answer with wrong content.
   */
  | { readonly kind: "tamper"; readonly edit: (data: JsonObject) => JsonValue }
  /** Holds the request until `open` settles (a test's gate), then answers normally. */
  | { readonly kind: "gate"; readonly open: Promise<unknown> }
  /** Waits this long (real time), then answers normally. */
  | { readonly kind: "delay"; readonly ms: number }
  /**
   * 200 with a chunked body of `bytes` spaces, produced only as fast as the client reads; with
   * `gzip`, sent compressed (Content-Encoding: gzip) and `bytes` is its inflated size.
   * `ended` learns how many bytes were produced and whether all were sent.
   */
  | { readonly kind: "huge"; readonly bytes: number; readonly gzip?: boolean; readonly ended?: (produced: number, complete: boolean) => void };

interface Pending {
  readonly fault: Fault;
  remaining: number;
}

export class FaultInjector {
  private readonly queues = new Map<string, Pending[]>();

  /** Queues `fault` for the next `times` requests to `target`, after faults already queued there. */
  inject(target: string, fault: Fault, times = 1): void {
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`times must be a positive integer, got ${times}`);
    const queue = this.queues.get(target) ?? [];
    queue.push({ fault, remaining: times });
    this.queues.set(target, queue);
  }

  /** The fault for this request, if any; a target's own faults come before "*" ones. */
  take(target: string): Fault | undefined {
    return this.takeFrom(target) ?? this.takeFrom("*");
  }

  /** How many injected faults are still waiting, over all targets. */
  pending(): number {
    let n = 0;
    for (const queue of this.queues.values()) for (const p of queue) n += p.remaining;
    return n;
  }

  clear(): void {
    this.queues.clear();
  }

  private takeFrom(target: string): Fault | undefined {
    const queue = this.queues.get(target);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) queue.shift();
    if (queue.length === 0) this.queues.delete(target);
    return head.fault;
  }
}
