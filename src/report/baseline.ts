/**
 * The trend of an audit: what changed since a previous JSON report (`--baseline report.json`).
 * Reads the `--format json` contract (src/report/json.ts): the `coverage.rules` of an audit
 * report when present, otherwise the `detections` and `findings` every JSON report has.
 */
import { ConfigError } from '../errors.js';
import { readProblem, readRegularFile } from '../regular-file.js';
import { RULE_STATUSES, missingEntryIds, percent, ruleStatus, type RuleStatus, type StatusFinding } from './coverage.js';

/** A rule as both reports know it. */
export interface BaselineRule {
  path: string;
  id: string | null;
  title: string;
  status: RuleStatus;
  missingEntries: string[];
}

export interface RuleChange extends BaselineRule {
  previousStatus: RuleStatus;
  /** Catalog entries missing now that were not missing before. */
  newlyMissing: string[];
}

export interface BaselineTotals {
  rules: number;
  complete: number;
  percentComplete: number;
  techniques: string[];
}

export interface BaselineDiff {
  previous: BaselineTotals;
  current: BaselineTotals;
  /** In the current report only. */
  newRules: BaselineRule[];
  /** In the previous report only (deleted, renamed without id, or no longer tagged). */
  removedRules: BaselineRule[];
  /** Not complete before, complete now. */
  fixedRules: RuleChange[];
  /** Complete before and not now, or lacking catalog entries it did not lack before. */
  regressions: RuleChange[];
}

interface JsonDetection {
  path: string;
  id: string | null;
  title: string;
}

