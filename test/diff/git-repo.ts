// A temporary git repository with two commits and an uncommitted change, for `git:<ref>`:
// HEAD~1 has schemas/svc.conf including ../shared/defs.conf; HEAD adds an optional
// request property `tag`; the work tree removes `size` from the included definition.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./helpers.js";

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
}

export const service = (sharedNote: string, extra: string): string => `_description: "A service"
_definitions {
    include "../shared/defs.conf"
}
get {
    "2.1" {
        description: "Gets it"
        request {
            type: object
            properties {
                id { type: string }
                ${extra}
            }
        }
        response {
            type: object
            properties { item { "$ref": "#/definitions/item" } }
        }
    }
}
# ${sharedNote}
`;

export const defs = (fields: string): string => `item {
    type: object
    properties { ${fields} }
}
`;

export const BASE_FIELDS = "name { type: string }, size { type: integer }";

export function repo(): string {
  const root = tempDir("diff-git-");
  mkdirSync(path.join(root, "schemas"));
  mkdirSync(path.join(root, "shared"));
  git(root, "init", "-q");
  writeFileSync(path.join(root, "schemas", "svc.conf"), service("one", ""));
  writeFileSync(path.join(root, "shared", "defs.conf"), defs(BASE_FIELDS));
  git(root, "add", "-A");
  git(root, "commit", "-qm", "base");
  // HEAD: a new optional request property.
  writeFileSync(path.join(root, "schemas", "svc.conf"), service("two", "tag { type: string }"));
  git(root, "commit", "-qam", "head");
  // The work tree, uncommitted: `size` removed from the included definition.
  writeFileSync(path.join(root, "shared", "defs.conf"), defs("name { type: string }"));
  return root;
}

