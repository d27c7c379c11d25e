// `--dialect`, shared by every command that reads HOCON.
import { Option } from "commander";
import { DIALECTS } from "./dialects.js";

export function dialectOption(): Option {
  return new Option("--dialect <dialect>", "how to read HOCON: as pyhocon does (the ClearML server's parser) or as the HOCON spec says")
    .choices(DIALECTS)
    .default("pyhocon");
}
