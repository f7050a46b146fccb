/**
 * The worker-thread side of parallel linting: receives the run's settings when it starts, waits
 * for the discovered files, then claims ranges of files from the counter it shares with the main
 * thread, reads them and lints the candidates (src/lint-chunk.ts) and posts each range's entries,
 * until no range is left. Until the run has found enough candidates to pay for a second warm-up
 * of the linting code, a worker only reads and prefilters, and posts the candidates' texts for
 * the main thread to lint. The bundles start their own entry as the worker: their entry points
 * call `runLintWorkerIfAsked`.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { techniquePrefilter } from './attack.js';
import { DiscoveredFiles, type PackedDiscoveredFiles } from './discover.js';
import { chunkCount, chunkOf, isLinted, lintChunk } from './lint-chunk.js';
import type { FileLintContext } from './lint-file.js';
import { detach, textless, type DetachedOutcome } from './lint-outcome.js';
import type { Skip } from './result.js';
import type { SourceFile } from './source.js';

/** Marks the workerData of a lint worker. */
export const LINT_WORKER_MARK = 'lofp-lint/lint-worker/v3';

export interface LintWorkerData {
  mark: typeof LINT_WORKER_MARK;
  context: FileLintContext;
}

/** The one message a worker receives: what to lint. */
export interface StartRequest {
  /** The discovered files, packed (see DiscoveredFiles#pack). */
  files: PackedDiscoveredFiles;
  /** SHARED_SLOTS Int32s shared by every thread of the run: see NEXT_RANGE and CANDIDATES_FOUND. */
  shared: SharedArrayBuffer;
  /** Workers lint the candidates they find once the run has found this many (the earlier ones go to the main thread). */
  lintFrom: number;
}

/** Slot of the shared Int32Array: the next range to claim. */
export const NEXT_RANGE = 0;
/** Slot of the shared Int32Array: candidate files found so far by every thread. */
export const CANDIDATES_FOUND = 1;
export const SHARED_SLOTS = 2;

/**
 * A file as it crosses threads: linted, without its text unless the run keeps texts; a
 * candidate for the main thread to lint, with its text; or a skip.
 */
export type WireEntry = { outcome: DetachedOutcome; file: SourceFile } | { file: SourceFile } | Skip;

/** `loaded`: the worker has compiled and run the bundle, and waits for its files. */
export type WorkerMessage = { loaded: true } | { chunk: number; entries: WireEntry[] } | { chunk: number; error: string } | { done: true };

function lintRanges(context: FileLintContext, request: StartRequest, post: (message: WorkerMessage) => void): void {
  const files = DiscoveredFiles.unpack(request.files);
  const shared = new Int32Array(request.shared);
  // Counted as found, whoever lints it: a worker that only read would otherwise run ahead and
  // hand the main thread far more than the first `lintFrom` candidates.
  const lintHere = () => Atomics.add(shared, CANDIDATES_FOUND, 1) >= request.lintFrom;
  const chunks = chunkCount(files.length);
  const mayCarryTag = techniquePrefilter(context.techniques);
  for (let chunk = Atomics.add(shared, NEXT_RANGE, 1); chunk < chunks; chunk = Atomics.add(shared, NEXT_RANGE, 1)) {
    try {
      const entries = lintChunk(chunkOf(files, chunk), context, mayCarryTag, lintHere).map((entry): WireEntry =>
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
  port.postMessage({ loaded: true } satisfies WorkerMessage);
  return true;
}
