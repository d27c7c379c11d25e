// readText: one input file's text, bounded, from a regular file only. Apart from the
// parser (file.ts), so the no-op check of codegen reads its inputs without loading it.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";

/**
 * The largest file read (a schema file, an include): far above any real service file
 * (the largest ClearML one is 74 KB), small enough that a wrong path (a disk image, a
 * log) fails at once instead of filling memory.
 */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The text of a regular file of at most MAX_FILE_BYTES, or undefined when it does not
 * exist. Anything else throws: a FIFO or device would block or never end, a folder or
 * socket cannot be read, and a larger file is refused before it is read.
 */
export function readText(path: string): string | undefined {
  let st: Stats | undefined;
  try {
    st = statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    if ((e as { code?: unknown }).code === "ENOTDIR") return undefined;
    throw e;
  }
  if (st === undefined) return undefined;
  checkReadable(st);
  // Non-blocking: a FIFO put in place since the stat is refused below instead of waiting for a writer.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = fstatSync(fd);
    checkReadable(opened);
    return readBounded(fd, opened.size).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

function checkReadable(st: Stats): void {
  if (!st.isFile()) throw new Error(`${fileKind(st)}, not a regular file`);
  if (st.size > MAX_FILE_BYTES) throw new Error(tooLarge());
}

function tooLarge(): string {
  return `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the limit for one file`;
}

function fileKind(st: Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a FIFO";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  return "a special file";
}

/** Reads to the end, but never more than MAX_FILE_BYTES (a file may grow after its stat). */
function readBounded(fd: number, expected: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let chunk = Buffer.allocUnsafe(expected + 1);
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > MAX_FILE_BYTES) throw new Error(tooLarge());
    chunk = Buffer.allocUnsafe(64 * 1024);
  }
  return Buffer.concat(chunks, total);
}
