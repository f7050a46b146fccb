/**
 * The `--format json` contract other tools and tests rely on. Additive changes only.
 */
import type { Detection, FalsePositiveSection } from '../detection.js';
import { docsUrl } from '../checks/index.js';
import type { Finding } from '../finding.js';
import type { RuleAnalysis } from '../match/types.js';
import type { LintResult } from '../result.js';
import { StreamedObject, streamedArray, writeJson } from './json-stream.js';
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
    suggestions: f.suggestions.map((s) => ({ id: s.id, text: s.text, insert: s.insert, short: s.short ?? s.insert, confidence: s.confidence, reason: s.reason })),
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
      findings: streamedArray(result.findings, finding),
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
