/**
 * The audit report in Markdown: the job summary of a scheduled run, and `--format markdown` in
 * a terminal or a file. Headline numbers first, then tables; long lists fold into `<details>`.
 * The whole text stays under GitHub's job-summary limit however large the repository: rows that
 * do not fit are left out, with a note saying how many.
 */
import type { LintResult } from '../result.js';
import type { BaselineDiff, BaselineRule, RuleChange } from './baseline.js';
import type { Coverage, CoverageCounts, GroupCoverage, MissingEntry, RuleCoverage, RuleStatus, UncoveredEntry } from './coverage.js';
import { pathToUri } from './sarif.js';
import { printable } from './printable.js';

/** `$GITHUB_STEP_SUMMARY` takes at most 1 MiB per step (GitHub docs, "Adding a job summary"). */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Lists longer than this fold into `<details>`. */
export const DETAILS_THRESHOLD = 10;
/** Missing entry ids shown per rule in the rules table. */
const MISSING_PER_RULE = 3;
const TITLE_MAX_CHARS = 100;
/** Room kept for the note that says rows were left out. */
const NOTE_RESERVE_BYTES = 400;
/** Catalog text shown per entry in the entry tables. */
const ENTRY_TEXT_MAX_CHARS = 160;
export const DEFAULT_LIMIT_NAME = "GitHub's 1 MiB job-summary limit";

export interface MarkdownOptions {
  baseline?: BaselineDiff;
  /** Byte budget of the whole report; GitHub's job-summary limit by default. */
  maxBytes?: number;
  /** Where rule paths link to, e.g. `https://github.com/o/r/blob/<sha>/`; plain paths without it. */
  linkBase?: string;
  /** The limit `maxBytes` stands for, named in the note on rows left out (DEFAULT_LIMIT_NAME). */
  limitName?: string;
}

const STATUS_WORDS: Readonly<Record<RuleStatus, string>> = {
  complete: 'complete',
  incomplete: 'incomplete',
  'placeholders-only': 'placeholders only',
  undocumented: 'undocumented',
};

/** A mark to scan the table by; the words keep it readable where emoji are not. */
const STATUS_LABEL: Readonly<Record<RuleStatus, string>> = {
  complete: '✅ complete',
  incomplete: '⚠️ incomplete',
  'placeholders-only': '❌ placeholders only',
  undocumented: '❌ undocumented',
};

/** Worst first: the rules that need work lead the table. */
const STATUS_ORDER: Readonly<Record<RuleStatus, number>> = { undocumented: 0, 'placeholders-only': 1, incomplete: 2, complete: 3 };

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Text for a table cell or list item: one line, nothing that breaks a table or opens HTML, no
 * emphasis by accident. Underscores inside words stay as they are (`AWS_S3` is no emphasis in
 * GitHub Markdown), which keeps rule names readable in a terminal. The report also becomes the
 * body of the tracking issue, where `@name` would notify people and `#12` link other issues: a
 * zero-width space after `@`/`#` prevents both and reads the same.
 */
