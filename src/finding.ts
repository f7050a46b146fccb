import type { Fix } from './fix/edits.js';
import type { Suggestion } from './match/types.js';

export type Severity = 'error' | 'warning' | 'note';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, note: 1 };

/** One neutral finding; every output (terminal, JSON, SARIF, annotations, reviews) derives from it. */
export interface Finding {
  check: string;
  severity: Severity;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn?: number;
  message: string;
  /** Catalog entries proposed for the rule, most relevant first. */
  suggestions: Suggestion[];
  /** Suggestions left out of `suggestions` by the per-finding cap (absent when none were). */
  omittedSuggestions?: number;
  /** The edits that resolve the finding, when it can be fixed automatically. */
  fix?: Fix;
  /** The detection's id (rule id) when the finding concerns a detection. */
  ruleId?: string | null;
  /** Stable across line moves: check, path, rule and subject (entry id or item text). */
  fingerprint: string;
}
