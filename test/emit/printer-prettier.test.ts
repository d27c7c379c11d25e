// The printer against its oracle, prettier itself: formatting what the printer prints
// changes nothing. Random modules of every shape the printer's AST can express (short and
// long names, so both flat and broken layouts occur), and every distinct statement the
// emitters build for schemas/. The corpus's statements are checked in place: prettier runs
// once over every file generated from it (test/emit/corpus.test.ts).
import path from "node:path";
import fc from "fast-check";
import { propertyRuns } from "../support/property-runs.js";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitClientDtsModule, emitClientJsModule, emitEndpointsDtsModule, emitEndpointsJsModule } from "../../generator/emit/client.js";
import { indexModule, zodIndexModule } from "../../generator/emit/package.js";
import { planEmit } from "../../generator/emit/plan.js";
import { e, printModule, t, type Statement } from "../../generator/emit/printer.js";
import { emitTypesJsModule, emitTypesModule } from "../../generator/emit/types.js";
import { emitZodIndexDtsModule, emitZodJsModule, zodValidators } from "../../generator/emit/zod.js";
import { loadApi } from "../../generator/schema/index.js";
import type { ApiModel } from "../../generator/schema/model.js";
import { REPO } from "./helpers.js";
import { statementArb } from "./printer-arbitraries.js";

const format = (text: string) => prettier.format(text, { parser: "typescript" });

/** Every module the emitters build for a model, as statements. */
function emittedModules(model: ApiModel): Statement[][] {
  const plan = planEmit(model, { includeInternal: true });
  const services = plan.services.map((sp) => ({ sp, validators: zodValidators(sp) }));
  const modules: Statement[][] = [zodIndexModule(plan), emitZodIndexDtsModule(services), emitClientJsModule(plan), emitClientDtsModule(plan), indexModule(plan)];
  for (const { sp, validators } of services) {
    modules.push(emitTypesModule(sp), emitZodJsModule(sp, validators), emitEndpointsJsModule(sp), emitEndpointsDtsModule(sp));
    const values = emitTypesJsModule(sp);
    if (values) modules.push(values);
  }
  return modules;
}

/**
 * The distinct statements of the modules, printed, as one module (a blank line between
 * statements): many statements repeat (endpoint versions, headers), and prettier's time
 * grows with the text.
 */
function distinctStatements(modules: Statement[][]): { text: string; count: number } {
  const printed = new Set<string>();
  for (const s of modules.flat()) if (s.kind !== "blank") printed.add(printModule([s]));
  return { text: [...printed].join("\n"), count: printed.size };
}

describe("the printer prints what prettier prints", () => {
  it("for random modules of every shape", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(statementArb, { minLength: 1, maxLength: 6 }), async (statements) => {
        const text = printModule(statements);
        expect(await format(text)).toBe(text);
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it("for shapes random runs once caught it printing differently", async () => {
    // A lone number in an array is a concisely printed array too: never hugged after other arguments.
    const call = e.call("callEndpoint", e.call("z.optional", e.bool(false)), e.call("z.record", e.call("z.string"), e.call("z.string")), e.num(10), e.array([e.num(10000)]));
    const type = t.union([t.readonlyTuple([t.ref("TasksGetAllExRequestV2_13"), t.lit(1000)]), t.kw("null")]);
    const text = printModule([{ kind: "const", name: "a", type, value: call }]);
    expect(await format(text)).toBe(text);
  });

  it("for every statement the emitters build for schemas/", async () => {
    const { text, count } = distinctStatements(emittedModules(loadApi(path.join(REPO, "schemas")).model));
    expect(count).toBeGreaterThan(100);
    expect(await format(text)).toBe(text);
  });
});
