// A mistake in a config file (or in the options given to the API): each problem named by
// file, job and key, with a hint, printed as compiler-style lines.

export interface ConfigProblem {
  /** What is wrong, starting with the job and key it is about (e.g. `job 2 ("api-v2"): key "out": ...`). */
  readonly message: string;
  readonly hint?: string;
}

export class ConfigError extends Error {
  /** The config file as the user named it or as it was found (`<options>` for the API). */
  readonly file: string;
  readonly problems: readonly ConfigProblem[];

  constructor(file: string, problems: string | readonly ConfigProblem[], hint?: string) {
    const list = typeof problems === "string" ? [{ message: problems, hint }] : problems;
    super(list.map((p) => `${file}: error: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ""}`).join("\n"));
    this.name = "ConfigError";
    this.file = file;
    this.problems = list;
  }
}

/** What `load` gives; a ConfigError it throws is printed to stderr instead, and gives undefined (the command exits 1). */
export async function printingConfigError<T>(load: Promise<T>): Promise<T | undefined> {
  try {
    return await load;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(err.message + "\n");
    return undefined;
  }
}
