/**
 * Bundled by scripts/eval.mjs on the fly (ncc): the matcher's coverage decision for labelled
 * (item, entry) pairs, with the shipped catalog, exactly as a lint run makes it.
 */
import { loadBuiltinEntries } from '../src/catalog/load.js';
import { catalogIndexFor, entriesCoveredBy } from '../src/match/analyze.js';

export function coverDecisions(pairs: readonly { entryId: string; item: string }[]): boolean[] {
  const entries = loadBuiltinEntries();
  const index = catalogIndexFor(entries);
  return pairs.map((p) => {
    if (!entries.some((e) => e.id === p.entryId)) throw new Error(`unknown entry ${p.entryId}`);
    return entriesCoveredBy(p.item, index).includes(p.entryId);
  });
}
