/**
 * The worker-thread side of parallel linting: receives the run's settings when it starts and
 * prepares the catalog, waits for the discovered files, then claims ranges of files from the counter it shares with the main thread, reads and
 * lints them (src/lint-chunk.ts) and posts each range's entries, until no range is left. The
 * bundles start their own file as the worker: their entry points call `runLintWorkerIfAsked`.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { techniquePrefilter } from './attack.js';
import { PackedFiles, chunkCount, isLinted, lintChunk } from './lint-chunk.js';
import { entriesForTechniques, type FileLintContext } from './lint-file.js';
import { catalogIndexFor } from './match/analyze.js';
import { detach, textless, type DetachedOutcome } from './lint-outcome.js';
import type { Skip } from './result.js';
import type { SourceFile } from './source.js';

/** Marks the workerData of a lint worker. */
export const LINT_WORKER_MARK = 'lofp-lint/lint-worker/v2';

export interface LintWorkerData {
  mark: typeof LINT_WORKER_MARK;
  context: FileLintContext;
}

/** The one message a worker receives: what to lint. */
export interface StartRequest {
  /** The discovered files, packed (see packFiles). */
  files: string;
  /** One Int32: the next range to claim, shared by every thread of the run. */
  next: SharedArrayBuffer;
}

/** A linted file as it crosses threads: without its text unless the run keeps texts. */
export type WireEntry = { outcome: DetachedOutcome; file: SourceFile } | Skip;

export type WorkerMessage = { chunk: number; entries: WireEntry[] } | { chunk: number; error: string } | { done: true };

function lintRanges(context: FileLintContext, request: StartRequest, post: (message: WorkerMessage) => void): void {
  const files = new PackedFiles(request.files);
  const next = new Int32Array(request.next);
  const chunks = chunkCount(files.length);
  const mayCarryTag = techniquePrefilter(context.techniques);
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    try {
      const entries = lintChunk(files.chunk(chunk), context, mayCarryTag).map((entry): WireEntry =>
        isLinted(entry) ? { outcome: detach(entry.outcome, context.keepText), file: context.keepText ? entry.file : textless(entry.file) } : entry,
      );
      post({ chunk, entries });
    } catch (error) {
      post({ chunk, error: (error as Error)?.stack ?? String(error) });
    }
  }
  post({ done: true });
}

/** Starts the worker side when this thread was started as a lint worker; returns whether it was. */
export function runLintWorkerIfAsked(): boolean {
  const data = workerData as LintWorkerData | null;
  if (isMainThread || !parentPort || data?.mark !== LINT_WORKER_MARK) return false;
  const port = parentPort;
  const { context } = data;
  // `once`: with no listener left the port no longer holds the thread, which ends after its ranges.
  port.once('message', (request: StartRequest) => lintRanges(context, request, (message) => port.postMessage(message)));
  // Before the files come: the catalog's index, which the first rule would build.
  catalogIndexFor(entriesForTechniques(context.catalog, context.techniques));
  return true;
}
