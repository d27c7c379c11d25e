// The validators ship as JavaScript plus declarations (`z.ZodType<T.X>`), so nothing in
// the package checks the declarations against the expressions. This does: the same
// expressions rendered as annotated TypeScript (`export const X: z.ZodType<T.X> = ...`)
// must type-check against the generated types. It is the expensive check (tsc infers
// every zod type), so it runs on the hand-built IR and two real services only.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { planEmit } from "../../generator/emit/plan.js";
import { printModule } from "../../generator/emit/printer.js";
import { runtimeExportNames } from "../../generator/emit/runtime-names.js";
import { runtimeFiles } from "../../generator/emit/runtime-files.js";
import { emitZodCheckModule, emitZodJsModule, zodValidators } from "../../generator/emit/zod.js";
import type { ApiModel } from "../../generator/schema/model.js";
import { corpus, generate, linkZod, REPO, writeTemp } from "../emit/helpers.js";
import { typecheckFolder } from "../support/typecheck.js";
import { sampleModel } from "../emit/sample.js";

/**
 * A declaration that must fail: a validator of one type annotated as another. The IR's check
 * includes it, so the very program that passes the annotated validators is shown to catch a
 * wrong one.
 */
const WRONG = {
  file: "check/wrong.ts",
  text: 'import { z } from "zod";\nimport type * as T from "../src/types/tasks.js";\nexport const X: z.ZodType<T.TasksNode> = z.object({ id: z.number() });\n',
};

/**
 * Writes the package plus `check/<service>.ts` (annotated validators) for `services`, and the
 * `extra` modules; returns tsc's verdict on them all.
 */
function checkDeclarations(model: ApiModel, services: readonly string[], extra: readonly { file: string; text: string }[] = []) {
  const { files, diagnostics } = generate(model);
  expect(diagnostics).toEqual([]);
  const dir = writeTemp(files);
  const plan = planEmit(model, { includeInternal: true, fixedNames: runtimeExportNames(runtimeFiles(REPO).get("index.ts") ?? "") });
  mkdirSync(path.join(dir, "check"));
  const checked: string[] = [];
  for (const name of services) {
    const sp = plan.services.find((s) => s.service.name === name)!;
    const validators = zodValidators(sp);
    expect(validators.length).toBeGreaterThan(0);
    // The annotated module and the shipped one render the same expressions.
    expect(files.get(`src/zod/${sp.module}.js`)).toBe(printModule(emitZodJsModule(sp, validators)));
    const file = `check/${sp.module}.ts`;
    writeFileSync(path.join(dir, file), printModule(emitZodCheckModule(sp, validators, `../src/types/${sp.module}.js`)));
    checked.push(file);
  }
  for (const { file, text } of extra) {
    writeFileSync(path.join(dir, file), text);
    checked.push(file);
  }
  linkZod(dir);
  return typecheckFolder(dir, { include: checked });
}

/** The files tsc reports errors in (a message's continuation lines are indented). */
function filesWithErrors(output: string): string[] {
  return [...new Set(output.split("\n").filter((line) => /^\S/.test(line)).map((line) => line.replace(/\(\d+,\d+\): .*$/, "")))];
}

describe("validator declarations match the validators", () => {
  let ir: ReturnType<typeof checkDeclarations>;

  beforeAll(() => {
    ir = checkDeclarations(sampleModel(), ["tasks", "users"], [WRONG]);
  }, 120_000);

  it("on the hand-built IR", () => {
    // No error but the wrong declaration's.
    expect(filesWithErrors(ir.output).filter((f) => f !== WRONG.file)).toEqual([]);
  });

  it("fails when a declaration is wrong", () => {
    // Guards the check itself: a validator of the wrong type must not pass.
    expect(ir.ok).toBe(false);
    expect(filesWithErrors(ir.output)).toEqual([WRONG.file]);
  });

  it("on the corpus services auth and events", () => {
    const result = checkDeclarations(corpus(), ["auth", "events"]);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  }, 600_000);
});
