/**
 * The matcher's index of the built-in catalog is stored at build time (src/match/index-data.ts,
 * src/match/builtin-index.generated.ts): a run that selects those entries must get the index
 * it would have built, and the stored one must be current.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinEntries, loadCatalog } from '../../src/catalog/load.js';
import type { CatalogEntry } from '../../src/catalog/types.js';
import { entriesForTechniques } from '../../src/lint-file.js';
import { catalogIndexFor } from '../../src/match/analyze.js';
import { BUILTIN_INDEXES } from '../../src/match/builtin-index.generated.js';
import { entriesFingerprint, indexData, indexFromData, storedIndex } from '../../src/match/index-data.js';
import { buildCatalogIndex, type CatalogIndex } from '../../src/match/relevance.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const t1530 = () => entriesForTechniques({ entries: loadBuiltinEntries() }, ['T1530']);

/** The index with its IDF table as data (the table's `weight` is a closure, compared by what it answers). */
function comparable(index: CatalogIndex) {
  const { idf, ...rest } = index;
  return { ...rest, idf: { documents: idf.documents, weights: idf.weights, unknown: idf.weight('no-such-word'), trail: idf.weight('trail') } };
}

describe('the stored index of the built-in catalog', () => {
  it('is current: one per technique of the built-in entries, the index the matcher builds of them now', () => {
    const entries = loadBuiltinEntries();
    const techniques = [...new Set(entries.map((e) => e.technique))].sort();
    expect(BUILTIN_INDEXES.map((s) => s.fingerprint)).toEqual(techniques.map((t) => entriesFingerprint(entriesForTechniques({ entries }, [t]))));
    for (const [i, technique] of techniques.entries()) {
      const selected = entriesForTechniques({ entries }, [technique]);
      expect(JSON.parse(BUILTIN_INDEXES[i]!.json)).toEqual(JSON.parse(JSON.stringify(indexData(buildCatalogIndex(selected)))));
    }
  });

  it('is what a run on T1530 gets, equal to the index built of the entries', () => {
    const entries = t1530();
    expect(entries.length).toBeGreaterThan(20);
    const stored = storedIndex(BUILTIN_INDEXES, entries);
    expect(stored).toBeDefined();
    expect(comparable(stored!)).toEqual(comparable(buildCatalogIndex(entries)));
    // Each indexed entry is the run's own entry object.
    expect(stored!.entries.every((e, i) => e.entry === entries[i] && e.position === i)).toBe(true);
    expect(comparable(catalogIndexFor([...entries]))).toEqual(comparable(buildCatalogIndex(entries)));
  });

  it("is found for a worker's copy of the catalog, whose entries are other objects", () => {
    const copy = structuredClone(t1530());
    const stored = storedIndex(BUILTIN_INDEXES, copy);
    expect(stored?.entries.map((e) => e.entry)).toEqual(copy);
    expect(stored!.entries[0]!.entry).toBe(copy[0]);
  });

  it('is not used for any other selection: a changed text, an entry less, a user catalog', () => {
    const entries = t1530();
    const changed: CatalogEntry[] = entries.map((e, i) => (i === 3 ? { ...e, text: `${e.text} More.` } : e));
    expect(storedIndex(BUILTIN_INDEXES, changed)).toBeUndefined();
    expect(storedIndex(BUILTIN_INDEXES, entries.slice(1))).toBeUndefined();
    const withTeam = entriesForTechniques(loadCatalog({ cwd: ROOT, files: ['test/fixtures/catalog/valid/team.yml'] }), ['T1530']);
    expect(withTeam.length).toBeGreaterThan(entries.length);
    expect(storedIndex(BUILTIN_INDEXES, withTeam)).toBeUndefined();
    // The index a run then builds is still the matcher's.
    expect(comparable(catalogIndexFor(changed))).toEqual(comparable(buildCatalogIndex(changed)));
  });
});

describe('index data', () => {
  it('gives back the index it was made from, through JSON, for a catalog with user entries', () => {
    const entries = entriesForTechniques(loadCatalog({ cwd: ROOT, files: ['test/fixtures/catalog/valid/team.yml'] }), ['T1530']);
    const built = buildCatalogIndex(entries);
    const data = JSON.parse(JSON.stringify(indexData(built)));
    expect(comparable(indexFromData(data, entries))).toEqual(comparable(built));
  });
});
