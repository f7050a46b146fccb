import { isVagueFalsePositive } from '../match/similarity.js';
import { isPlaceholder } from '../placeholders.js';
import { falsePositiveAnchor, quoteShort } from './missing-catalog-entry.js';
import type { Check } from './types.js';

export { isVagueFalsePositive };

export const vagueFalsePositive: Check = {
  meta: {
    id: 'vague-false-positive',
    description: 'The rule documents only generic false positives ("Legitimate activity") that name no actor, tool or operation.',
    defaultSeverity: 'warning',
  },
  run({ detection, analysis, fix }) {
    const sections = detection.falsePositives;
    const items = (sections.length === 1 ? sections[0]!.items : sections.flatMap((s) => s.items)).filter((i) => !isPlaceholder(i.text));
    if (items.length === 0 || !items.every((i) => isVagueFalsePositive(i.text))) return [];
    const at = falsePositiveAnchor(detection);
    const quoted = items.map((i) => `"${quoteShort(i.text, 40)}"`).join(', ');
    return [
      {
        line: at.line,
        column: 1,
        endLine: at.endLine,
        message: `False positives are only generic (${quoted}); name who or what triggers the rule benignly: an actor, a tool or an operation`,
        suggestions: analysis.suggestions,
        ...(fix ? { fix } : {}),
      },
    ];
  },
};
