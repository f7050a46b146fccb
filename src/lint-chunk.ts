/**
 * The unit of work of a run: a range of the discovered files, read, prefiltered and linted in
 * file order. Threads (the main one and the lint workers) claim ranges one after the other from a
 * shared counter, so both the reading and the linting use every thread; the caller puts the
 * ranges back in order, which makes the result independent of who linted what.
 */
import type { DiscoveredFile } from './discover.js';
import { lintSource, type FileLintContext, type FileOutcome } from './lint-file.js';
import { readCandidate } from './read.js';
import type { Skip } from './result.js';
import type { SourceFile } from './source.js';

/** Files per range: small enough to balance the threads at the end, large enough that a message per range costs nothing. */
export const CHUNK_FILES = 64;

/** A candidate file and what linting it concluded. */
export interface LintedFile {
  file: SourceFile;
  outcome: FileOutcome;
}

/** What a range gave, in file order: linted candidates and files left out with a reason. */
export type ChunkEntry = LintedFile | Skip;

export function isLinted(entry: ChunkEntry): entry is LintedFile {
  return 'outcome' in entry;
}

export function chunkCount(files: number): number {
  return Math.ceil(files / CHUNK_FILES);
}

/** Reads and lints range `index` of `files`; files that cannot carry a selected tag leave no entry. */
export function lintChunk(files: readonly DiscoveredFile[], index: number, context: FileLintContext, mayCarryTag: RegExp): ChunkEntry[] {
  const entries: ChunkEntry[] = [];
  const end = Math.min(files.length, (index + 1) * CHUNK_FILES);
  for (let i = index * CHUNK_FILES; i < end; i++) {
    const discovered = files[i]!;
    const read = readCandidate(discovered, mayCarryTag);
    if (read.kind === 'text') entries.push({ file: read.file, outcome: lintSource(read.file, context) });
    else if (read.kind === 'skip') entries.push({ path: discovered.relative, reason: read.reason });
  }
  return entries;
}

/**
 * The discovered files as one string, `absolute NUL relative NUL ...`: a worker receives the
 * list in one copy instead of one object per file (NUL is the one character no path holds).
 */
export function packFiles(files: readonly DiscoveredFile[]): string {
  return files.map((f) => `${f.absolute}\0${f.relative}`).join('\0');
}

export function unpackFiles(packed: string): DiscoveredFile[] {
  if (packed === '') return [];
  const parts = packed.split('\0');
  const files: DiscoveredFile[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) files.push({ absolute: parts[i]!, relative: parts[i + 1]! });
  return files;
}
