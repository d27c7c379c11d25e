// A small hand-built API covering what the emitters must handle: a recursive definition,
// string and number enums, nullable unions, additionalProperties in every form (a schema
// beside declared properties included), an anyOf with object keywords beside it, and an
// endpoint whose request changes at 2.13 while its response stays the same.
import type { Definition } from "../../generator/schema/model.js";
import { arr, bool, definition, endpoint, int, model, nul, obj, prop, ref, service, str, union, unionWithBase } from "./fixture.js";

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
  defs.set("priority", definition("tasks", "priority", int({ enum: [1, 2, 3] })));
  defs.set(
    "labels",
    definition("tasks", "labels", obj([prop("owner", str(), true), prop("weight", int())], str({ description: "Any other label" }))),
  );
  defs.set("scalar_event", definition("tasks", "scalar_event", obj([prop("metric", str(), true), prop("value", int(), true)])));
  defs.set("log_event", definition("tasks", "log_event", obj([prop("msg", str(), true)])));
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
      endpoint("tasks", "add", [
        {
          version: "2.22",
          request: unionWithBase(obj([prop("allow_locked", bool()), prop("labels", r("labels"))]), r("scalar_event"), r("log_event")),
          response: obj([prop("priority", r("priority"))]),
        },
      ]),
    ],
  );
  const users = service("users", [], [
    endpoint("users", "get_current", [{ version: "1.5", request: obj([]), response: obj([prop("name", union(str(), nul()))]) }]),
  ]);
  return model([tasks, users]);
}