export function escapeMarkdown(text: string): string {
  return printable(text.replace(/\s+/g, ' ').trim())
    .replace(/[\\`*|[\]]/g, (c) => `\\${c}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\w-])/g, '@\u200B')
    .replace(/#(?=\d)/g, '#\u200B');
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A code span; `|` stays escaped because GitHub splits table cells on it even inside code. */
function code(text: string): string {
  return text.includes('`') ? escapeMarkdown(text) : `\`${printable(text).replace(/\|/g, '\\|')}\``;
}

function pathLink(path: string, line: number, linkBase: string | undefined): string {
  if (!linkBase) return code(path);
  const base = linkBase.endsWith('/') ? linkBase : `${linkBase}/`;
  return `[${code(path)}](${base}${pathToUri(path)}#L${line})`;
}

function table(header: readonly string[], align: readonly ('l' | 'r')[]): string[] {
  return [`| ${header.join(' | ')} |`, `|${align.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`];
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function countsCells(c: CoverageCounts): (string | number)[] {
  return [c.rules, c.complete, c.incomplete, c.placeholdersOnly, c.undocumented, `${c.percentComplete}%`];
}

const COUNT_HEADERS = ['Rules', 'Complete', 'Incomplete', 'Placeholders only', 'Undocumented', 'Complete %'];
const COUNT_ALIGN: ('l' | 'r')[] = ['r', 'r', 'r', 'r', 'r', 'r'];

/** Table rows or list items, rendered only when laid out: most of a large repository's never are. */
interface Rows {
  readonly length: number;
  at(index: number): string | undefined;
}

function lazyRows<T>(items: readonly T[], render: (item: T) => string): Rows {
  return { length: items.length, at: (index) => (index < items.length ? render(items[index]!) : undefined) };
}

/** A part of the report: fixed text, or rows that may be cut to fit the byte budget. */
type Block =
  | { kind: 'text'; lines: string[] }
  | { kind: 'rows'; before: string[]; rows: Rows; after: string[]; noun: string };

function text(...lines: string[]): Block {
  return { kind: 'text', lines };
}

/** Rows under a table header, folded into `<details>` when there are many. */
function rowsBlock(summary: string, header: string[], rows: Rows, noun: string): Block {
  if (rows.length > DETAILS_THRESHOLD) {
    // GitHub renders Markdown inside <details> only after a blank line.
    return { kind: 'rows', before: ['<details>', `<summary>${summary}</summary>`, '', ...header], rows, after: ['', '</details>', ''], noun };
  }
  return { kind: 'rows', before: header, rows, after: [''], noun };
}

function headline(result: LintResult, coverage: Coverage): Block {
  const t = coverage.total;
  const techniques = coverage.techniques.join(', ');
  const missing = coverage.byTechnique.reduce((n, b) => n + b.missingEntries.length, 0);
  const lines = [`# LoFP coverage audit: ${t.percentComplete}% complete`, ''];
  if (t.rules === 0) {
    lines.push(`No rule tagged ${techniques} was found in ${plural(result.summary.files, 'rule file')}.`, '');
  } else {
    lines.push(
      `Rules tagged ${techniques} that document their false positives completely: **${t.complete} of ${t.rules} (${t.percentComplete}%)**.`,
      '',
      `- ${t.complete} complete, ${t.incomplete} incomplete, ${t.placeholdersOnly} with placeholders only, ${t.undocumented} undocumented`,
      `- ${plural(missing, 'catalog entry', 'catalog entries')} missing from at least one rule`,
    );
    const catalog = coverage.byTechnique.reduce((n, b) => n + b.catalogEntries, 0);
    const documented = coverage.byTechnique.reduce((n, b) => n + b.documentedEntries, 0);
    if (catalog > 0) lines.push(`- ${documented} of ${plural(catalog, 'catalog entry', 'catalog entries')} documented by at least one rule`);
  }
  if (coverage.unparsedFiles > 0) lines.push(`- ${plural(coverage.unparsedFiles, 'file')} could not be parsed, so ${coverage.unparsedFiles === 1 ? 'its rules are' : 'their rules are'} not counted`);
  lines.push(`- ${plural(result.summary.files, 'rule file')} scanned, ${result.summary.skipped} skipped; lofp-lint ${result.tool.version}`, '');
  return text(...lines);
}

function changeLine(rule: BaselineRule | RuleChange, linkBase: string | undefined): string {
  const where = pathLink(rule.path, 1, linkBase);
  const title = escapeMarkdown(shorten(rule.title, TITLE_MAX_CHARS));
  if (!('previousStatus' in rule)) return `- ${where} ${title} (${STATUS_WORDS[rule.status]})`;
  const from = STATUS_WORDS[rule.previousStatus];
  const to = STATUS_WORDS[rule.status];
  const newly = rule.newlyMissing.length > 0 ? `; newly missing ${rule.newlyMissing.map(code).join(', ')}` : '';
  return `- ${where} ${title} (${from === to ? to : `${from} → ${to}`}${newly})`;
}

function baselineBlocks(diff: BaselineDiff, linkBase: string | undefined): Block[] {
  const delta = diff.current.percentComplete - diff.previous.percentComplete;
  const signed = delta > 0 ? `+${delta}` : `${delta}`;
  const lines = [
    '## Since the baseline',
    '',
    `Complete: ${diff.previous.percentComplete}% → ${diff.current.percentComplete}% (${signed} points); rules: ${diff.previous.rules} → ${diff.current.rules}.`,
    `${plural(diff.newRules.length, 'new rule')}, ${diff.fixedRules.length} fixed, ${plural(diff.regressions.length, 'regression')}, ${diff.removedRules.length} removed.`,
    '',
  ];
  if (diff.previous.techniques.join() !== diff.current.techniques.join()) {
    lines.splice(4, 0, `The baseline selected ${diff.previous.techniques.join(', ') || 'no technique'}; this run selects ${diff.current.techniques.join(', ')}.`);
  }
  const blocks: Block[] = [text(...lines)];
  const lists: [string, (BaselineRule | RuleChange)[]][] = [
    ['Regressions', diff.regressions],
    ['Fixed rules', diff.fixedRules],
    ['New rules', diff.newRules],
    ['Removed rules', diff.removedRules],
  ];
  for (const [name, rules] of lists) {
    if (rules.length === 0) continue;
    const items = lazyRows(rules, (r) => changeLine(r, linkBase));
    blocks.push(
      rules.length > DETAILS_THRESHOLD
        ? { kind: 'rows', before: ['<details>', `<summary>${name} (${rules.length})</summary>`, ''], rows: items, after: ['', '</details>', ''], noun: name.toLowerCase() }
        : { kind: 'rows', before: [`${name}:`, ''], rows: items, after: [''], noun: name.toLowerCase() },
    );
  }
  return blocks;
}

function groupTable(title: string, column: string, groups: readonly GroupCoverage[]): Block {
  return text(
    `## ${title}`,
    '',
    ...table([column, ...COUNT_HEADERS], ['l', ...COUNT_ALIGN]),
    ...groups.map((g) => row([code(g.key), ...countsCells(g)])),
    '',
  );
}

function missingBlock(coverage: Coverage): Block[] {
  const entries: MissingEntry[] = coverage.byTechnique.flatMap((t) => t.missingEntries);
  if (entries.length === 0) return [];
  const rows = lazyRows(entries, (e) => row([code(e.id), e.technique, e.rules, escapeMarkdown(shorten(e.text, ENTRY_TEXT_MAX_CHARS))]));
  return [
    text('## Missing catalog entries', '', 'Catalog entries that apply to rules which do not document them yet, most often missing first.', ''),
    rowsBlock(`${plural(entries.length, 'entry', 'entries')}`, table(['Entry', 'Technique', 'Rules lacking it', 'Text'], ['l', 'l', 'r', 'l']), rows, 'entries'),
  ];
}

function uncoveredSplit(applying: number, others: number): string {
  if (applying === 0) return `${others === 1 ? 'it applies' : 'they apply'} to no rule here.`;
  const verb = applying === 1 ? 'applies' : 'apply';
  if (others === 0) return `${applying === 1 ? 'it' : 'all'} ${verb} to rules here (most rules first).`;
  return `${applying} ${verb} to rules here (most rules first), ${others} to none of them.`;
}

function uncoveredBlock(coverage: Coverage): Block[] {
  const entries: UncoveredEntry[] = coverage.byTechnique.flatMap((t) => t.uncoveredEntries);
  if (entries.length === 0) return [];
  const catalog = coverage.byTechnique.reduce((n, b) => n + b.catalogEntries, 0);
  const applying = entries.filter((e) => e.rules > 0).length;
  const rows = lazyRows(entries, (e) => row([code(e.id), e.technique, e.rules, escapeMarkdown(shorten(e.text, ENTRY_TEXT_MAX_CHARS))]));
  return [
    text(
      '## Catalog entries no rule documents',
      '',
      `${entries.length} of ${plural(catalog, 'catalog entry', 'catalog entries')} ${entries.length === 1 ? 'is' : 'are'} documented by no rule yet; ` +
        uncoveredSplit(applying, entries.length - applying),
      '',
    ),
    rowsBlock(`${plural(entries.length, 'entry', 'entries')}`, table(['Entry', 'Technique', 'Rules it applies to', 'Text'], ['l', 'l', 'r', 'l']), rows, 'entries'),
  ];
}

function ruleRow(rule: RuleCoverage, linkBase: string | undefined): string {
  const missing = rule.missingEntries.slice(0, MISSING_PER_RULE).map(code);
  if (rule.missingEntries.length > MISSING_PER_RULE) missing.push(`+${rule.missingEntries.length - MISSING_PER_RULE} more`);
  return row([escapeMarkdown(shorten(rule.title, TITLE_MAX_CHARS)), pathLink(rule.path, rule.line, linkBase), STATUS_LABEL[rule.status], missing.join(', ')]);
}

function rulesBlock(coverage: Coverage, linkBase: string | undefined): Block[] {
  if (coverage.rules.length === 0) return [];
  const rules = [...coverage.rules].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.document - b.document),
  );
  const toFix = rules.filter((r) => r.status !== 'complete').length;
  return [
    text('## Rules', '', toFix === 0 ? 'Every rule documents its false positives completely.' : `${plural(toFix, 'rule needs', 'rules need')} work; the rules that need it most come first.`, ''),
    rowsBlock(`${plural(rules.length, 'rule')}`, table(['Rule', 'Path', 'Status', 'Missing entries'], ['l', 'l', 'l', 'l']), lazyRows(rules, (r) => ruleRow(r, linkBase)), 'rules'),
  ];
}

