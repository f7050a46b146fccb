/**
 * The `--format json` contract other tools and tests rely on. Additive changes only.
 */
import type { Detection, FalsePositiveSection } from '../detection.js';
import { docsUrl } from '../checks/index.js';
import type { Finding } from '../finding.js';
import type { RuleAnalysis, Suggestion } from '../match/types.js';
import type { LintResult } from '../result.js';
import { RenderedArray, StreamedObject, jsonAt, streamedArray, writeJson } from './json-stream.js';
import { collect, type TextWriter } from './writer.js';

function section(s: FalsePositiveSection) {
  return {
    source: s.source,
    key: s.key,
    line: s.line,
    endLine: s.endLine,
    items: s.items.map((i) => i.text),
    itemSpans: s.items.map((i) => ({ line: i.line, endLine: i.endLine })),
    ...(s.problem ? { problem: s.problem } : {}),
  };
}

/**
 * What the matcher concluded about the rule: each entry that applies, how sure, why, and the
 * documented item that covers it (null: missing); and the entries its own evidence ruled out.
 */
function catalogEntries(a: RuleAnalysis | undefined) {
  if (!a) return { applies: [], excluded: [] };
  return {
    applies: a.relevant.map((r) => ({
      id: r.entryId,
      confidence: r.confidence,
      reason: r.reason,
      documentedBy: r.coveredBy ? { line: r.coveredBy.line, endLine: r.coveredBy.endLine } : null,
    })),
    excluded: a.excluded.map((x) => ({ id: x.entryId, reason: x.reason })),
  };
}

function detection(d: Detection, analysis: RuleAnalysis | undefined) {
  const [primary, ...others] = d.falsePositives;
  return {
    path: d.path,
    format: d.format,
    id: d.id,
    title: d.title,
    line: d.titleSpan.line,
    techniques: d.techniques,
    status: d.status,
    falsePositives: primary ? section(primary) : null,
    otherFalsePositives: others.map(section),
    catalogEntries: catalogEntries(analysis),
  };
}

function suggestionsJson(suggestions: readonly Suggestion[]) {
  return suggestions.map((s) => ({ id: s.id, text: s.text, insert: s.insert, short: s.short ?? s.insert, confidence: s.confidence, reason: s.reason }));
}

function finding(f: Finding) {
  return {
    check: f.check,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
    message: f.message,
    ruleId: f.ruleId ?? null,
    fingerprint: f.fingerprint,
    helpUri: docsUrl(f.check),
    suggestions: suggestionsJson(f.suggestions),
    ...(f.omittedSuggestions ? { omittedSuggestions: f.omittedSuggestions } : {}),
    ...(f.fix ? { fix: { title: f.fix.title, edits: f.fix.edits } } : {}),
  };
}

export function toJsonReport(result: LintResult, extra: Record<string, unknown> = {}) {
  return {
    tool: result.tool,
    techniques: result.techniques,
    detections: result.detections.map((d, i) => detection(d, result.analyses[i])),
    findings: result.findings.map(finding),
    skipped: result.skipped,
    suppressed: result.suppressed,
    summary: result.summary,
    ...extra,
  };
}

const INDENT = '  ';

/** Blocks of JSON text of shared suggestion lists kept for reuse; a report of any size keeps at most this many. */
const MAX_SHARED_BLOCKS = 4096;

/**
 * Writes findings as `finding` and JSON.stringify would, without building the objects: the
 * fields are written directly, and the JSON of a suggestion list or a fix is made once for all
 * the findings that carry it. The findings of a rule, which come one after the other, share
 * them; the lists a run without texts shares among rules (frozen, src/lint-outcome.ts) are kept
 * for the whole report. Other blocks are kept only while the findings of their file are written:
 * kept longer, each would outlive young-generation collections and pile up in the old one.
 * Findings whose fields are not of their declared types go the long way.
 *
 * A cache is replaced, never cleared: V8 links a cleared Map's old table to its new one, so a
 * cache promoted to the old generation and cleared per file would keep every table it ever had,
 * and their texts, alive until the next full collection (60 MB of heap for 90,000 rules).
 */
