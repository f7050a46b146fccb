import { isVagueFalsePositive } from './vague-false-positive.js';
import { quoteShort } from './missing-catalog-entry.js';
import type { CatalogEntry } from '../catalog/types.js';
import type { Check } from './types.js';

/** The techniques of an entry list, named once per list (the engine passes one list per selection). */
const techniqueNames = new WeakMap<readonly CatalogEntry[], string>();

function techniquesOf(entries: readonly CatalogEntry[]): string {
  let names = techniqueNames.get(entries);
  if (names === undefined) techniqueNames.set(entries, (names = [...new Set(entries.map((e) => e.technique))].join(', ')));
  return names;
}

export const uncataloguedFalsePositive: Check = {
  meta: {
    id: 'uncatalogued-false-positive',
    description: 'A documented false positive matches no catalog entry of the technique; it may deserve one.',
    defaultSeverity: 'note',
  },
  run({ detection, entries, analysis }) {
    if (entries.length === 0) return [];
    const unmatched = analysis.items.filter((m) => m.entryId === null);
    if (unmatched.length === 0) return [];
    const techniques = techniquesOf(entries);
    // Only the format's own list: prose guidance in notes or descriptions is advice, not items.
    const listed = new Set(detection.falsePositives.filter((s) => s.source === 'field').flatMap((s) => s.items));
    return unmatched
      .filter((m) => listed.has(m.item) && !isVagueFalsePositive(m.item.text))
      .map((m) => ({
        line: m.item.line,
        column: 1,
        endLine: m.item.endLine,
        message: `False positive "${quoteShort(m.item.text)}" matches no catalog entry of ${techniques}; consider proposing it for the catalog`,
        subject: m.item.text,
      }));
  },
};
