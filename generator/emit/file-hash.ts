// Content hashes of output files for the no-op check (stamp.ts). A file is read in
// fixed-size pieces into one reused buffer and hashed as it is read: a new buffer per
// whole file means allocating and collecting megabytes on every run, which costs more
// than the hashing. sha256 although this only detects changes: with the SHA instructions
// of current CPUs it is no slower than md5 or sha1, and a stamp of either hash would
// need a new stamp version for nothing.
import { createHash } from "node:crypto";
import { closeSync, constants, openSync, readSync } from "node:fs";

/** Size of one read; exported for the tests of files around it. */
export const FILE_HASH_READ_BYTES = 64 * 1024;

let buffer: Buffer | undefined;

/** sha256 (hex) of the file's whole content, as textHash of that content would be. */
export function fileHash(file: string): string {
  buffer ??= Buffer.allocUnsafe(FILE_HASH_READ_BYTES);
  const hash = createHash("sha256");
  // Non-blocking: a FIFO put in place of the file fails the read instead of waiting for a writer.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

/** sha256 (hex) of the text's UTF-8 bytes. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
