/**
 * Worker threads that lint batches of candidate files next to the main thread. The main thread
 * keeps reading files and lints a batch itself whenever every worker already has enough queued,
 * so both cores stay busy whatever the mix of small and large rules. Outcomes are put back in
 * file order by the caller: the result is the same as a single-threaded run's.
 */
import { Worker } from 'node:worker_threads';
import { lintSource, type FileLintContext, type FileOutcome } from './lint-file.js';
import { attach, compact, textless } from './lint-outcome.js';
import { LINT_WORKER_MARK, type BatchReply, type BatchRequest, type LintWorkerData } from './lint-worker.js';
import type { SourceFile } from './source.js';

/** Batches a worker may hold at once: one being linted, the next ones waiting. */
const MAX_QUEUED_PER_WORKER = 3;

interface Pending {
  files: SourceFile[];
  resolve: (outcomes: FileOutcome[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  broken: boolean;
}

/** Lints a file in the calling thread, keeping of it what a worker's outcome would keep. */
export function lintHere(file: SourceFile, context: FileLintContext): FileOutcome {
  const outcome = lintSource(file, context);
  return context.keepText ? outcome : compact(outcome, file);
}

export class LintPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 0;

  /** `entry`: a script whose entry point calls `runLintWorkerIfAsked` (the running bundle). */
  constructor(entry: URL, size: number, context: FileLintContext) {
    const workerData: LintWorkerData = { mark: LINT_WORKER_MARK, context };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData, stdout: false, stderr: false });
      const state: PoolWorker = { worker, pending: new Map(), broken: false };
      worker.on('message', (reply: BatchReply) => {
        const pending = state.pending.get(reply.id);
        if (!pending) return;
        state.pending.delete(reply.id);
        if ('error' in reply) pending.reject(new Error(`in a lint worker: ${reply.error}`));
        else pending.resolve(reply.outcomes.map((o, i) => attach(o, context.keepText ? pending.files[i]! : textless(pending.files[i]!))));
      });
      // A worker that cannot start or dies leaves its batches to the main thread: same outcome.
      const fail = () => {
        if (state.broken) return;
        state.broken = true;
        for (const pending of state.pending.values()) pending.resolve(pending.files.map((file) => lintHere(file, context)));
        state.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.workers.push(state);
    }
  }

  /** Hands the batch to the least busy worker, or returns null when all have enough queued. */
  trySubmit(files: SourceFile[]): Promise<FileOutcome[]> | null {
    let best: PoolWorker | undefined;
    for (const w of this.workers) {
      if (!w.broken && w.pending.size < MAX_QUEUED_PER_WORKER && (!best || w.pending.size < best.pending.size)) best = w;
    }
    if (!best) return null;
    const target = best;
    const id = this.nextId++;
    return new Promise<FileOutcome[]>((resolve, reject) => {
      target.pending.set(id, { files, resolve, reject });
      const request: BatchRequest = { id, files };
      target.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.broken = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
