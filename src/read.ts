/**
 * Reading candidate files: size limit, binary and encoding detection.
 *
 * Reads are synchronous on purpose: for thousands of small files in the page cache, a blocking
 * read is about five times faster than the promise API's thread-pool round trips (measured on
 * the 9,737-file corpus: 140 ms against 700 ms), and the CLI has nothing else to do meanwhile.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync } from 'node:fs';
import type { DiscoveredFile } from './discover.js';
import { NotRegularFileError, openRegularFile, readOpenFile } from './regular-file.js';
import { makeSourceFile, type SourceFile } from './source.js';

/** Files above this size are skipped with a note: no rule is that large, a data dump may be. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadOutcome =
  | { kind: 'text'; file: SourceFile }
  | { kind: 'skip'; reason: string }
  /** The file mentions none of the selected techniques: it cannot carry their tags. */
  | { kind: 'unrelated' };

/**
 * Reads a file and keeps it only when `mayCarryTag` matches its text. The cheap test runs first:
 * the binary and UTF-8 checks then only cost anything for the few files worth parsing.
 */
export function readCandidate(file: DiscoveredFile, mayCarryTag: RegExp): ReadOutcome {
  let buffer: Buffer;
  let fd: number | undefined;
  try {
    const opened = openRegularFile(file.absolute);
    fd = opened.fd;
    if (opened.size > MAX_FILE_BYTES) {
      return { kind: 'skip', reason: `file is ${(opened.size / 1048576).toFixed(1)} MiB, over the 5 MiB limit; not read` };
    }
    buffer = readOpenFile(fd, opened.size);
  } catch (error) {
    if (error instanceof NotRegularFileError) return { kind: 'skip', reason: `${error.kind}, not a regular file; not read` };
    return { kind: 'skip', reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = buffer.toString('utf8');
  if (!mayCarryTag.test(text)) return { kind: 'unrelated' };
  if (buffer.includes(0)) return { kind: 'skip', reason: 'binary file (contains NUL bytes); not a rule' };
  if (!isUtf8(buffer)) return { kind: 'skip', reason: 'file is not valid UTF-8; not parsed' };
  return { kind: 'text', file: makeSourceFile(file.relative, text) };
}
