import { isPlaceholder } from '../placeholders.js';
import { hint } from './missing-false-positives.js';
import type { Check } from './types.js';

export const placeholderFalsePositives: Check = {
  meta: {
    id: 'placeholder-false-positives',
    description: 'The rule documents false positives only with placeholders such as "Unknown" or "None".',
    defaultSeverity: 'error',
  },
  run({ detection, analysis, fix }) {
    const sections = detection.falsePositives;
    if (sections.length === 0) return [];
    const items = sections.flatMap((s) => s.items);
    if (!items.every((item) => isPlaceholder(item.text))) return [];
    const section = sections[0]!;
    const quoted = items.length ? items.map((i) => `"${i.text}"`).join(', ') : 'nothing';
    const what = section.problem ?? `\`${section.key}\` holds only ${items.length ? 'placeholders' : 'an empty value'}: ${quoted}`;
    return [
      {
        line: section.line,
        column: 1,
        endLine: section.endLine,
        message: `${what}; document who or what triggers the rule benignly${hint(analysis.suggestions.length)}`,
        suggestions: analysis.suggestions,
        ...(fix ? { fix } : {}),
      },
    ];
  },
};
