/**
 * Worker threads that read and lint ranges of the discovered files next to the main thread
 * (see lint-chunk.ts and lint-worker.ts). Every thread claims the next range from one shared
 * counter, so the threads stay busy whatever the mix of unrelated files and large rules; the
 * caller puts the ranges back in file order, so the result is the same as a single-threaded run's.
 *
 * Workers get the run's settings when they start, so that loading the bundle overlaps the main
 * thread's work; the files follow.
 */
import { Worker } from 'node:worker_threads';
import type { ChunkEntry } from './lint-chunk.js';
import type { DiscoveredFiles } from './discover.js';
import type { FileLintContext } from './lint-file.js';
import { attach } from './lint-outcome.js';
import { LINT_WORKER_MARK, type LintWorkerData, type StartRequest, type WorkerMessage } from './lint-worker.js';

export class LintPool {
  private readonly workers: Worker[] = [];
  private running: number;
  private settled!: () => void;
  private onChunk: ((chunk: number, entries: ChunkEntry[]) => void) | null = null;
  /** Resolves when every worker has claimed its last range or died. */
  readonly finished = new Promise<void>((resolve) => {
    this.settled = resolve;
  });
  /** A range a worker could not lint: the error the run ends with. */
  failure: Error | null = null;

  /** `entry`: a script whose entry point calls `runLintWorkerIfAsked` (the running bundle). */
  constructor(
    entry: URL,
    readonly size: number,
    context: FileLintContext,
  ) {
    const workerData: LintWorkerData = { mark: LINT_WORKER_MARK, context };
    this.running = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData, stdout: false, stderr: false });
      let ended = false;
      // A worker that cannot start or dies leaves the ranges it claimed unanswered: the main
      // thread lints every range still missing at the end, so the outcome is the same.
      const end = () => {
        if (ended) return;
        ended = true;
        if (--this.running === 0) this.settled();
      };
      worker.on('message', (message: WorkerMessage) => {
        if ('done' in message) return end();
        if ('error' in message) {
          this.failure ??= new Error(`in a lint worker: ${message.error}`);
          return;
        }
        this.onChunk?.(
          message.chunk,
          message.entries.map((entry) => ('outcome' in entry ? { file: entry.file, outcome: attach(entry.outcome, entry.file) } : entry)),
        );
      });
      worker.on('error', end);
      worker.on('exit', end);
      this.workers.push(worker);
    }
  }

  /**
   * Gives the workers the run's files; `shared` holds the counters of ranges and candidates found
   * (lint-worker.ts); workers lint from the `lintFrom`th candidate found on. `onChunk` receives
   * each range a worker read, with its outcomes back on their files.
   */
  start(files: DiscoveredFiles, shared: SharedArrayBuffer, lintFrom: number, onChunk: (chunk: number, entries: ChunkEntry[]) => void): void {
    this.onChunk = onChunk;
    const request: StartRequest = { files: files.pack(), shared, lintFrom };
    for (const worker of this.workers) worker.postMessage(request);
  }

  /** Lets the workers go without waiting for them: a pool started early that the run turned out not to need. */
  release(): void {
    for (const worker of this.workers) {
      worker.unref();
      void worker.terminate();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