function findingRenderer(): (f: Finding, depth: number) => string {
  let shared = new Map<object, string>();
  let ofFile = new Map<object, string>();
  let filePath: string | undefined;
  let blocksDepth = -1;
  const helpUris = new Map<string, string>();
  const block = (key: object, depth: number, make: () => unknown) => {
    if (depth !== blocksDepth) {
      shared = new Map();
      ofFile = new Map();
      blocksDepth = depth;
    }
    const isShared = Object.isFrozen(key);
    let blocks = isShared ? shared : ofFile;
    let text = blocks.get(key);
    if (text === undefined) {
      if (blocks.size >= MAX_SHARED_BLOCKS) {
        blocks = new Map();
        if (isShared) shared = blocks;
        else ofFile = blocks;
      }
      blocks.set(key, (text = jsonAt(make(), depth) ?? 'null'));
    }
    return text;
  };
  const str = (s: string) => JSON.stringify(s);
  const num = (n: number) => (Number.isFinite(n) ? String(n) : 'null');
  return (f, depth) => {
    if (!plainFinding(f)) return jsonAt(finding(f), depth) ?? 'null';
    if (f.path !== filePath) {
      ofFile = new Map();
      filePath = f.path;
    }
    const p = `,\n${INDENT.repeat(depth + 1)}`;
    let helpUri = helpUris.get(f.check);
    if (helpUri === undefined) helpUris.set(f.check, (helpUri = str(docsUrl(f.check))));
    const suggestions = f.suggestions.length === 0 ? '[]' : block(f.suggestions, depth + 1, () => suggestionsJson(f.suggestions));
    const fix = f.fix;
    return (
      `{\n${INDENT.repeat(depth + 1)}"check": ${str(f.check)}${p}"severity": ${str(f.severity)}${p}"path": ${str(f.path)}` +
      `${p}"line": ${num(f.line)}${p}"column": ${num(f.column)}${p}"endLine": ${num(f.endLine)}` +
      (f.endColumn !== undefined ? `${p}"endColumn": ${num(f.endColumn)}` : '') +
      `${p}"message": ${str(f.message)}${p}"ruleId": ${typeof f.ruleId === 'string' ? str(f.ruleId) : 'null'}` +
      `${p}"fingerprint": ${str(f.fingerprint)}${p}"helpUri": ${helpUri}${p}"suggestions": ${suggestions}` +
      (f.omittedSuggestions ? `${p}"omittedSuggestions": ${num(f.omittedSuggestions)}` : '') +
      (fix ? `${p}"fix": ${block(fix, depth + 1, () => ({ title: fix.title, edits: fix.edits }))}` : '') +
      `\n${INDENT.repeat(depth)}}`
    );
  };
}

/** Whether the finding's written fields have their declared types (a hand-made result may not). */
function plainFinding(f: Finding): boolean {
  return (
    typeof f.check === 'string' &&
    typeof f.severity === 'string' &&
    typeof f.path === 'string' &&
    typeof f.line === 'number' &&
    typeof f.column === 'number' &&
    typeof f.endLine === 'number' &&
    (f.endColumn === undefined || typeof f.endColumn === 'number') &&
    typeof f.message === 'string' &&
    (f.ruleId === undefined || f.ruleId === null || typeof f.ruleId === 'string') &&
    typeof f.fingerprint === 'string' &&
    Array.isArray(f.suggestions) &&
    (f.omittedSuggestions === undefined || typeof f.omittedSuggestions === 'number') &&
    (f.fix === undefined || (typeof f.fix === 'object' && f.fix !== null))
  );
}

function* withAnalyses(result: LintResult): Generator<readonly [Detection, RuleAnalysis | undefined]> {
  for (let i = 0; i < result.detections.length; i++) yield [result.detections[i]!, result.analyses[i]];
}

export type JsonReport = ReturnType<typeof toJsonReport>;

/**
 * Writes the report of `toJsonReport` without building it: detections and findings are
 * converted and written one at a time. The output is byte-identical to `renderJson`'s.
 */
export function writeJsonReport(out: TextWriter, result: LintResult, extra: Record<string, unknown> = {}): void {
  writeJson(
    out,
    new StreamedObject({
      tool: result.tool,
      techniques: result.techniques,
      detections: streamedArray(withAnalyses(result), ([d, analysis]) => detection(d, analysis)),
      findings: new RenderedArray(result.findings, findingRenderer()),
      skipped: result.skipped,
      suppressed: result.suppressed,
      summary: result.summary,
      ...extra,
    }),
  );
}

export function renderJson(result: LintResult, extra: Record<string, unknown> = {}): string {
  return collect((out) => writeJsonReport(out, result, extra));
}
