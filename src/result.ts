import type { Detection } from './detection.js';
import type { Finding } from './finding.js';
import type { RuleAnalysis } from './match/types.js';

/** A file or rule left out of the run, and why (shown as a note, counted in the summary). */
export interface Skip {
  path: string;
  reason: string;
}

/** A `lofp-lint-disable` comment that cannot do what it says (an unknown check id). */
export interface DirectiveWarning {
  path: string;
  line: number;
  message: string;
}

/** A finding silenced by a `lofp-lint-disable` comment in the rule file. */
export interface Suppression {
  check: string;
  path: string;
  line: number;
  ruleId: string | null;
}

export interface LintSummary {
  files: number;
  detections: number;
  skipped: number;
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
}

/** What one run concluded; every reporter is a pure function of it. */
export interface LintResult {
  tool: { name: 'lofp-lint'; version: string };
  techniques: string[];
  /** Selected detections (tagged with one of `techniques`), in path order. */
  detections: Detection[];
  /** The matcher's conclusions for each detection, same order as `detections`. */
  analyses: RuleAnalysis[];
  /** Findings, sorted by path, line, column, check. */
  findings: Finding[];
  skipped: Skip[];
  /** Given paths and --include patterns that selected no rule file (the CLI refuses them). */
  unmatched?: string[];
  /** Disable comments naming unknown checks (the CLI prints them as warnings). */
  directiveWarnings?: DirectiveWarning[];
  suppressed: Suppression[];
  summary: LintSummary;
  /** How the run was carried out (not part of any report). */
  threads?: ThreadStats;
}

export interface ThreadStats {
  /** Threads that linted candidate files, the main one included. */
  threads: number;
  /** Candidate files read and linted (parsed, matched, checked). */
  candidates: number;
  /** Of them, linted by worker threads. */
  inWorkers: number;
  /** Discovered files that worker threads read (and linted, or handed to the main thread). */
  readInWorkers: number;
  /** Candidate files that worker threads read and handed to the main thread to lint. */
  handedOver: number;
  /** Milliseconds spent finding the files, then reading and linting them (`--verbose` prints them). */
  discoveryMs: number;
  lintMs: number;
}
