import type { CatalogEntry } from '../catalog/types.js';
import type { Detection } from '../detection.js';
import type { Fix } from '../fix/edits.js';
import type { SeveritySetting } from '../finding.js';
import type { RuleAnalysis, Suggestion } from '../match/types.js';

export interface CheckMeta {
  /** kebab-case id, used in config, suppressions, SARIF and docs/checks/<id>.md. */
  id: string;
  /** One line, used in `--help`, SARIF shortDescription and docs. */
  description: string;
  defaultSeverity: SeveritySetting;
}

/** What a check sees for one selected detection. */
export interface CheckContext {
  detection: Detection;
  /** Catalog entries of the detection's selected techniques. */
  entries: readonly CatalogEntry[];
  /** Relevance and coverage of those entries, computed once per detection. */
  analysis: RuleAnalysis;
  /** The fix that inserts the suggestions the run is configured to insert, if any. */
  fix: Fix | null;
}

/** A finding as a check reports it; the engine adds check id, severity, path and fingerprint. */
export interface CheckReport {
  line: number;
  column: number;
  endLine: number;
  endColumn?: number;
  message: string;
  /** Distinguishes several reports of one check on one rule (entry id, item text). */
  subject?: string;
  suggestions?: Suggestion[];
  fix?: Fix;
  /** One step below the configured severity (medium-confidence entries are notes by default). */
  demote?: boolean;
}

export interface Check {
  meta: CheckMeta;
  run(context: CheckContext): CheckReport[];
}
