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
  return `${withoutTrailingPunctuation(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max))}...`;
}

/** `text.replace(/[\s,;:.]+$/, '')`, without a regex that tries every position of the text. */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

const TRAILING_PUNCTUATION = /[\s,;:.]/;

/** A catalog entry's insert quoted for messages: worked out once per entry text, not per rule. */
const quotedInserts = new Map<string, string>();

function quotedInsert(insert: string): string {
  let quoted = quotedInserts.get(insert);
  if (quoted === undefined) quotedInserts.set(insert, (quoted = quoteShort(insert)));
  return quoted;
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
      const semicolon = suggestion.reason.indexOf(';');
      const why = (semicolon === -1 ? suggestion.reason : suggestion.reason.slice(0, semicolon)).trim();
      return {
        line: at.line,
        column: 1,
        endLine: at.endLine,
        message: `Missing false positive "${quotedInsert(suggestion.insert)}" (${suggestion.id}): ${why}`,
        subject: suggestion.id,
        suggestions: [suggestion],
        ...(fix ? { fix } : {}),
        ...(suggestion.confidence === 'medium' ? { demote: true } : {}),
      };
    });
  },
};
