/**
 * How soon V8 optimizes hot functions, at the start of a run. V8 compiles optimized code on
 * background threads, which a run that keeps every core busy with its own threads (the main one
 * and the lint workers) must share with them. By default V8 considers optimizing a function
 * after little work (an "interrupt budget" of 66 KB of bytecode run on Node 20), so the first
 * second of a run, when everything is new, spends much of its CPU time optimizing functions it
 * will hardly call again. With a larger budget only the functions that really are hot get
 * optimized then.
 *
 * Only for the first second: over a long run the larger budget costs more than it saves (every
 * function that loses its optimized code waits that much longer for new code), so V8's budget
 * comes back after it. Measured on the 2-core development machine, 2 threads, interleaved runs
 * with the other jobs paused: the 9,737-file corpus 1.88x -> 1.49x the read-only baseline (21
 * runs; 600 KB: 1.54x); 300,000 generated files, 1% tagged, 4.21 -> 3.47 s (3 runs); 30% tagged
 * with the larger budget kept to the end: 22.0 -> 28.4 s, CPU 39.5 -> 51.9 s (2 runs), hence
 * the limit. With one thread on 2 cores V8's budget is better (the optimizing compiler then has
 * a core of its own), so the budget changes only when the run's threads take every core; and
 * only on the V8 these figures were measured on (Node 20's), whose default is known.
 *
 * The budget is a V8 flag, and V8 rejects code cached under other flags than its own (the
 * engine's compile cache, src/cli/load-engine.ts, and Node's for its internals): raised while
 * a worker starts, it made every worker compile the whole engine afresh, and a cache written at
 * exit within the first second was refused by every later run. So the caller raises it once its
 * workers have loaded the engine, and puts V8's own back when the lint ends
 * (restoreOptimizingCompiler), before the cache is written.
 */
import os from 'node:os';
import v8 from 'node:v8';

/** Bytes of bytecode a function runs before V8 considers optimizing it, early in a run whose threads take every core. */
export const EARLY_INTERRUPT_BUDGET = 1_200_000;
/** How long the larger budget lasts. */
export const EARLY_MS = 1000;
/** V8's own budget, by V8 major version: the value the budget returns to. */
const V8_INTERRUPT_BUDGET: Readonly<Record<string, number>> = { '11': 66 * 1024 };

export interface TuningHost {
  cores: number;
  v8Version: string;
  setFlags(flags: string): void;
  /** Runs `task` after `ms`, without keeping the process alive for it. */
  later(task: () => void, ms: number): void;
}

const HOST: TuningHost = {
  cores: os.availableParallelism(),
  v8Version: process.versions.v8,
  setFlags: (flags) => v8.setFlagsFromString(flags),
  later: (task, ms) => void setTimeout(task, ms).unref(),
};

let tuned = false;
/** Puts V8's budget back, while the larger one is in force. */
let restore: (() => void) | null = null;

/**
 * Raises V8's interrupt budget for EARLY_MS when `threads` (the run's own: the main one and the
 * workers) take every core; once per process. Workers started meanwhile get it too.
 */
export function tuneOptimizingCompiler(threads: number, host: TuningHost = HOST): boolean {
  const standard = V8_INTERRUPT_BUDGET[host.v8Version.split('.')[0]!];
  if (tuned || standard === undefined || threads < host.cores) return false;
  tuned = true;
  host.setFlags(`--interrupt-budget=${EARLY_INTERRUPT_BUDGET}`);
  restore = () => {
    restore = null;
    host.setFlags(`--interrupt-budget=${standard}`);
  };
  host.later(restoreOptimizingCompiler, EARLY_MS);
  return true;
}

/** Gives V8 its own budget back now, if it does not have it. */
export function restoreOptimizingCompiler(): void {
  restore?.();
}
