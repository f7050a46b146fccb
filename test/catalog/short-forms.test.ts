/**
 * The one-line forms a fix writes into Sigma and YARA-L rules: short, and recognised as covering
 * their own entry, so that a fixed rule is complete on the next run.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import { catalogIndexFor, entriesCoveredBy } from '../../src/match/analyze.js';

describe('the shipped entries, in their short and full forms', () => {
  const entries = loadBuiltinEntries();
  const index = catalogIndexFor(entries);

  it.each(entries.map((e) => [e.id, e] as const))('%s: short form is one line of at most 100 characters', (_id, e) => {
    expect(e.short).not.toBe(e.insert);
    expect(e.short.length).toBeLessThanOrEqual(100);
    expect(e.short).not.toMatch(/\n/);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: its short form and its insert cover it', (_id, e) => {
    expect(entriesCoveredBy(e.short, index)).toContain(e.id);
    expect(entriesCoveredBy(e.insert, index)).toContain(e.id);
  });
});
