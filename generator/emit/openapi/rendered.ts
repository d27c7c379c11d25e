// The document as codegen writes it, JSON and YAML, put together from text: each service's
// paths and components are rendered on their own, at the indentation they have in the
// document, so a watch can keep a service's text while the service and its part's key
// (document.ts) stay the same, and render again only what changed. The text is what
// renderOpenApiJson and renderOpenApiYaml write for emitOpenApi's document, byte for byte:
// JSON.stringify writes no raw newline inside a string, so a value's text at a deeper
// level is its text with every newline indented.
import { jsonText } from "../../../hocon/json-text.js";
import type { ApiModel, Service } from "../../schema/model.js";
import { planDocument } from "./document.js";
import { compareKeys } from "./schemas.js";
import type { JsonValue, OpenApiOptions } from "./types.js";
import { renderYamlMember } from "./yaml.js";

/** One member of `paths` or `components.schemas`, rendered. */
interface Member {
  readonly name: string;
  readonly json: string;
  readonly yaml: string;
}

/** A service's part of the document, rendered, with the key it was rendered for. */
export interface RenderedPart {
  readonly key: string;
  readonly paths: readonly Member[];
  readonly components: readonly Member[];
}

/** Rendered parts by the Service they were rendered from. */
export type RenderedParts = Pick<WeakMap<Service, RenderedPart>, "get" | "set">;

export function renderOpenApi(model: ApiModel, options: OpenApiOptions, reuse?: RenderedParts): { json: string; yaml: string } {
  const plan = planDocument(model, options);
  const paths: Member[] = [];
  const components: Member[] = [];
  for (const { service, key, part } of plan.services) {
    let rendered = reuse?.get(service);
    if (rendered?.key !== key) {
      const made = part();
      // `paths` members sit at level 2 (`"/x": ...` inside paths), schemas members at level 3.
      rendered = { key, paths: made.paths.map(([path, item]) => member(path, item, 2)), components: made.components.map(([k, schema]) => member(k, schema, 3)) };
      reuse?.set(service, rendered);
    }
    paths.push(...rendered.paths);
    components.push(...rendered.components);
  }
  paths.sort((a, b) => compareKeys(a.name, b.name));
  components.sort((a, b) => compareKeys(a.name, b.name));
  const schemas = [...Object.entries(plan.envelope).map(([k, schema]) => member(k, schema, 3)), ...components];

  const json = jsonObject(
    [
      ...Object.entries(plan.head).map(([k, value]) => jsonMember(k, jsonAt(value, 1), 1)),
      jsonMember("paths", jsonObject(paths.map((m) => m.json), 1), 1),
      jsonMember(
        "components",
        jsonObject(
          [
            jsonMember("schemas", jsonObject(schemas.map((m) => m.json), 2), 2),
            jsonMember("responses", jsonAt(plan.responses, 2), 2),
            jsonMember("securitySchemes", jsonAt(plan.securitySchemes, 2), 2),
          ],
          1,
        ),
        1,
      ),
    ],
    0,
  );
  const yaml = [
    ...Object.entries(plan.head).map(([k, value]) => renderYamlMember(k, value, "")),
    paths.length > 0 ? ["paths:", ...paths.map((m) => m.yaml)].join("\n") : renderYamlMember("paths", {}, ""),
    "components:",
    "  schemas:",
    ...schemas.map((m) => m.yaml),
    renderYamlMember("responses", plan.responses, "  "),
    renderYamlMember("securitySchemes", plan.securitySchemes, "  "),
  ].join("\n");
  return { json: json + "\n", yaml: yaml + "\n" };
}

function member(name: string, value: JsonValue, level: number): Member {
  return { name, json: jsonMember(name, jsonAt(value, level), level), yaml: renderYamlMember(name, value, "  ".repeat(level - 1)) };
}

/** A value's JSON text where it starts on a line indented `level` times. */
function jsonAt(value: JsonValue, level: number): string {
  return jsonText(value, 2).replaceAll("\n", "\n" + "  ".repeat(level));
}

function jsonMember(name: string, text: string, level: number): string {
  return `${"  ".repeat(level)}${JSON.stringify(name)}: ${text}`;
}

/** An object of members already rendered at `level + 1`. */
function jsonObject(members: readonly string[], level: number): string {
  return members.length === 0 ? "{}" : `{\n${members.join(",\n")}\n${"  ".repeat(level)}}`;
}