function omittedNote(count: number, noun: string, limitName: string): string {
  return `_… ${count} more ${noun} not shown: the report was cut to fit ${limitName}. \`--format json\` lists everything._`;
}

/** Lays the blocks out within `maxBytes`, cutting rows (in document order) when they do not fit. */
function layout(blocks: readonly Block[], maxBytes: number, limitName: string): string {
  const fixed = blocks.reduce((n, b) => n + (b.kind === 'text' ? b.lines : [...b.before, ...b.after]).reduce((m, l) => m + bytes(l) + 1, 0), 0);
  const cuttable = blocks.filter((b) => b.kind === 'rows').length;
  let budget = maxBytes - fixed - cuttable * NOTE_RESERVE_BYTES;
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'text') {
      out.push(...block.lines);
      continue;
    }
    const kept: string[] = [];
    for (let i = 0; i < block.rows.length; i++) {
      const r = block.rows.at(i)!;
      const size = bytes(r) + 1;
      if (size > budget) break;
      kept.push(r);
      budget -= size;
    }
    if (kept.length === 0 && block.rows.length > 0) {
      out.push(omittedNote(block.rows.length, block.noun, limitName), '');
      continue;
    }
    out.push(...block.before, ...kept, ...block.after);
    if (kept.length < block.rows.length) out.push(omittedNote(block.rows.length - kept.length, block.noun, limitName), '');
  }
  let report = `${out.join('\n').replace(/\n+$/, '')}\n`;
  if (bytes(report) > maxBytes) report = hardCut(report, maxBytes);
  return report;
}

