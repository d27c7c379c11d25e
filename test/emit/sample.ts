// A small hand-built API covering what the emitters must handle: a recursive definition,
// a string enum, nullable unions, additionalProperties in every form, and an endpoint
// whose request changes at 2.13 while its response stays the same.
import type { Definition } from "../../generator/schema/model.js";
import { arr, definition, endpoint, int, model, nul, obj, prop, ref, service, str, union } from "./fixture.js";

export function sampleModel() {
  const defs = new Map<string, Definition>();
  const r = (name: string) => ref("tasks", name, defs);
  defs.set("status", definition("tasks", "status", str({ enum: ["created", "in_progress", 'say "hi"'] })));
  defs.set(
    "node",
    definition(
      "tasks",
      "node",
      obj([prop("id", str(), true), prop("children", arr(r("node"))), prop("parent", union(r("node"), nul()))]),
      true,
    ),
  );
  defs.set(
    "task",
    definition(
      "tasks",
      "task",
      obj(
        [
          prop("id", str({ description: "Task id" }), true),
          prop("status", r("status")),
          prop("tags", arr(str())),
          prop("params", obj([], obj([prop("value", str())]))),
          prop("extra", obj([], true)),
          prop("tree", r("node")),
          prop("weird-key", int()),
        ],
        undefined,
      ),
    ),
  );
  defs.set("strict_filter", definition("tasks", "strict_filter", obj([prop("name", str())], false)));
  const tasks = service(
    "tasks",
    [...defs.values()],
    [
      endpoint("tasks", "get_all", [
        { version: "2.1", request: obj([prop("ids", arr(str()))], false), response: obj([prop("tasks", arr(r("task")))]) },
        {
          version: "2.13",
          request: obj([prop("ids", arr(str())), prop("filter", r("strict_filter"))], false),
          response: obj([prop("tasks", arr(r("task")))]),
        },
      ]),
      endpoint("tasks", "create", [{ version: "2.14", request: obj([prop("name", str(), true)]), response: obj([prop("id", str(), true)]) }]),
    ],
  );
  const users = service("users", [], [
    endpoint("users", "get_current", [{ version: "1.5", request: obj([]), response: obj([prop("name", union(str(), nul()))]) }]),
  ]);
  return model([tasks, users]);
}
