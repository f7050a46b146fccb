/**
 * Hand-built LintResults for the reporter tests: reporters are pure, so their tests need no
 * parser, catalog or matcher, only results shaped like the engine's.
 */
import type { CatalogEntry } from '../../src/catalog/types.js';
import type { Detection } from '../../src/detection.js';
import type { Finding } from '../../src/finding.js';
import type { RuleAnalysis, Suggestion } from '../../src/match/types.js';
import type { LintResult } from '../../src/result.js';
import { makeSourceFile } from '../../src/source.js';

export function detection(path: string, overrides: Partial<Detection> & { text?: string } = {}): Detection {
  const { text = 'title: x\n', ...rest } = overrides;
  return {
    format: 'sigma',
    path,
    document: 0,
    id: null,
    title: path,
    titleSpan: { line: 1, endLine: 1 },
    description: '',
    techniques: ['T1530'],
    techniqueTags: [],
    tactics: [],
    query: '',
    dataSources: [],
    status: null,
    deprecated: false,
    falsePositives: [],
    disabledChecks: [],
    span: { line: 1, endLine: text.split('\n').length },
    source: makeSourceFile(path, text),
    ...rest,
  };
}

/** Like the LoFP catalog: `text` lower case as published, `insert` as a rule author writes it. */
export function suggestion(id: string, insert = `Text of ${id}.`): Suggestion {
  return { id, text: insert.toLowerCase(), insert, confidence: 'high', reason: `applies to ${id}` };
}

export function finding(check: string, path: string, overrides: Partial<Finding> = {}): Finding {
  return {
    check,
    severity: 'error',
    path,
    line: 1,
    column: 1,
    endLine: 1,
    message: `${check} in ${path}`,
    suggestions: [],
    fingerprint: `fp-${check}-${path}`,
    ...overrides,
  };
}

/**
 * The matcher's conclusions for one rule: `relevant` entries (covered by an item when listed in
 * `covered` too), and documented `items` tied to the entry they match (null: to none).
 */
export function analysis(relevant: string[], covered: string[] = [], items: [string, string | null][] = []): RuleAnalysis {
  const item = (text: string, line: number) => ({ text, line, endLine: line });
  return {
    excluded: [],
    relevant: relevant.map((entryId, i) => ({
      entryId,
      score: 1 - i / 10,
      confidence: 'high',
      reason: `applies to ${entryId}`,
      coveredBy: covered.includes(entryId) ? item(`Documents ${entryId}`, 10) : null,
      similarity: covered.includes(entryId) ? 0.9 : 0.1,
    })),
    suggestions: relevant.filter((id) => !covered.includes(id)).map((id) => suggestion(id)),
    items: items.map(([text, entryId], i) => ({ item: item(text, 11 + i), entryId, similarity: entryId ? 0.8 : 0.2 })),
  };
}

/** `analyses` default to "no entry applies, nothing documented" for each detection. */
export function lintResult(detections: Detection[], findings: Finding[], techniques = ['T1530'], analyses?: RuleAnalysis[]): LintResult {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: 'lofp-lint', version: '0.1.0' },
    techniques,
    detections,
    analyses: analyses ?? detections.map(() => ({ relevant: [], excluded: [], suggestions: [], items: [] })),
    findings,
    skipped: [],
    suppressed: [],
    summary: {
      files: new Set(detections.map((d) => d.path)).size,
      detections: detections.length,
      skipped: 0,
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
      suppressed: 0,
    },
  };
}

export function entry(id: string, technique = 'T1530', insert = `Text of ${id}.`): CatalogEntry {
  return {
    id,
    technique,
    text: insert.toLowerCase(),
    insert,
    short: insert,
    source: { product: 'sigma', title: 't', ruleId: 'r', path: 'p', url: 'https://example.com' },
    appliesTo: { platforms: [], services: [], operations: [], tools: [], terms: [] },
    scenario: { summary: '', anyRule: false, serviceWide: false, evidence: [], excludes: [], resourceState: false, words: [] },
    theme: 'admin',
    origin: 'builtin:T1530.yml',
  };
}
