/**
 * Findings as workflow annotations (`core.error/warning/notice` with file and lines), within the
 * limits GitHub shows, most severe first, and log text that can never inject a workflow command.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../finding.js';

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step; more are dropped
 * silently (actions/toolkit `docs/problem-matchers.md`, "Limitations").
 */
export const ANNOTATIONS_PER_TYPE_PER_STEP = 10;
/** ...and at most 50 annotations per job (same source). */
export const ANNOTATIONS_PER_JOB = 50;
/** Catalog suggestions listed in one annotation; the rest are in the summary and the review. */
export const SUGGESTIONS_PER_ANNOTATION = 5;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
  /** Only when the annotation is on one line: GitHub ignores columns across lines. */
  startColumn?: number;
  endColumn?: number;
}

export const ANNOTATION_LEVEL: Readonly<Record<Severity, AnnotationLevel>> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

/**
 * Text for one log line. The runner treats any line starting (after spaces) with `::` as a
 * workflow command, and @actions/core escapes annotation messages but not plain log lines: text
 * from a rule file is flattened to one line, and callers start the line with their own words.
 */
export function singleLine(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
}

export function compareBySeverity(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line
  );
}

/** The annotation message: the finding and the catalog entries that would resolve it. */
export function annotationMessage(finding: Finding): string {
  const lines = [finding.message];
  if (finding.suggestions.length > 0) {
    lines.push('Suggested false positives (LoFP catalog):');
    for (const s of finding.suggestions.slice(0, SUGGESTIONS_PER_ANNOTATION)) lines.push(`- ${s.insert}`);
    const more = finding.suggestions.length - SUGGESTIONS_PER_ANNOTATION;
    if (more > 0) lines.push(`- and ${more} more (see the job summary)`);
  }
  return lines.join('\n');
}

export function annotationFor(finding: Finding): Annotation {
  const endLine = Math.max(finding.line, finding.endLine);
  const oneLine = endLine === finding.line;
  return {
    level: ANNOTATION_LEVEL[finding.severity],
    title: `lofp-lint: ${finding.check}`,
    message: annotationMessage(finding),
    file: finding.path,
    startLine: finding.line,
    endLine,
    ...(oneLine ? { startColumn: finding.column } : {}),
    ...(oneLine && finding.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
  };
}

export interface AnnotationPlan {
  /** Annotations to emit, most severe first. */
  shown: Annotation[];
  /** Findings GitHub would not show: counted in one notice, listed in the summary / check run. */
  hidden: Finding[];
}

/**
 * The annotations GitHub will actually show. When some must be left out, one notice slot is kept
 * free for the notice that says how many and where they are.
 */
export function planAnnotations(findings: readonly Finding[]): AnnotationPlan {
  const sorted = [...findings].sort(compareBySeverity);
  const perLevel = (level: AnnotationLevel) => sorted.filter((f) => ANNOTATION_LEVEL[f.severity] === level).length;
  const overflows =
    sorted.length > ANNOTATIONS_PER_JOB ||
    (['error', 'warning', 'notice'] as const).some((level) => perLevel(level) > ANNOTATIONS_PER_TYPE_PER_STEP);
  const budget: Record<AnnotationLevel, number> = {
    error: ANNOTATIONS_PER_TYPE_PER_STEP,
    warning: ANNOTATIONS_PER_TYPE_PER_STEP,
    notice: ANNOTATIONS_PER_TYPE_PER_STEP - (overflows ? 1 : 0),
  };
  let jobBudget = ANNOTATIONS_PER_JOB - (overflows ? 1 : 0);
  const shown: Annotation[] = [];
  const hidden: Finding[] = [];
  for (const finding of sorted) {
    const level = ANNOTATION_LEVEL[finding.severity];
    if (budget[level] > 0 && jobBudget > 0) {
      budget[level]--;
      jobBudget--;
      shown.push(annotationFor(finding));
    } else {
      hidden.push(finding);
    }
  }
  return { shown, hidden };
}

/** Where the findings left out of the annotations can be read, and how many of them each holds. */
export interface OverflowPlaces {
  /** The check run, when it was created, and how many findings it carries. */
  checkRun: { url: string; findings: number } | null;
  /** Findings listed in the job summary (it is cut at 1 MiB); null when there is no summary. */
  summary: number | null;
  /** The SARIF file written (input sarif-file), which holds every finding. */
  sarifFile: string | null;
}

function joined(places: readonly string[]): string {
  return places.length <= 1 ? (places[0] ?? '') : `${places.slice(0, -1).join(', ')} and ${places.at(-1)}`;
}

/**
 * The one notice printed when findings were left out of the annotations. It names only places
 * that really hold them, with counts where a place holds part of them: the log lists every finding.
 */
export function overflowNotice(hidden: number, total: number, places: OverflowPlaces): string {
  const all = ['the log'];
  const part: string[] = [];
  if (places.sarifFile) all.push(`the SARIF file ${places.sarifFile}`);
  if (places.checkRun) {
    if (places.checkRun.findings >= total) all.push(`the check run ${places.checkRun.url}`);
    else part.push(`the check run ${places.checkRun.url} has the ${places.checkRun.findings} most severe`);
  }
  if (places.summary !== null) {
    if (places.summary >= total) all.push('the job summary');
    else part.push(`the job summary lists ${places.summary}`);
  }
  return (
    `lofp-lint: ${hidden} more finding${hidden === 1 ? '' : 's'} not shown as annotations ` +
    `(GitHub shows ${ANNOTATIONS_PER_TYPE_PER_STEP} per type per step); all ${total} are in ${joined(all)}` +
    `${part.length ? `; ${joined(part)}` : ''}.`
  );
}

/**
 * The overflow notice of a full scan: its job summary lists rules, not findings, so the place
 * that lists every finding is the SARIF file (or the log).
 */
export function auditOverflowNotice(hidden: number, total: number, sarifFile: string | null): string {
  const where = sarifFile
    ? `all ${total} are in the log and in the SARIF file ${sarifFile}; the job summary lists the rules that need work`
    : `all ${total} are in the log (set the input sarif-file for a SARIF report); the job summary lists the rules that need work`;
  return (
    `lofp-lint: ${hidden} more finding${hidden === 1 ? '' : 's'} not shown as annotations ` +
    `(GitHub shows ${ANNOTATIONS_PER_TYPE_PER_STEP} per type per step); ${where}.`
  );
}
