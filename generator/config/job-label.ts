// How messages name a job: its place in the config (1-based) and its package name.

export function jobLabel(job: unknown, index: number): string {
  const name = typeof job === "object" && job !== null ? (job as { name?: unknown }).name : undefined;
  return typeof name === "string" && name !== "" ? `job ${index + 1} (${JSON.stringify(name)})` : `job ${index + 1}`;
}
