/**
 * Which findings a pull request reports, by reviewdog's filter modes
 * (reviewdog `filter/mode.go`, `filter/diff_filter.go`):
 * - `added`: findings on lines the pull request adds or modifies;
 * - `diff_context`: findings on lines shown in the diff hunks (added or context lines);
 * - `file`: findings in files the pull request changes;
 * - `nofilter`: every finding.
 * reviewdog looks at a finding's first line; a lofp-lint finding often spans a block (the
 * false-positive list), so here it qualifies when ANY of its lines does. A finding about the whole
 * rule (its false-positive documentation as a whole) qualifies when any line of the rule does:
 * editing only a rule's query changes which catalog entries apply, and an `Unknown` list that was
 * never touched is still what the pull request ships.
 */
import type { LineSpan } from '../detection.js';
import type { Finding } from '../finding.js';
import type { FileDiff, PullRequestDiff } from './diff.js';

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;

/** Checks whose findings are about the rule as a whole, wherever they are anchored. */
export const RULE_LEVEL_CHECKS: ReadonlySet<string> = new Set([
  'missing-false-positives',
  'placeholder-false-positives',
  'vague-false-positive',
  'missing-catalog-entry',
]);

/** The line spans of the rules (detections) in each file, by path. */
export type RuleSpans = ReadonlyMap<string, readonly LineSpan[]>;
export type FilterMode = (typeof FILTER_MODES)[number];

export interface FilteredFindings {
  kept: Finding[];
  /** Findings outside the filter, counted in the summary so nothing disappears silently. */
  dropped: Finding[];
}

function lineQualifies(file: FileDiff, line: number, mode: 'added' | 'diff_context'): boolean {
  if (file.added.has(line)) return true;
  return mode === 'diff_context' && file.context.has(line);
}

/** The lines that decide: the rule's for a rule-level finding, else the finding's own. */
function linesOf(finding: Finding, rules: RuleSpans | undefined): LineSpan {
  const own = { line: finding.line, endLine: Math.max(finding.line, finding.endLine) };
  if (!RULE_LEVEL_CHECKS.has(finding.check)) return own;
  const rule = rules?.get(finding.path)?.find((span) => span.line <= finding.line && finding.line <= span.endLine);
  return rule ? { line: Math.min(rule.line, own.line), endLine: Math.max(rule.endLine, own.endLine) } : own;
}

export function findingInFilter(finding: Finding, diff: PullRequestDiff, mode: FilterMode, rules?: RuleSpans): boolean {
  if (mode === 'nofilter') return true;
  const file = diff.files.get(finding.path);
  if (!file || file.status === 'removed') return false;
  // Lines GitHub did not send (a huge or binary diff) cannot be checked: keep the whole file.
  if (mode === 'file' || !file.linesKnown) return true;
  const { line: first, endLine: last } = linesOf(finding, rules);
  for (let line = first; line <= last; line++) if (lineQualifies(file, line, mode)) return true;
  return false;
}

export function filterFindings(findings: readonly Finding[], diff: PullRequestDiff, mode: FilterMode, rules?: RuleSpans): FilteredFindings {
  const kept: Finding[] = [];
  const dropped: Finding[] = [];
  for (const finding of findings) (findingInFilter(finding, diff, mode, rules) ? kept : dropped).push(finding);
  return { kept, dropped };
}

/** True when every line from `start` to `end` is in the diff, so a review comment may target it. */
export function rangeInDiff(file: FileDiff | undefined, start: number, end: number): boolean {
  if (!file || !file.linesKnown || file.status === 'removed') return false;
  for (let line = start; line <= end; line++) if (!file.added.has(line) && !file.context.has(line)) return false;
  return true;
}
