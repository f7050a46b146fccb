/**
 * The worker-thread side of parallel linting: receives the run's settings once, then batches of
 * candidate files, and answers each batch with the files' outcomes (src/lint-file.ts). The
 * bundles start their own file as the worker: their entry points call `runLintWorkerIfAsked`.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintSource, type FileLintContext } from './lint-file.js';
import { detach, type DetachedOutcome } from './lint-outcome.js';
import type { SourceFile } from './source.js';

/** Marks the workerData of a lint worker. */
export const LINT_WORKER_MARK = 'lofp-lint/lint-worker/v1';

export interface LintWorkerData {
  mark: typeof LINT_WORKER_MARK;
  context: FileLintContext;
}

export interface BatchRequest {
  id: number;
  files: SourceFile[];
}

export type BatchReply = { id: number; outcomes: DetachedOutcome[] } | { id: number; error: string };

/** Runs the worker loop when this thread was started as a lint worker; returns whether it was. */
export function runLintWorkerIfAsked(): boolean {
  const data = workerData as LintWorkerData | null;
  if (isMainThread || !parentPort || data?.mark !== LINT_WORKER_MARK) return false;
  const port = parentPort;
  port.on('message', (request: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = { id: request.id, outcomes: request.files.map((file) => detach(lintSource(file, data.context), data.context.keepText)) };
    } catch (error) {
      reply = { id: request.id, error: (error as Error)?.stack ?? String(error) };
    }
    port.postMessage(reply);
  });
  return true;
}
