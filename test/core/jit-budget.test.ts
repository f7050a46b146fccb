/**
 * V8 is told to optimize later only when the run's own threads take every core (src/jit-budget.ts),
 * and only once.
 */
import { describe, expect, it } from 'vitest';
import { BUSY_CORES_INTERRUPT_BUDGET, tuneOptimizingCompiler } from '../../src/jit-budget.js';

describe('tuneOptimizingCompiler', () => {
  it('leaves V8 alone while a core is left to its optimizing compiler, then raises the budget once', () => {
    const set: string[] = [];
    const record = (flags: string) => void set.push(flags);
    expect(tuneOptimizingCompiler(1, 2, record)).toBe(false);
    expect(tuneOptimizingCompiler(3, 4, record)).toBe(false);
    expect(set).toEqual([]);
    expect(tuneOptimizingCompiler(2, 2, record)).toBe(true);
    expect(set).toEqual(['--interrupt-budget=1200000']);
    expect(tuneOptimizingCompiler(4, 2, record)).toBe(false);
    expect(set).toEqual(['--interrupt-budget=1200000']);
    expect(BUSY_CORES_INTERRUPT_BUDGET).toBeGreaterThan(67_584);
  });
});
