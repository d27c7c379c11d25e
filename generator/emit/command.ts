import type { Command } from "commander";
// Placeholder until the emitters land (issue 4).
export function registerCodegenCommand(_program: Command): void {}
