// The no-op check hashes each output file in fixed-size reads: the hash must be the one of
// the whole content at every size around the read size, or an edit past the first read
// would go unseen (or an unchanged file would look changed).
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FILE_HASH_READ_BYTES, fileHash, textHash } from "../../generator/emit/file-hash.js";

const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

describe("fileHash", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "file-hash-"));
  const sizes = [0, 1, FILE_HASH_READ_BYTES - 1, FILE_HASH_READ_BYTES, FILE_HASH_READ_BYTES + 1, 3 * FILE_HASH_READ_BYTES + 7];

  it.each(sizes)("hashes a file of %i bytes as its whole content", (size) => {
    const bytes = Buffer.alloc(size, "ab");
    const file = path.join(dir, `f${size}`);
    writeFileSync(file, bytes);
    expect(fileHash(file)).toBe(sha256(bytes));
    expect(textHash(bytes.toString("utf8"))).toBe(sha256(bytes));
  });

  it("sees an edit in the last byte of a file longer than several reads", () => {
    const bytes = Buffer.alloc(2 * FILE_HASH_READ_BYTES + 5, "x");
    const file = path.join(dir, "edited");
    writeFileSync(file, bytes);
    const before = fileHash(file);
    bytes[bytes.length - 1] = "y".charCodeAt(0);
    writeFileSync(file, bytes);
    expect(fileHash(file)).not.toBe(before);
    expect(fileHash(file)).toBe(sha256(bytes));
  });
});