/** Last resort when even the fixed parts do not fit (tiny budgets, thousands of techniques). */
function hardCut(report: string, maxBytes: number): string {
  const note = '\n_… the rest of the report was cut to fit the size limit._\n';
  const lines = report.split('\n');
  let size = bytes(note);
  const kept: string[] = [];
  for (const line of lines) {
    if (size + bytes(line) + 1 > maxBytes) break;
    kept.push(line);
    size += bytes(line) + 1;
  }
  return `${kept.join('\n')}${note}`;
}

export function renderMarkdown(result: LintResult, coverage: Coverage, options: MarkdownOptions = {}): string {
  const { baseline, linkBase } = options;
  const maxBytes = options.maxBytes ?? GITHUB_SUMMARY_LIMIT_BYTES;
  const blocks: Block[] = [headline(result, coverage)];
  if (baseline) blocks.push(...baselineBlocks(baseline, linkBase));
  if (coverage.total.rules > 0) {
    blocks.push(
      text(
        '## By technique',
        '',
        ...table(['Technique', ...COUNT_HEADERS, 'Missing entries', 'Catalog entries', 'Documented by no rule'], ['l', ...COUNT_ALIGN, 'r', 'r', 'r']),
        ...coverage.byTechnique.map((t) => row([t.technique, ...countsCells(t), t.missingEntries.length, t.catalogEntries, t.uncoveredEntries.length])),
        '',
      ),
      groupTable('By format', 'Format', coverage.byFormat),
      groupTable('By platform', 'Platform', coverage.byPlatform),
    );
  }
  blocks.push(...missingBlock(coverage));
  if (coverage.total.rules > 0) blocks.push(...uncoveredBlock(coverage));
  blocks.push(...rulesBlock(coverage, linkBase));
  return layout(blocks, maxBytes, options.limitName ?? DEFAULT_LIMIT_NAME);
}
