import type { FormatId, TechniqueTag } from '../detection.js';
import type { Check } from './types.js';

const TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/;
const TACTIC_ID = /^TA\d{4}$/;
/** A technique id in any case, as tags write it. */
const ANY_TECHNIQUE = /t\d{4}(?:\.\d{3})?/i;

/** What is wrong with a tag for its format's tooling, and what to write instead; null when it is fine. */
export function tagProblem(format: FormatId, raw: string): string | null {
  if (raw !== raw.trim()) return `has surrounding spaces; write "${raw.trim()}"`;
  switch (format) {
    case 'sigma': {
      // pySigma and SigmaHQ's validators read `attack.` tags in lower case only.
      const m = /^attack\.(t\d{4}(?:\.\d{3})?)$/i.exec(raw);
      if (m) return raw === raw.toLowerCase() ? null : `is not lower case; Sigma tags are "${raw.toLowerCase()}"`;
      const id = ANY_TECHNIQUE.exec(raw);
      return id ? `is not an ATT&CK tag Sigma reads; write "attack.${id[0].toLowerCase()}"` : null;
    }
    case 'panther': {
      const m = /^([^:]*):(.*)$/.exec(raw);
      if (!m) {
        return ANY_TECHNIQUE.test(raw) ? `is not "TACTIC:TECHNIQUE"; write the tactic id first, such as "TA0009:${raw.toUpperCase()}"` : null;
      }
      const [, tactic, technique] = m as unknown as [string, string, string];
      if (!TACTIC_ID.test(tactic)) {
        // `TA009` and `TA003` lost a zero: pad the digits back to four.
        const digits = /^ta(\d{1,4})$/i.exec(tactic);
        const expected = digits ? `; write "TA${digits[1]!.padStart(4, '0')}:${technique.toUpperCase()}"` : ', such as "TA0009"';
        return `has tactic "${tactic}", which is not TA and 4 digits${expected}`;
      }
      if (!TECHNIQUE_ID.test(technique)) {
        return ANY_TECHNIQUE.test(technique) && TECHNIQUE_ID.test(technique.toUpperCase())
          ? `has a lower-case technique id; write "${tactic}:${technique.toUpperCase()}"`
          : null;
      }
      return null;
    }
    default: {
      // Splunk, Sentinel, Elastic and Chronicle tooling match technique ids in upper case.
      const id = ANY_TECHNIQUE.exec(raw);
      if (!id || id[0] === id[0].toUpperCase()) return null;
      return `has a lower-case technique id; write "${raw.replace(id[0], id[0].toUpperCase())}"`;
    }
  }
}

export const malformedTechniqueTag: Check = {
  meta: {
    id: 'malformed-technique-tag',
    description: "An ATT&CK tag is written in a way the format's own tooling would reject or misread.",
    defaultSeverity: 'warning',
  },
  run({ detection }) {
    return detection.techniqueTags.flatMap((tag: TechniqueTag) => {
      const problem = tag.problem ?? tagProblem(detection.format, tag.raw);
      if (!problem) return [];
      return [
        {
          line: tag.line,
          column: tag.column,
          endLine: tag.endLine,
          endColumn: tag.column + tag.raw.length,
          message: `Technique tag "${tag.raw}" ${problem}`,
          subject: tag.raw,
        },
      ];
    });
  },
};
