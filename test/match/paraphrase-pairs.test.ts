/**
 * The labelled paraphrase pairs of eval/pairs/paraphrases.tsv (written for this project): an item
 * in a rule author's words and a shipped entry, with whether the item documents the entry. Half
 * are negatives from the same service (another actor, action or sibling operation) or the same
 * actor on another platform. `npm run eval` lists every disagreement; this test holds the floor.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import { catalogIndexFor, entriesCoveredBy } from '../../src/match/analyze.js';

interface Pair {
  entry: string;
  covers: boolean;
  kind: 'paraphrase' | 'same-service' | 'cross-platform';
  item: string;
}

const PAIRS: Pair[] = readFileSync(new URL('../../eval/pairs/paraphrases.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const [entry, covers, kind, item] = l.split('\t') as [string, string, Pair['kind'], string];
    return { entry, covers: covers === 'yes', kind, item };
  });

describe('labelled paraphrase pairs', () => {
  const entries = loadBuiltinEntries();
  const index = catalogIndexFor(entries);
  const decided = PAIRS.map((p) => ({ ...p, covered: entriesCoveredBy(p.item, index).includes(p.entry) }));

  it('hold at least 120 pairs over every entry, half of them negatives', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(PAIRS.map((p) => p.entry))).toEqual(new Set(entries.map((e) => e.id)));
    expect(PAIRS.filter((p) => !p.covers).length * 2).toBeGreaterThanOrEqual(PAIRS.length);
  });

  it('never lets an item about another platform cover an entry', () => {
    expect(decided.filter((p) => p.kind === 'cross-platform' && p.covered).map((p) => p.item)).toEqual([]);
  });

  it('covers with at least 90% precision and 85% recall', () => {
    const positives = decided.filter((p) => p.covers);
    const covered = decided.filter((p) => p.covered);
    const right = covered.filter((p) => p.covers).length;
    expect(right / covered.length).toBeGreaterThanOrEqual(0.9);
    expect(right / positives.length).toBeGreaterThanOrEqual(0.85);
  });
});
