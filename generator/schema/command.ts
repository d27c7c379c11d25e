import type { Command } from "commander";
// Placeholder until the schema model lands (issue 3).
export function registerSchemaCommands(_program: Command): void {}
