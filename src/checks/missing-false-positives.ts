import type { Check } from './types.js';

export const missingFalsePositives: Check = {
  meta: {
    id: 'missing-false-positives',
    description: 'The rule documents no false positives at all.',
    defaultSeverity: 'error',
  },
  run({ detection, analysis, fix }) {
    if (detection.falsePositives.length > 0) return [];
    const span = detection.titleSpan;
    return [
      {
        line: span.line,
        column: 1,
        endLine: span.endLine,
        message: `"${detection.title}" documents no false positives${hint(analysis.suggestions.length)}`,
        suggestions: analysis.suggestions,
        ...(fix ? { fix } : {}),
      },
    ];
  },
};

export function hint(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '; 1 catalog entry applies' : `; ${count} catalog entries apply`;
}
