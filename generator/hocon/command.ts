import type { Command } from "commander";
// Placeholder until the parser lands (issue 2).
export function registerHoconCommand(_program: Command): void {}