interface JsonFinding extends StatusFinding {
  path: string;
  ruleId: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(name: string, what: string): never {
  throw new ConfigError(`${name} is not a lofp-lint JSON report (${what}); write one with \`lofp-lint audit --format json\``);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function readDetections(name: string, value: unknown): JsonDetection[] {
  if (!Array.isArray(value)) fail(name, 'no `detections` array');
  return value.map((d, i) => {
    if (!isRecord(d) || str(d.path) === null) fail(name, `detections[${i}] has no \`path\``);
    return { path: d.path as string, id: str(d.id), title: str(d.title) ?? '' };
  });
}

function readFindings(name: string, value: unknown): JsonFinding[] {
  if (!Array.isArray(value)) fail(name, 'no `findings` array');
  return value.map((f, i) => {
    if (!isRecord(f) || str(f.path) === null || str(f.check) === null || str(f.severity) === null) {
      fail(name, `findings[${i}] lacks \`path\`, \`check\` or \`severity\``);
    }
    const suggestions = Array.isArray(f.suggestions)
      ? f.suggestions.filter(isRecord).flatMap((s) => (typeof s.id === 'string' ? [{ id: s.id }] : []))
      : [];
    return { path: f.path as string, check: f.check as string, severity: f.severity as string, ruleId: str(f.ruleId), suggestions };
  });
}

/** The rules of an audit report's `coverage`, or null when it has none usable. */
function coverageRules(report: Record<string, unknown>): BaselineRule[] | null {
  const coverage = report.coverage;
  if (!isRecord(coverage) || !Array.isArray(coverage.rules)) return null;
  const rules: BaselineRule[] = [];
  for (const r of coverage.rules) {
    if (!isRecord(r) || typeof r.path !== 'string' || !RULE_STATUSES.includes(r.status as RuleStatus)) return null;
    rules.push({
      path: r.path,
      id: str(r.id),
      title: str(r.title) ?? '',
      status: r.status as RuleStatus,
      missingEntries: Array.isArray(r.missingEntries) ? r.missingEntries.filter((e): e is string => typeof e === 'string') : [],
    });
  }
  return rules;
}

/** Rules from `detections` and `findings`: a finding belongs to the rule of its path (and id). */
function derivedRules(detections: readonly JsonDetection[], findings: readonly JsonFinding[]): BaselineRule[] {
  const byPath = new Map<string, JsonFinding[]>();
  for (const f of findings) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const rulesPerPath = new Map<string, number>();
  for (const d of detections) rulesPerPath.set(d.path, (rulesPerPath.get(d.path) ?? 0) + 1);
  return detections.map((d) => {
    const all = byPath.get(d.path) ?? [];
    // In a file with several rules, a finding's `ruleId` tells them apart when they have ids.
    const own = rulesPerPath.get(d.path)! > 1 && d.id !== null ? all.filter((f) => f.ruleId === d.id) : all;
    return { path: d.path, id: d.id, title: d.title, status: ruleStatus(own), missingEntries: missingEntryIds(own) };
  });
}

interface ReportRules {
  rules: BaselineRule[];
  techniques: string[];
}

/** Reads a parsed JSON report; `name` says which one in error messages. */
export function readReport(report: unknown, name: string): ReportRules {
  if (!isRecord(report)) fail(name, 'not a JSON object');
  const detections = readDetections(name, report.detections);
  const findings = readFindings(name, report.findings);
  const techniques = Array.isArray(report.techniques) ? report.techniques.filter((t): t is string => typeof t === 'string') : [];
  return { rules: coverageRules(report) ?? derivedRules(detections, findings), techniques };
}

function totals(report: ReportRules): BaselineTotals {
  const complete = report.rules.filter((r) => r.status === 'complete').length;
  return { rules: report.rules.length, complete, percentComplete: percent(complete, report.rules.length), techniques: report.techniques };
}

function byPathOrder(a: BaselineRule, b: BaselineRule): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/**
 * Pairs each current rule with its previous self: same path and id first, then the same id
 * elsewhere (a moved file), then the same path and title (rules without ids).
 */
function pairRules(current: readonly BaselineRule[], previous: readonly BaselineRule[]): Map<BaselineRule, BaselineRule> {
  const pairs = new Map<BaselineRule, BaselineRule>();
  const taken = new Set<BaselineRule>();
  const keys: ((r: BaselineRule) => string | null)[] = [
    (r) => (r.id !== null ? `${r.path}\u0000${r.id}` : null),
    (r) => r.id,
    (r) => `${r.path}\u0000${r.title}`,
  ];
  for (const key of keys) {
    const index = new Map<string, BaselineRule[]>();
    for (const p of previous) {
      const k = key(p);
      if (k === null || taken.has(p)) continue;
      const list = index.get(k);
      if (list) list.push(p);
      else index.set(k, [p]);
    }
    for (const c of current) {
      const k = key(c);
      if (k === null || pairs.has(c)) continue;
      const match = index.get(k)?.find((p) => !taken.has(p));
      if (!match) continue;
      pairs.set(c, match);
      taken.add(match);
    }
  }
  return pairs;
}

/** What changed from `previous` to `current` (both parsed JSON reports). */
export function compareBaseline(current: unknown, previous: unknown, names: { current?: string; previous?: string } = {}): BaselineDiff {
  const now = readReport(current, names.current ?? 'the current report');
  const before = readReport(previous, names.previous ?? 'the baseline');
  const pairs = pairRules(now.rules, before.rules);
  const matched = new Set(pairs.values());

  const fixedRules: RuleChange[] = [];
  const regressions: RuleChange[] = [];
  for (const rule of now.rules) {
    const old = pairs.get(rule);
    if (!old) continue;
    const oldMissing = new Set(old.missingEntries);
    const change: RuleChange = { ...rule, previousStatus: old.status, newlyMissing: rule.missingEntries.filter((e) => !oldMissing.has(e)) };
    if (old.status !== 'complete' && rule.status === 'complete') fixedRules.push(change);
    else if ((old.status === 'complete' && rule.status !== 'complete') || change.newlyMissing.length > 0) regressions.push(change);
  }
  return {
    previous: totals(before),
    current: totals(now),
    newRules: now.rules.filter((r) => !pairs.has(r)).sort(byPathOrder),
    removedRules: before.rules.filter((r) => !matched.has(r)).sort(byPathOrder),
    fixedRules: fixedRules.sort(byPathOrder),
    regressions: regressions.sort(byPathOrder),
  };
}

/** Reads and parses a baseline file; a missing or broken file is the user's mistake. */
export async function loadBaseline(path: string): Promise<unknown> {
  let text: string;
  try {
    text = readRegularFile(path).toString('utf8');
  } catch (error) {
    const problem = readProblem(error);
    throw new ConfigError(`cannot read baseline ${path}: ${problem === 'ENOENT' ? 'no such file' : problem}`);
  }
  let report: unknown;
  try {
    report = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`baseline ${path} is not valid JSON: ${(error as Error).message}`);
  }
  // Fail now, with the file's name, rather than later in compareBaseline.
  readReport(report, `baseline ${path}`);
  return report;
}
