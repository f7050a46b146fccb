/**
 * V8 is told to optimize later, for the first second only, when the run's own threads take every
 * core (src/jit-budget.ts); once per process, only on the V8 whose default budget is known, and
 * V8's own budget comes back at once when the lint ends (the compile cache is made at exit, and
 * V8 refuses code cached under other flags).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TuningHost } from '../../src/jit-budget.js';

/** The module afresh: its once-per-process state starts over in each test. */
let budget: typeof import('../../src/jit-budget.js');
beforeEach(async () => {
  vi.resetModules();
  budget = await import('../../src/jit-budget.js');
});

function host(cores: number, v8Version: string) {
  const flags: string[] = [];
  const pending: { task: () => void; ms: number }[] = [];
  const h: TuningHost = { cores, v8Version, setFlags: (f) => void flags.push(f), later: (task, ms) => void pending.push({ task, ms }) };
  return { h, flags, pending };
}

describe('tuneOptimizingCompiler', () => {
  it('leaves V8 alone while a core is left to its optimizing compiler, or on a V8 not measured', () => {
    for (const [threads, cores, version] of [[1, 2, '11.3.244.8-node.33'], [3, 4, '11.3.244.8-node.33'], [2, 2, '12.4.254.21-node.33']] as const) {
      const { h, flags, pending } = host(cores, version);
      expect(budget.tuneOptimizingCompiler(threads, h)).toBe(false);
      budget.restoreOptimizingCompiler();
      expect(flags).toEqual([]);
      expect(pending).toEqual([]);
    }
  });

  it('raises the budget when the threads take every core, puts V8s own back after a second, and does it once', () => {
    const { h, flags, pending } = host(2, '11.3.244.8-node.33');
    expect(budget.tuneOptimizingCompiler(2, h)).toBe(true);
    expect(flags).toEqual(['--interrupt-budget=1200000']);
    expect(pending.map((p) => p.ms)).toEqual([budget.EARLY_MS]);
    pending[0]!.task();
    expect(flags).toEqual(['--interrupt-budget=1200000', '--interrupt-budget=67584']);
    budget.restoreOptimizingCompiler();
    expect(budget.tuneOptimizingCompiler(4, h)).toBe(false);
    expect(flags).toHaveLength(2);
  });

  it('puts V8s own budget back when told to, before the second is over, and only once', () => {
    const { h, flags, pending } = host(2, '11.3.244.8-node.33');
    expect(budget.tuneOptimizingCompiler(2, h)).toBe(true);
    budget.restoreOptimizingCompiler();
    expect(flags).toEqual(['--interrupt-budget=1200000', '--interrupt-budget=67584']);
    pending[0]!.task();
    budget.restoreOptimizingCompiler();
    expect(flags).toEqual(['--interrupt-budget=1200000', '--interrupt-budget=67584']);
  });
});
