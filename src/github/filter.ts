/**
 * Which findings a pull request reports, by reviewdog's filter modes
 * (reviewdog `filter/mode.go`, `filter/diff_filter.go`):
 * - `added`: findings on lines the pull request adds or modifies;
 * - `diff_context`: findings on lines shown in the diff hunks (added or context lines);
 * - `file`: findings in files the pull request changes;
 * - `nofilter`: every finding.
 * reviewdog looks at a finding's first line; a lofp-lint finding often spans a block (the
 * false-positive list), so here it qualifies when ANY of its lines does.
 */
import type { Finding } from '../finding.js';
import type { FileDiff, PullRequestDiff } from './diff.js';

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
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

export function findingInFilter(finding: Finding, diff: PullRequestDiff, mode: FilterMode): boolean {
  if (mode === 'nofilter') return true;
  const file = diff.files.get(finding.path);
  if (!file || file.status === 'removed') return false;
  // Lines GitHub did not send (a huge or binary diff) cannot be checked: keep the whole file.
  if (mode === 'file' || !file.linesKnown) return true;
  const last = Math.max(finding.line, finding.endLine);
  for (let line = finding.line; line <= last; line++) if (lineQualifies(file, line, mode)) return true;
  return false;
}

export function filterFindings(findings: readonly Finding[], diff: PullRequestDiff, mode: FilterMode): FilteredFindings {
  const kept: Finding[] = [];
  const dropped: Finding[] = [];
  for (const finding of findings) (findingInFilter(finding, diff, mode) ? kept : dropped).push(finding);
  return { kept, dropped };
}

/** True when every line from `start` to `end` is in the diff, so a review comment may target it. */
export function rangeInDiff(file: FileDiff | undefined, start: number, end: number): boolean {
  if (!file || !file.linesKnown || file.status === 'removed') return false;
  for (let line = start; line <= end; line++) if (!file.added.has(line) && !file.context.has(line)) return false;
  return true;
}
