// The job the commands fall back to without a config file: this repository's layout.
export const DEFAULT_JOB = { schemas: "schemas", out: "generated", name: "clearml-api-client" } as const;

/** The `docs` command's site folder without a config file. */
export const DEFAULT_DOCS = "docs";
