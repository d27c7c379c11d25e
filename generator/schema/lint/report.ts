// Collects lint findings. Rule ids are `schema/<rule>`; every finding has a location and
// a hint saying what to do about it.
import type { Diagnostic, Location, Severity } from "../../../hocon/diagnostics.js";

export class Reporter {
  readonly findings: Diagnostic[] = [];

  error(rule: string, location: Location, message: string, hint: string): void {
    this.add("error", rule, location, message, hint);
  }

  warning(rule: string, location: Location, message: string, hint: string): void {
    this.add("warning", rule, location, message, hint);
  }

  private add(severity: Severity, rule: string, location: Location, message: string, hint: string): void {
    this.findings.push({ severity, code: `schema/${rule}`, message, location, hint });
  }
}
