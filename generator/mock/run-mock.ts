// The `mock` command's run: the schema folder, the fixtures, then createMockServer
// (index.ts) until SIGINT or SIGTERM.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { schemaFolderJob } from "../config/cli-job.js";
import { printingConfigError } from "../config/error.js";
import type { HoconDialect } from "../../hocon/types.js";
import type { MockFixture } from "./handle.js";
import { importModule } from "../import-module.js";

export interface MockFlags {
  config?: string;
  schemas?: string;
  port: string;
  seed: string;
  fixtures?: string;
  dialect?: HoconDialect;
}

export async function runMockCommand(flags: MockFlags): Promise<number> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`mock: error: --port ${JSON.stringify(flags.port)} is not a port number (0-65535)\n`);
    return 1;
  }
  const folder = await printingConfigError(schemaFolder(flags));
  if (folder === undefined) return 1;
  const { schemas, dialect } = folder;
  let fixtures: Record<string, MockFixture> | undefined;
  try {
    fixtures = flags.fixtures === undefined ? undefined : await readFixtures(flags.fixtures);
  } catch (err) {
    process.stderr.write(`mock: error: ${flags.fixtures}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const { createMockServer, MockSchemaError } = await import("./index.js");
  let server: Awaited<ReturnType<typeof createMockServer>>;
  try {
    server = await createMockServer({ schemas, dialect, port, seed: flags.seed, fixtures });
  } catch (err) {
    if (err instanceof MockSchemaError) {
      process.stderr.write(`mock: ${err.message}\n`);
      return 1;
    }
    if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") {
      process.stderr.write(`mock: error: port ${port} is in use; pick another with --port (0: any free port)\n`);
      return 1;
    }
    throw err;
  }
  process.stdout.write(`mock: serving ${path.relative(process.cwd(), schemas) || "."} at ${server.url} (seed ${flags.seed}; any key/secret logs in)\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return 0;
}

async function schemaFolder(flags: MockFlags): Promise<{ schemas: string; dialect?: HoconDialect }> {
  if (flags.schemas !== undefined) return { schemas: path.resolve(flags.schemas), dialect: flags.dialect };
  return schemaFolderJob(flags);
}

async function readFixtures(file: string): Promise<Record<string, MockFixture>> {
  const full = path.resolve(file);
  const value: unknown = /\.[cm]?js$/.test(full) ? (await importModule(pathToFileURL(full).href)).default : JSON.parse(readFileSync(full, "utf8"));
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected an object of answers by endpoint name");
  return value as Record<string, MockFixture>;
}
