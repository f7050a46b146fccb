/**
 * The worker-thread side of parallel linting: receives the run's settings and the discovered
 * files once, then claims ranges of files from the counter it shares with the main thread, reads
 * and lints them (src/lint-chunk.ts) and posts each range's entries, until no range is left. The
 * bundles start their own file as the worker: their entry points call `runLintWorkerIfAsked`.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { techniquePrefilter } from './attack.js';
import { chunkCount, isLinted, lintChunk, unpackFiles } from './lint-chunk.js';
import type { FileLintContext } from './lint-file.js';
import { detach, textless, type DetachedOutcome } from './lint-outcome.js';
import type { Skip } from './result.js';
import type { SourceFile } from './source.js';

/** Marks the workerData of a lint worker. */
export const LINT_WORKER_MARK = 'lofp-lint/lint-worker/v2';

export interface LintWorkerData {
  mark: typeof LINT_WORKER_MARK;
  context: FileLintContext;
  /** The discovered files, packed (see packFiles). */
  files: string;
  /** One Int32: the next range to claim, shared by every thread of the run. */
  next: SharedArrayBuffer;
}

/** A linted file as it crosses threads: without its text unless the run keeps texts. */
export type WireEntry = { outcome: DetachedOutcome; file: SourceFile } | Skip;

export type WorkerMessage = { chunk: number; entries: WireEntry[] } | { chunk: number; error: string } | { done: true };

/** Runs the worker loop when this thread was started as a lint worker; returns whether it was. */
export function runLintWorkerIfAsked(): boolean {
  const data = workerData as LintWorkerData | null;
  if (isMainThread || !parentPort || data?.mark !== LINT_WORKER_MARK) return false;
  const port = parentPort;
  const { context } = data;
  const files = unpackFiles(data.files);
  const next = new Int32Array(data.next);
  const chunks = chunkCount(files.length);
  const mayCarryTag = techniquePrefilter(context.techniques);
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    let message: WorkerMessage;
    try {
      const entries = lintChunk(files, chunk, context, mayCarryTag).map((entry): WireEntry =>
        isLinted(entry) ? { outcome: detach(entry.outcome, context.keepText), file: context.keepText ? entry.file : textless(entry.file) } : entry,
      );
      message = { chunk, entries };
    } catch (error) {
      message = { chunk, error: (error as Error)?.stack ?? String(error) };
    }
    port.postMessage(message);
  }
  port.postMessage({ done: true } satisfies WorkerMessage);
  return true;
}
