/**
 * Reading candidate files: size limit, binary and encoding detection.
 *
 * Reads are synchronous on purpose: for thousands of small files in the page cache, a blocking
 * read is about five times faster than the promise API's thread-pool round trips (measured on
 * the 9,737-file corpus: 140 ms against 700 ms), and the CLI has nothing else to do meanwhile.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DiscoveredFile } from './discover.js';
import { makeSourceFile, type SourceFile } from './source.js';

/** Files above this size are skipped with a note: no rule is that large, a data dump may be. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadOutcome =
  | { kind: 'text'; file: SourceFile }
  | { kind: 'skip'; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readWhole(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, buffer, offset, size - offset, offset);
    if (n === 0) break;
    offset += n;
  }
  return buffer.subarray(0, offset);
}

export function readCandidate(file: DiscoveredFile): ReadOutcome {
  let buffer: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(file.absolute, 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) {
      return { kind: 'skip', reason: `file is ${(size / 1048576).toFixed(1)} MiB, over the 5 MiB limit; not read` };
    }
    buffer = readWhole(fd, size);
  } catch (error) {
    return { kind: 'skip', reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (buffer.includes(0)) return { kind: 'skip', reason: 'binary file (contains NUL bytes); not a rule' };
  let text: string;
  try {
    text = decoder.decode(buffer);
  } catch {
    return { kind: 'skip', reason: 'file is not valid UTF-8; not parsed' };
  }
  return { kind: 'text', file: makeSourceFile(file.relative, text) };
}
