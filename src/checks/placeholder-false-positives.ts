import { isPlaceholder } from '../placeholders.js';
import { hint } from './missing-false-positives.js';
import type { Check } from './types.js';

export const placeholderFalsePositives: Check = {
  meta: {
    id: 'placeholder-false-positives',
    description: 'The rule documents false positives only with placeholders such as "Unknown" or "None", or with a field of the wrong type.',
    defaultSeverity: 'error',
  },
  run({ detection, analysis, fix }) {
    const sections = detection.falsePositives;
    if (sections.length === 0) return [];
    const items = sections.length === 1 ? sections[0]!.items : sections.flatMap((s) => s.items);
    const malformed = sections.find((s) => s.problem);
    if (!malformed && !items.every((item) => isPlaceholder(item.text))) return [];
    const section = malformed ?? sections[0]!;
    const what =
      section.problem ??
      (items.length
        ? `\`${section.key}\` holds only placeholders: ${items.map((i) => `"${i.text}"`).join(', ')}`
        : `\`${section.key}\` is empty`);
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
