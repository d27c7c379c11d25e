// A whole codegen process for the benchmarks when the CLI refuses the corpus (its lint
// errors stop `codegen`): the same calls as runCodegen in generator/emit/command.ts,
// without the stop. bench/codegen.ts bundles this file with esbuild into a scratch folder,
// so the child loads only the generator, like dist/cli.js does.
// Usage: node codegen-child.mjs SCHEMAS OUT REPO
import { generatePackage } from "../generator/emit/generate.js";
import { runtimeFiles } from "../generator/emit/runtime-files.js";
import { writeOutput } from "../generator/emit/writer.js";
import { loadApi } from "../generator/schema/index.js";

const [schemas, out, repo] = process.argv.slice(2);
if (!schemas || !out || !repo) {
  process.stderr.write("usage: codegen-child SCHEMAS OUT REPO\n");
  process.exit(2);
}
const { model } = loadApi(schemas);
const generated = generatePackage(model, { packageName: "clearml-api-client", includeInternal: true, runtime: runtimeFiles(repo) });
const errors = generated.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) {
  process.stderr.write(`codegen-child: ${errors.length} generation error(s), first: ${errors[0].message}\n`);
  process.exit(1);
}
const result = writeOutput(out, generated.files);
process.stdout.write(`codegen: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed\n`);
