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

/**
 * A worker's young generation: 24 MB instead of V8's 48 (two 8 MB semi-spaces instead of two of
 * 16). A worker's outcomes are small and short-lived, so the smaller nursery promotes little more,
 * and the process peaks lower (300,000 files, 30% tagged, --jobs 2: 352 instead of 367 MiB, CPU
 * not higher; 12 MB promoted so much more that the old generation grew by more than it saved).
 * Only the young generation is bounded: the old one grows as V8 lets it, so no run can die of it.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 } as const;

export class LintPool {
  private readonly workers: Worker[] = [];
  private running: number;
  /** Workers that have neither loaded the bundle nor ended. */
  private loading: number;
  /** Workers that said they loaded the bundle (some may have ended since). */
  private loaded = 0;
  private onLoaded: ((loaded: number) => void) | null = null;
  private letGo = false;
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
    this.loading = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData, stdout: false, stderr: false, resourceLimits: WORKER_LIMITS });
      let ended = false;
      let settledLoading = false;
      const load = (didLoad: boolean) => {
        if (settledLoading) return;
        settledLoading = true;
        if (didLoad) this.loaded++;
        if (--this.loading === 0) this.loadedAll();
      };
      // A worker that cannot start or dies leaves the ranges it claimed unanswered: the main
      // thread lints every range still missing at the end, so the outcome is the same.
      const end = () => {
        load(false);
        if (ended) return;
        ended = true;
        if (--this.running === 0) this.settled();
      };
      worker.on('message', (message: WorkerMessage) => {
        if ('loaded' in message) return load(true);
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
   * Runs `task` once every worker has loaded the bundle or ended (at once if they all have),
   * unless the pool is closed or let go first; `loaded`: how many said they loaded (a worker
   * that died before is not among them).
   */
  whenLoaded(task: (loaded: number) => void): void {
    if (this.loading === 0) task(this.loaded);
    else this.onLoaded = task;
  }

  private loadedAll(): void {
    const task = this.onLoaded;
    this.onLoaded = null;
    if (task && !this.letGo) task(this.loaded);
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
    this.letGo = true;
    for (const worker of this.workers) {
      worker.unref();
      void worker.terminate();
    }
  }

  async close(): Promise<void> {
    this.letGo = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
