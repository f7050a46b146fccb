/**
 * The unit of work of a run: a range of the discovered files, read, prefiltered and linted in
 * file order. Threads (the main one and the lint workers) claim ranges one after the other from a
 * shared counter, so both the reading and the linting use every thread; the caller puts the
 * ranges back in order, which makes the result independent of who linted what.
 */
import type { DiscoveredFile } from './discover.js';
import { lintSource, type FileLintContext, type FileOutcome } from './lint-file.js';
import { compact } from './lint-outcome.js';
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

/** A candidate file read but not linted: the thread that asked for the range lints it (see lintChunk). */
export interface UnlintedFile {
  file: SourceFile;
}

/** What a range gave, in file order: candidates, linted or not, and files left out with a reason. */
export type ChunkEntry = LintedFile | UnlintedFile | Skip;

export function isLinted(entry: ChunkEntry): entry is LintedFile {
  return 'outcome' in entry;
}

export function isSkip(entry: ChunkEntry): entry is Skip {
  return 'reason' in entry;
}

export function chunkCount(files: number): number {
  return Math.ceil(files / CHUNK_FILES);
}

/** The files of range `index` (of an array, or of DiscoveredFiles, which makes them as asked). */
export function chunkOf<T>(files: { slice(start: number, end: number): readonly T[] }, index: number): readonly T[] {
  return files.slice(index * CHUNK_FILES, (index + 1) * CHUNK_FILES);
}

/** How many of `files` files range `index` holds. */
export function chunkLength(files: number, index: number): number {
  return Math.max(0, Math.min(CHUNK_FILES, files - index * CHUNK_FILES));
}

/** A candidate linted, its outcome made lean unless the run keeps texts. */
export function lintCandidate(file: SourceFile, context: FileLintContext): LintedFile {
  const outcome = lintSource(file, context);
  // Made lean at once, the whole outcome (texts, queries, parsed parts) dies young instead of
  // being promoted with the range's other outcomes and filling the old generation.
  return { file, outcome: context.keepText ? outcome : compact(outcome, file) };
}

/**
 * Reads the files of a range and lints the candidates, or only reads them while `lintHere()`
 * says no (a worker that only scouts for the main thread; see lint.ts). Files that cannot carry
 * a selected tag leave no entry.
 */
export function lintChunk(
  files: readonly DiscoveredFile[],
  context: FileLintContext,
  mayCarryTag: RegExp,
  lintHere: () => boolean = () => true,
): ChunkEntry[] {
  const entries: ChunkEntry[] = [];
  for (const discovered of files) {
    const read = readCandidate(discovered, mayCarryTag);
    if (read.kind === 'text') entries.push(lintHere() ? lintCandidate(read.file, context) : { file: read.file });
    else if (read.kind === 'skip') entries.push({ path: discovered.relative, reason: read.reason });
  }
  return entries;
}
