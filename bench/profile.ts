// Where the time goes: a CPU profile of a function run in this process (V8's sampling
// profiler through node:inspector), summarized by self time per function and per source
// file. Frames of the esbuild bundle are mapped back to the TypeScript sources through
// its source map, so the summary names generator/emit/printer.ts, not dist/bench.js.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface HotSpot {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly functions: readonly HotSpot[];
  readonly files: readonly HotSpot[];
}

/** Profiles `fn` (run `repeat` times) and summarizes the samples. */
export async function profile(fn: () => unknown, repeat: number, top: number, root: string): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    for (let i = 0; i < repeat; i++) fn();
    const { profile: p } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
    return summarize(p, top, root);
  } finally {
    session.disconnect();
  }
}

export function summarize(p: CpuProfile, top: number, root: string): ProfileSummary {
  const selfUs = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) selfUs.set(p.samples[i], (selfUs.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const mapper = new FrameMapper(root);
  const profiler = profilerFrames(p.nodes);
  let total = 0;
  for (const node of p.nodes) {
    const us = profiler.has(node.id) ? 0 : (selfUs.get(node.id) ?? 0);
    if (us === 0) continue;
    total += us;
    const { file, line } = mapper.locate(node.callFrame);
    const fnName = node.callFrame.functionName || "(anonymous)";
    const key = file ? `${fnName} (${file}:${line})` : fnName;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const fileKey = file ?? fnName; // "(garbage collector)", "(program)" stand for themselves
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
  }
  const rank = (m: Map<string, number>): HotSpot[] =>
    [...m]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total === 0 ? 0 : us / total }));
  return { totalMs: total / 1000, functions: rank(byFunction), files: rank(byFile) };
}

/** Nodes at or under a node:inspector frame: the profiler's own work (starting, stopping), not the code profiled. */
function profilerFrames(nodes: readonly ProfileNode[]): Set<number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Set<number>();
  const mark = (id: number): void => {
    if (out.has(id)) return;
    out.add(id);
    for (const c of byId.get(id)?.children ?? []) mark(c);
  };
  for (const n of nodes) if (n.callFrame.url.startsWith("node:inspector")) mark(n.id);
  return out;
}

/** Maps a bundle frame to its original file (relative to `root`) and 1-based line. */
class FrameMapper {
  private readonly maps = new Map<string, SourceMap | undefined>();
  constructor(private readonly root: string) {}

  locate(frame: ProfileNode["callFrame"]): { file?: string; line: number } {
    if (!frame.url) return { line: 0 };
    const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
    const map = this.mapFor(file);
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (entry?.originalSource) {
      const original = entry.originalSource.startsWith("file:") ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
      return { file: this.relative(original), line: (entry.originalLine ?? 0) + 1 };
    }
    return { file: this.relative(file), line: frame.lineNumber + 1 };
  }

  private mapFor(file: string): SourceMap | undefined {
    if (!this.maps.has(file)) {
      const mapFile = `${file}.map`;
      this.maps.set(file, file.startsWith("/") && existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : undefined);
    }
    return this.maps.get(file);
  }

  private relative(file: string): string {
    if (file.startsWith("node:")) return file;
    const rel = path.relative(this.root, file);
    return rel.startsWith("..") ? file : rel;
  }
}
