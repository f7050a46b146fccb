import type { Detection, LineSpan } from '../detection.js';
import type { Check } from './types.js';
import { oneLine } from '../one-line.js';

/** Inserts longer than this are cut at a word boundary in messages, which stay one line. */
export const MAX_QUOTED_INSERT = 80;

/** `text` on one line, cut after at most `max` characters at a word boundary, with an ellipsis. */
export function quoteShort(text: string, max = MAX_QUOTED_INSERT): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.]+$/, '')}...`;
}

/** Where a finding about the rule's false positives goes: the format's own field, else any section, else the title. */
export function falsePositiveAnchor(detection: Detection): LineSpan {
  const section = detection.falsePositives.find((s) => s.source === 'field') ?? detection.falsePositives[0];
  return section ? { line: section.line, endLine: section.endLine } : detection.titleSpan;
}

export const missingCatalogEntry: Check = {
  meta: {
    id: 'missing-catalog-entry',
    description: 'A catalog entry applies to the rule, but its documented false positives do not cover it.',
    defaultSeverity: 'warning',
  },
  run({ detection, analysis, fix }) {
    const at = falsePositiveAnchor(detection);
    return analysis.suggestions.map((suggestion) => {
      // The reason's first clause says what in the rule matched ("query matches eventName CreateTrail").
      const why = suggestion.reason.split(';')[0]!.trim();
      return {
        line: at.line,
        column: 1,
        endLine: at.endLine,
        message: `Missing false positive "${quoteShort(suggestion.insert)}" (${suggestion.id}): ${why}`,
        subject: suggestion.id,
        suggestions: [suggestion],
        ...(fix ? { fix } : {}),
        ...(suggestion.confidence === 'medium' ? { demote: true } : {}),
      };
    });
  },
};
