// The HOCON dialects a schema folder can be read in: the flag's choices and the config's values.
import type { HoconDialect } from "../../hocon/types.js";

export const DIALECTS: readonly HoconDialect[] = ["pyhocon", "spec"];
