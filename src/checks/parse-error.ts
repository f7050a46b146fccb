import type { CheckMeta } from './types.js';

/** Reported by the engine for files a parser rejects; there is no detection to run it on. */
export const parseError: { meta: CheckMeta } = {
  meta: {
    id: 'parse-error',
    description: 'The rule file cannot be parsed, so its false positives cannot be checked.',
    defaultSeverity: 'error',
  },
};
