/**
 * The job summary (Markdown, $GITHUB_STEP_SUMMARY): headline numbers, the findings table and the
 * suggested false positives, kept under GitHub's size limit whatever the repository's size.
 */
import type { Finding } from '../finding.js';
import type { CoverageCounts } from '../report/coverage.js';
import type { LintResult } from '../result.js';
import { compareBySeverity } from './annotations.js';
import type { FilterMode } from './filter.js';
import { escapeText, inlineCode, link, messageMarkdown, tableCell } from './markdown.js';
import { fixInstructions } from './review.js';

/**
 * "$GITHUB_STEP_SUMMARY is unique for each step in a job... the maximum size of a job summary for
 * a step is 1MiB" (docs.github.com/actions/reference/workflows-and-actions/workflow-commands,
 * "Step isolation and limits").
 */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
/** Room kept for the closing note when the summary is cut. */
const TRUNCATION_NOTE_RESERVE_BYTES = 1024;

export interface BlobLinks {
  /** GITHUB_SERVER_URL, e.g. https://github.com */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** The commit the findings are on. */
  sha: string;
}

export interface SummaryInput {
  result: LintResult;
  /** Findings reported (after the pull-request filter). */
  findings: readonly Finding[];
  /** Findings left out by the filter. */
  outsideFilter: number;
  /** The pull-request filter, or null for a full scan. */
  filterMode: FilterMode | null;
  /** Documentation coverage of the linted rules (report/coverage.ts). */
  coverage: CoverageCounts;
  links: BlobLinks | null;
  /** Lines about how the run went (fork fallback, review outcome), as Markdown. */
  notes: readonly string[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function blobUrl(links: BlobLinks, path: string, line: number): string {
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encodedPath}#L${line}`;
}

function location(finding: Finding, links: BlobLinks | null): string {
  const label = `${finding.path}:${finding.line}`;
  return links ? link(label, blobUrl(links, finding.path, finding.line)) : escapeText(label);
}

function headline(input: SummaryInput): string[] {
  const { result, findings, coverage } = input;
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const lines = [
    `## lofp-lint · ${result.techniques.map(escapeText).join(', ')}`,
    '',
    `**${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'note')}** ` +
      `in ${plural(result.summary.detections, 'rule')} (${plural(result.summary.files, 'file')} read) · ` +
      `documentation coverage **${coverage.percentComplete}%** (${coverage.complete} of ${plural(coverage.rules, 'rule')} complete)`,
  ];
  if (input.filterMode && input.outsideFilter > 0) {
    lines.push(
      '',
      `${plural(input.outsideFilter, 'finding')} outside the changes of this pull request ${input.outsideFilter === 1 ? 'is' : 'are'} not reported ` +
        `(filter-mode ${inlineCode(input.filterMode)}).`,
    );
  }
  for (const note of input.notes) lines.push('', note);
  return lines;
}

function tableRow(finding: Finding, links: BlobLinks | null): string {
  return `| ${finding.severity} | ${tableCell(location(finding, links))} | ${tableCell(inlineCode(finding.check))} | ${tableCell(messageMarkdown(finding.message))} |`;
}

/** True when the fix writes the suggestion's text (its lines quote it, in the file's own style). */
function inFix(fix: NonNullable<Finding['fix']>, text: string): boolean {
  return fix.edits.some((edit) => edit.lines.some((line) => line.includes(text)));
}

/**
 * The fix as lines to add, then the catalog entries behind it: each text once, in the lines the
 * fix adds; an entry the fix leaves out (medium confidence) is quoted in the list instead.
 */
function suggestionSection(finding: Finding): string {
  const fix = finding.fix!;
  const lines = [`**${escapeText(finding.path)}** · ${messageMarkdown(fix.title)}`, '', ...fixInstructions(fix, finding.path)];
  const entries = finding.suggestions.map((s) =>
    inFix(fix, s.insert)
      ? `- ${inlineCode(s.id)}: ${s.confidence} confidence, ${escapeText(s.reason)}`
      : `- ${inlineCode(s.id)}: ${s.confidence} confidence, ${escapeText(s.reason)}; not in the fix: ${escapeText(s.insert)}`,
  );
  if (entries.length) lines.push('', 'From the LoFP catalog:', ...entries);
  return lines.join('\n');
}

/** Appends parts while they fit; returns how many did not. */
class BoundedText {
  private readonly parts: string[] = [];
  private bytes = 0;

  constructor(private readonly limit: number) {}

  add(part: string): boolean {
    const size = Buffer.byteLength(part, 'utf8') + 1;
    if (this.bytes + size > this.limit) return false;
    this.parts.push(part);
    this.bytes += size;
    return true;
  }

  toString(): string {
    return `${this.parts.join('\n')}\n`;
  }
}

/** The job summary in Markdown, at most JOB_SUMMARY_MAX_BYTES. */
export function renderSummary(input: SummaryInput, limit = JOB_SUMMARY_MAX_BYTES): string {
  return renderSummaryCounted(input, limit).markdown;
}

/** The job summary and how many findings its table lists (fewer than all when cut at the limit). */
export function renderSummaryCounted(input: SummaryInput, limit = JOB_SUMMARY_MAX_BYTES): { markdown: string; findingsListed: number } {
  const out = new BoundedText(limit - TRUNCATION_NOTE_RESERVE_BYTES);
  for (const line of headline(input)) out.add(line);
  const sorted = [...input.findings].sort(compareBySeverity);
  let left = 0;
  if (sorted.length > 0) {
    out.add('');
    out.add('| Severity | Location | Check | Message |');
    out.add('|---|---|---|---|');
    for (const [i, finding] of sorted.entries()) {
      if (!out.add(tableRow(finding, input.links))) {
        left = sorted.length - i;
        break;
      }
    }
  }
  // One section per fix: the findings of a rule usually share one.
  const seen = new Set<string>();
  const fixable = sorted.filter((f) => {
    if (!f.fix || f.fix.edits.length === 0) return false;
    const key = `${f.path}\u0000${JSON.stringify(f.fix.edits)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  let fixesLeft = 0;
  if (left === 0 && fixable.length > 0) {
    out.add('');
    out.add('### Suggested false positives');
    for (const [i, finding] of fixable.entries()) {
      if (!out.add(`\n${suggestionSection(finding)}`)) {
        fixesLeft = fixable.length - i;
        break;
      }
    }
  } else {
    fixesLeft = fixable.length;
  }
  if (input.result.skipped.length > 0 && left === 0 && fixesLeft === 0) {
    const count = plural(input.result.skipped.length, 'file');
    const items = input.result.skipped.map((s) => `- ${escapeText(s.path)}: ${escapeText(s.reason)}`);
    if (!out.add(['', `<details><summary>${count} skipped</summary>`, '', ...items, '', '</details>'].join('\n'))) {
      out.add(`\n${count} skipped (too many to list here).`);
    }
  }
  let text = out.toString();
  if (left > 0 || fixesLeft > 0) {
    const what = [left > 0 ? plural(left, 'finding') : '', fixesLeft > 0 ? `${fixesLeft} suggested fix${fixesLeft === 1 ? '' : 'es'}` : '']
      .filter(Boolean)
      .join(' and ');
    text += `\n_${what} not shown: a job summary is limited to 1 MiB. The SARIF output (input ${inlineCode('sarif-file')}) lists every finding._\n`;
  }
  return { markdown: text, findingsListed: sorted.length - left };
}
