/**
 * How soon V8 optimizes hot functions. V8 compiles optimized code on background threads, which a
 * run that keeps every core busy with its own threads (the main one and the lint workers) must
 * share with them. By default V8 starts optimizing a function after little work (an "interrupt
 * budget" of 66 KB of bytecode run), so a short run spends much of its CPU time optimizing
 * functions it will hardly call again. With a larger budget only the functions that really are
 * hot get optimized; long runs lose nothing measurable, since their hot functions reach any
 * budget in a fraction of a second.
 *
 * Measured on the 2-core development machine, 2 threads, 21 interleaved runs with the other
 * jobs paused: the 9,737-file corpus 1.88x the read-only baseline with V8's budget, 1.54x with
 * 600 KB, 1.49x with 1.2 MB (2.4 MB and 5 MB: 1.70x, 1.71x in another series, against 1.65x for
 * 1.2 MB). With one thread on 2 cores V8's budget is better (the optimizing compiler then has a
 * core of its own: 2.12x with 1.2 MB), so the budget changes only when the run's threads take
 * every core.
 */
import os from 'node:os';
import v8 from 'node:v8';

/** Bytes of bytecode a function runs before V8 considers optimizing it, when the run's threads take every core. */
export const BUSY_CORES_INTERRUPT_BUDGET = 1_200_000;

let raised = false;

/**
 * Raises V8's interrupt budget, once, when `threads` (the run's own: the main one and the
 * workers) take every one of `cores`. Workers started afterwards get it too.
 */
export function tuneOptimizingCompiler(
  threads: number,
  cores: number = os.availableParallelism(),
  setFlags: (flags: string) => void = v8.setFlagsFromString,
): boolean {
  if (raised || threads < cores) return false;
  raised = true;
  setFlags(`--interrupt-budget=${BUSY_CORES_INTERRUPT_BUDGET}`);
  return true;
}
