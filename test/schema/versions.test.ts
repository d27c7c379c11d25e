import { describe, expect, it } from "vitest";
import { compareVersions, endpointAt, loadApi, parseVersion } from "../../generator/schema/index.js";
import type { Version } from "../../generator/schema/model.js";
import { countAtOrBefore, lastAtOrBefore } from "../../generator/schema/versions.js";
import { CORPUS_SERVICES } from "./helpers.js";

describe("parseVersion / compareVersions", () => {
  it("parses major.minor and canonicalises the text", () => {
    expect(parseVersion("2.13")).toEqual({ major: 2, minor: 13, text: "2.13" });
    expect(parseVersion("2.01")?.text).toBe("2.1");
  });

  it("rejects anything that is not <digits>.<digits>", () => {
    for (const bad of ["2", "2.", ".1", "2.1.3", "v2.1", " 2.1", "2,1", "", "2.x"]) expect(parseVersion(bad)).toBeUndefined();
  });

  it("orders numerically, not as text", () => {
    const v = (t: string) => parseVersion(t)!;
    expect(compareVersions(v("2.9"), v("2.10"))).toBeLessThan(0);
    expect(compareVersions(v("2.10"), v("2.9"))).toBeGreaterThan(0);
    expect(compareVersions(v("1.99"), v("2.0"))).toBeLessThan(0);
    expect(compareVersions(v("2.1"), v("2.01"))).toBe(0);
    const sorted = ["2.10", "1.5", "2.9", "2.2", "2.1"].map(v).sort(compareVersions).map((x) => x.text);
    expect(sorted).toEqual(["1.5", "2.1", "2.2", "2.9", "2.10"]);
  });
});

describe("lastAtOrBefore / countAtOrBefore", () => {
  const items = ["1.5", "2.1", "2.9", "2.10"].map((t) => ({ v: parseVersion(t)! }));
  const at = (t: string) => lastAtOrBefore(items, (x) => x.v, parseVersion(t)!)?.v.text;

  it("finds the last item at or before a version, numerically", () => {
    expect(at("2.10")).toBe("2.10");
    expect(at("2.9")).toBe("2.9");
    expect(at("2.8")).toBe("2.1");
    expect(at("3.0")).toBe("2.10");
    expect(at("1.4")).toBeUndefined();
  });

  it("counts the prefix at or before a version", () => {
    expect(countAtOrBefore(items, (x) => x.v, parseVersion("2.9")!)).toBe(3);
    expect(countAtOrBefore(items, (x) => x.v, parseVersion("1.0")!)).toBe(0);
    expect(countAtOrBefore([], (x: { v: Version }) => x.v, parseVersion("1.0")!)).toBe(0);
  });
});

describe("endpointAt on the corpus (server dispatch: highest version <= the API version)", () => {
  const { model } = loadApi(CORPUS_SERVICES);

  it("tasks.get_all_ex is its 2.1 version at 2.12 and its 2.13 version at 2.13", () => {
    expect(endpointAt(model, "tasks.get_all_ex", "2.12")?.version.text).toBe("2.1");
    expect(endpointAt(model, "tasks.get_all_ex", "2.13")?.version.text).toBe("2.13");
    expect(endpointAt(model, "tasks.get_all_ex", parseVersion("2.13")!)?.endpoint).toBe("tasks.get_all_ex");
  });

  it("auth.logout does not exist at 2.1", () => {
    expect(endpointAt(model, "auth.logout", "2.1")).toBeUndefined();
    expect(endpointAt(model, "auth.logout", model.maxVersion)).toBeDefined();
  });

  it("unknown endpoints and malformed versions give undefined", () => {
    expect(endpointAt(model, "tasks.nope", "2.13")).toBeUndefined();
    expect(endpointAt(model, "nope.get_all", "2.13")).toBeUndefined();
    expect(endpointAt(model, "tasks.get_all_ex", "latest")).toBeUndefined();
  });

  it("at every change version, the chosen version is the highest one <= it", () => {
    for (const service of model.services) {
      for (const ep of service.endpoints) {
        for (const at of model.changeVersions) {
          const expected = ep.versions.filter((v) => compareVersions(v.version, at) <= 0).pop();
          expect(endpointAt(model, ep.name, at)).toBe(expected);
        }
      }
    }
  });

  it("changeVersions are every distinct endpoint version, ascending, ending at maxVersion", () => {
    const all = new Set(model.services.flatMap((s) => s.endpoints.flatMap((e) => e.versions.map((v) => v.version.text))));
    expect(model.changeVersions.map((v) => v.text)).toEqual([...all].sort((a, b) => compareVersions(parseVersion(a)!, parseVersion(b)!)));
    expect(model.changeVersions.at(-1)).toEqual(model.maxVersion);
    expect(model.changeVersions[0].text).toBe("1.5");
  });
});
