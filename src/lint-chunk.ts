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

/** The files of range `index`. */
export function chunkOf<T>(files: readonly T[], index: number): readonly T[] {
  return files.slice(index * CHUNK_FILES, (index + 1) * CHUNK_FILES);
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

/**
 * The discovered files as one string, `absolute NUL relative NUL ...`: a worker receives the
 * list in one copy instead of one object per file (NUL is the one character no path holds).
 */
export function packFiles(files: readonly DiscoveredFile[]): string {
  return files.map((f) => `${f.absolute}\0${f.relative}`).join('\0');
}

/**
 * Packed files read range by range: 300,000 files as objects would cost a worker some 50 MB,
 * as the packed string and the offsets of its separators about 30 MB.
 */
export class PackedFiles {
  /** Offset of each path's first character; one more, past the end, closes the last. */
  private readonly starts: Int32Array;

  constructor(private readonly packed: string) {
    let count = packed === '' ? 0 : 1;
    for (let at = packed.indexOf('\0'); at !== -1; at = packed.indexOf('\0', at + 1)) count++;
    this.starts = new Int32Array(count + 1);
    let at = 0;
    for (let i = 0; i < count; i++) {
      this.starts[i] = at;
      const end = packed.indexOf('\0', at);
      at = end === -1 ? packed.length + 1 : end + 1;
    }
    this.starts[count] = packed.length + 1;
  }

  get length(): number {
    return (this.starts.length - 1) / 2;
  }

  private path(i: number): string {
    return this.packed.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** The files of range `index`. */
  chunk(index: number): DiscoveredFile[] {
    const files: DiscoveredFile[] = [];
    const end = Math.min(this.length, (index + 1) * CHUNK_FILES);
    for (let i = index * CHUNK_FILES; i < end; i++) files.push({ absolute: this.path(2 * i), relative: this.path(2 * i + 1) });
    return files;
  }
}
