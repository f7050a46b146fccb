/**
 * Reading candidate files: size limit, binary and encoding detection, and the cheap technique
 * prefilter that decides which files are worth parsing at all.
 */
import { promises as fs } from 'node:fs';
import type { DiscoveredFile } from './discover.js';
import { makeSourceFile, type SourceFile } from './source.js';

/** Files above this size are skipped with a note: no rule is that large, a data dump may be. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Reads in flight at once: enough to hide disk latency, few enough to bound memory. */
const READ_CONCURRENCY = 32;

export type ReadOutcome =
  | { kind: 'text'; file: SourceFile }
  | { kind: 'skip'; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function readCandidate(file: DiscoveredFile): Promise<ReadOutcome> {
  let buffer: Buffer;
  try {
    const stat = await fs.stat(file.absolute);
    if (stat.size > MAX_FILE_BYTES) {
      return { kind: 'skip', reason: `file is ${(stat.size / 1048576).toFixed(1)} MiB, over the 5 MiB limit; not read` };
    }
    buffer = await fs.readFile(file.absolute);
  } catch (error) {
    return { kind: 'skip', reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
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

/** Maps `worker` over `items` with bounded concurrency, keeping order. */
export async function mapBounded<T, R>(items: readonly T[], worker: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(READ_CONCURRENCY, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}
