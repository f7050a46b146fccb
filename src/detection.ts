/**
 * The normalized Detection every format module produces and everything downstream consumes.
 * Positions are 1-based and inclusive; nothing here knows a format's field names except as data.
 */
import type { SourceFile } from './source.js';

export type FormatId = 'sigma' | 'elastic' | 'splunk' | 'sentinel' | 'panther' | 'chronicle';

export interface LineSpan {
  line: number;
  endLine: number;
}

export interface FalsePositiveItem extends LineSpan {
  /** Clean text: trimmed, dedented, folded scalars joined with single spaces. */
  text: string;
}

/** Where the rule documents its false positives, as the format defines it. */
export type FalsePositiveSource = 'field' | 'note' | 'description';

export interface FalsePositiveSection extends LineSpan {
  source: FalsePositiveSource;
  /** The key or heading that holds it: `falsepositives`, `false_positives`, `note`, `Runbook`... */
  key: string;
  items: FalsePositiveItem[];
  /**
   * Set when the field exists but has the wrong shape (a number, a map, a list of maps):
   * a sentence saying what was found and what is expected. `items` holds what could be salvaged.
   */
  problem?: string;
}

/** One ATT&CK reference as written in the rule, with its position. */
export interface TechniqueTag extends LineSpan {
  /** Exactly as written (`attack.t1530`, `TA0009:T1530`, `Data from Cloud Storage`). */
  raw: string;
  /** Normalized technique id (`T1530`, `T1078.004`), or null when the tag names no technique. */
  technique: string | null;
  /** Column of `raw` on `line`, 1-based. */
  column: number;
  /**
   * Set by the format when the tag sits where its tooling will not read it (a misspelt key):
   * what is wrong and what to write instead. The rule is still linted under the technique.
   */
  problem?: string;
}

export interface Detection {
  format: FormatId;
  /** Relative POSIX path of the file. */
  path: string;
  /** Index of the YAML document in a multi-document file, 0 otherwise. */
  document: number;
  /** The rule's own id (UUID, rule_id, RuleID, rule name), or null when it has none. */
  id: string | null;
  title: string;
  /** Span of the title key (or the `rule <name>` line for YARA-L). */
  titleSpan: LineSpan;
  description: string;
  /** Normalized technique ids, upper case, sub-techniques kept, in order of appearance, unique. */
  techniques: string[];
  techniqueTags: TechniqueTag[];
  /** Tactic ids or names as the rule gives them. */
  tactics: string[];
  /** The query text (Sigma: the detection block serialized as YAML). */
  query: string;
  /**
   * Data-source hints as strings, lower case: Sigma `product:aws`, `service:cloudtrail`;
   * Elastic indices, integrations and `Data Source:` tags; Splunk data sources; Sentinel
   * connectors and tables; Panther LogTypes.
   */
  dataSources: string[];
  /** Lower-cased status/maturity, or null. */
  status: string | null;
  deprecated: boolean;
  /**
   * Set when the rule evaluates resource configuration (Panther policies over resource
   * snapshots, CSPM-style checks) rather than events: catalog entries about activity by actors
   * never apply to it.
   */
  evaluates?: 'resources';
  /** Sections that document false positives, the format's own field first. Empty: none at all. */
  falsePositives: FalsePositiveSection[];
  /** Check ids disabled for this rule by a `lofp-lint-disable` comment in the file. */
  disabledChecks: string[];
  /** Lines of the document in the file (for multi-document files). */
  span: LineSpan;
  /** The file the detection came from; fixes patch its text in place. */
  source: SourceFile;
}

/** A file that could not be parsed, or a document in it that is broken. */
export interface ParseProblem {
  path: string;
  line: number;
  column: number;
  message: string;
}

export interface ParseResult {
  detections: Detection[];
  problems: ParseProblem[];
}
