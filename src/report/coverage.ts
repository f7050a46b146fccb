/**
 * Coverage of a repository's false-positive documentation: how many selected rules document
 * their false positives completely, per technique, format and platform, which catalog entries
 * the rules still lack, and which entries no rule documents at all. Pure: derived from a
 * LintResult (findings and the matcher's analyses) and the catalog entries only.
 *
 * `Coverage` is part of the `--format json` contract (the `coverage` key in audit mode) and is
 * what `--baseline` reads back from a previous report: field names are stable, changes additive.
 */
import { techniqueMatches } from '../attack.js';
import type { CatalogEntry } from '../catalog/types.js';
import type { Detection, FormatId } from '../detection.js';
import type { Finding } from '../finding.js';
import { findLogSources, findTerms } from '../match/vocabulary.js';
import type { RuleAnalysis } from '../match/types.js';
import type { LintResult } from '../result.js';

/** Bumped only when a field changes meaning or disappears. */
export const COVERAGE_SCHEMA_VERSION = 1;

/**
 * - `complete`: no error or warning finding (notes do not count against a rule).
 * - `undocumented`: no false-positive documentation at all (`missing-false-positives`).
 * - `placeholders-only`: only "Unknown", "None"... (`placeholder-false-positives`).
 * - `incomplete`: documented, but other error/warning findings remain (missing catalog entries...).
 */
export type RuleStatus = 'complete' | 'incomplete' | 'placeholders-only' | 'undocumented';

export const RULE_STATUSES: readonly RuleStatus[] = ['complete', 'incomplete', 'placeholders-only', 'undocumented'];

/** Platform of rules whose data sources name none lofp-lint knows. */
export const UNKNOWN_PLATFORM = 'unknown';

export interface CoverageCounts {
  /** Selected rules counted. */
  rules: number;
  complete: number;
  incomplete: number;
  placeholdersOnly: number;
  undocumented: number;
  /** `complete / rules` in percent, rounded down (99.9 is 99); 100 when there are no rules. */
  percentComplete: number;
}

export interface RuleCoverage {
  path: string;
  /** Index of the YAML document in a multi-document file, 0 otherwise. */
  document: number;
  /** The rule's own id, or null when it has none. */
  id: string | null;
  title: string;
  format: FormatId;
  /** Line of the rule's title. */
  line: number;
  /** The rule's techniques among the selected ones. */
  techniques: string[];
  /** Platforms named by the rule's data sources (`aws`, `m365`...), or [`unknown`]. */
  platforms: string[];
  status: RuleStatus;
  errors: number;
  warnings: number;
  notes: number;
  /** Catalog entry ids the rule does not document yet (from error/warning findings), most relevant first. */
  missingEntries: string[];
}

/** A catalog entry that at least one rule lacks. */
export interface MissingEntry {
  id: string;
  technique: string;
  /** The sentence a fix inserts (the catalog text as a rule author writes it). */
  text: string;
  /** Number of rules that lack it. */
  rules: number;
  /** Files of those rules, sorted, unique. */
  paths: string[];
}

/**
 * A catalog entry that no selected rule documents: the matcher found it in no rule's
 * false-positive items, whether or not it applies to the rules.
 */
export interface UncoveredEntry {
  id: string;
  technique: string;
  /** The sentence a fix inserts. */
  text: string;
  /** Rules the entry applies to (the matcher judged it relevant); 0 when it applies to none. */
  rules: number;
  /** Files of those rules, sorted, unique. */
  paths: string[];
}

export interface TechniqueCoverage extends CoverageCounts {
  technique: string;
  /** Catalog entries of the technique. */
  catalogEntries: number;
  /** Entries some rule lacks, most often missing first. */
  missingEntries: MissingEntry[];
  /** Catalog entries of the technique that at least one selected rule documents. */
  documentedEntries: number;
  /**
   * Catalog entries of the technique that no selected rule documents, the ones that apply to
   * most rules first; `catalogEntries - documentedEntries` of them.
   */
  uncoveredEntries: UncoveredEntry[];
}

export interface GroupCoverage extends CoverageCounts {
  /** The format id or platform id. */
  key: string;
}

export interface Coverage {
  schemaVersion: typeof COVERAGE_SCHEMA_VERSION;
  techniques: string[];
  /** All selected rules. */
  total: CoverageCounts;
  /** One entry per selected technique, in the order given. */
  byTechnique: TechniqueCoverage[];
  /** Most rules first. */
  byFormat: GroupCoverage[];
  /** Most rules first; a rule naming several platforms counts in each. */
  byPlatform: GroupCoverage[];
  /** Files that could not be parsed (`parse-error`): rules in them are not counted anywhere. */
  unparsedFiles: number;
  /** Every selected rule, in path order. */
  rules: RuleCoverage[];
}

/** The parts of a finding that decide a rule's status; JSON report findings have them too. */
export interface StatusFinding {
  check: string;
  severity: string;
  suggestions: readonly { id: string }[];
}

/** Checks whose error/warning findings say the rule lacks the entries they suggest. */
const ALL_SUGGESTIONS_MISSING = new Set(['missing-false-positives', 'placeholder-false-positives']);
/** One finding per missing entry: the entry is the first suggestion. */
const FIRST_SUGGESTION_MISSING = 'missing-catalog-entry';

function counts(finding: StatusFinding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

/** The status of a rule from its (unsuppressed) findings. */
export function ruleStatus(findings: readonly StatusFinding[]): RuleStatus {
  const relevant = findings.filter(counts);
  if (relevant.length === 0) return 'complete';
  if (relevant.some((f) => f.check === 'missing-false-positives')) return 'undocumented';
  if (relevant.some((f) => f.check === 'placeholder-false-positives')) return 'placeholders-only';
  return 'incomplete';
}

/** Catalog entry ids a rule lacks according to its error/warning findings, in order, unique. */
export function missingEntryIds(findings: readonly StatusFinding[]): string[] {
  const ids = new Set<string>();
  for (const f of findings) {
    if (!counts(f)) continue;
    if (f.check === FIRST_SUGGESTION_MISSING) {
      const first = f.suggestions[0];
      if (first) ids.add(first.id);
    } else if (ALL_SUGGESTIONS_MISSING.has(f.check)) {
      for (const s of f.suggestions) ids.add(s.id);
    }
  }
  return [...ids];
}

/** Platforms a rule's data sources name, in order of appearance; [`unknown`] when none. */
export function platformsOf(dataSources: readonly string[]): string[] {
  const platforms = new Set<string>();
  for (const source of dataSources) {
    for (const match of [...findTerms(source), ...findLogSources(source)]) {
      const platform = match.term.kind === 'platform' ? match.term.id : match.term.platform;
      if (platform) platforms.add(platform);
    }
  }
  return platforms.size > 0 ? [...platforms] : [UNKNOWN_PLATFORM];
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part * 100) / whole);
}

function countStatuses(rules: readonly RuleCoverage[]): CoverageCounts {
  const n = (status: RuleStatus) => rules.filter((r) => r.status === status).length;
  const complete = n('complete');
  return {
    rules: rules.length,
    complete,
    incomplete: n('incomplete'),
    placeholdersOnly: n('placeholders-only'),
    undocumented: n('undocumented'),
    percentComplete: percent(complete, rules.length),
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupBy(rules: readonly RuleCoverage[], keysOf: (r: RuleCoverage) => readonly string[]): GroupCoverage[] {
  const groups = new Map<string, RuleCoverage[]>();
  for (const rule of rules) for (const key of keysOf(rule)) pushTo(groups, key, rule);
  return [...groups]
    .map(([key, members]) => ({ key, ...countStatuses(members) }))
    .sort((a, b) => b.rules - a.rules || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The detection a finding belongs to: by path, then by rule id, then by the document's lines
 * (a multi-document file holds several rules, possibly without ids).
 */
function ownerOf(finding: Finding, byPath: ReadonlyMap<string, readonly Detection[]>): Detection | undefined {
  const candidates = byPath.get(finding.path);
  if (!candidates || candidates.length <= 1) return candidates?.[0];
  const sameId = finding.ruleId !== undefined ? candidates.filter((d) => d.id === finding.ruleId) : [];
  const pool = sameId.length > 0 ? sameId : candidates;
  if (pool.length === 1) return pool[0];
  return pool.find((d) => finding.line >= d.span.line && finding.line <= d.span.endLine) ?? pool[0];
}

function byCountThenId(a: { rules: number; id: string }, b: { rules: number; id: string }): number {
  return b.rules - a.rules || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Catalog entries some rule documents: an item the matcher tied to the entry, or the item that
 * covers a relevant entry (a rule may document an entry the matcher would not have suggested).
 */
function documentedEntryIds(analyses: readonly RuleAnalysis[]): Set<string> {
  const ids = new Set<string>();
  for (const analysis of analyses) {
    for (const item of analysis.items) if (item.entryId !== null) ids.add(item.entryId);
    for (const r of analysis.relevant) if (r.coveredBy !== null) ids.add(r.entryId);
  }
  return ids;
}

export function computeCoverage(result: LintResult, entries: readonly CatalogEntry[]): Coverage {
  const selected = (technique: string) => result.techniques.some((s) => techniqueMatches(technique, s));
  const byPath = new Map<string, Detection[]>();
  for (const d of result.detections) pushTo(byPath, d.path, d);

  const findingsOf = new Map<Detection, Finding[]>();
  let unparsedFiles = 0;
  for (const finding of result.findings) {
    if (finding.check === 'parse-error') {
      unparsedFiles++;
      continue;
    }
    const owner = ownerOf(finding, byPath);
    if (owner) pushTo(findingsOf, owner, finding);
  }

  // Rules of one family share their data sources: look each combination up once.
  const platformCache = new Map<string, string[]>();
  const platforms = (sources: readonly string[]) => {
    const key = sources.join('\u0000');
    let found = platformCache.get(key);
    if (!found) platformCache.set(key, (found = platformsOf(sources)));
    return [...found];
  };

  const rules: RuleCoverage[] = result.detections.map((d) => {
    const findings = findingsOf.get(d) ?? [];
    const n = (severity: string) => findings.filter((f) => f.severity === severity).length;
    return {
      path: d.path,
      document: d.document,
      id: d.id,
      title: d.title,
      format: d.format,
      line: d.titleSpan.line,
      techniques: d.techniques.filter(selected),
      platforms: platforms(d.dataSources),
      status: ruleStatus(findings),
      errors: n('error'),
      warnings: n('warning'),
      notes: n('note'),
      missingEntries: missingEntryIds(findings),
    };
  });

  const entryById = new Map(entries.map((e) => [e.id, e]));
  const suggestionText = new Map<string, string>();
  for (const f of result.findings) for (const s of f.suggestions) suggestionText.set(s.id, s.insert);

  const documented = documentedEntryIds(result.analyses);
  // Rules (by position) each entry applies to, from the same analyses.
  const relevantTo = new Map<string, number[]>();
  result.detections.forEach((_, i) => {
    for (const r of result.analyses[i]?.relevant ?? []) pushTo(relevantTo, r.entryId, i);
  });

  const byTechnique: TechniqueCoverage[] = result.techniques.map((technique) => {
    const members = rules.filter((r) => r.techniques.some((t) => techniqueMatches(t, technique)));
    const techniqueEntries = entries.filter((e) => techniqueMatches(e.technique, technique));
    const uncoveredEntries: UncoveredEntry[] = techniqueEntries
      .filter((e) => !documented.has(e.id))
      .map((e) => {
        const applying = (relevantTo.get(e.id) ?? []).map((i) => rules[i]!);
        return { id: e.id, technique: e.technique, text: e.insert, rules: applying.length, paths: [...new Set(applying.map((r) => r.path))].sort() };
      })
      .sort(byCountThenId);
    const missing = new Map<string, RuleCoverage[]>();
    for (const rule of members) {
      for (const id of rule.missingEntries) {
        // An entry outside the loaded catalog (a suggestion from a catalog since removed) counts
        // under the rule's first selected technique, so it is listed exactly once.
        const entryTechnique = entryById.get(id)?.technique ?? rule.techniques[0] ?? technique;
        if (!techniqueMatches(entryTechnique, technique)) continue;
        pushTo(missing, id, rule);
      }
    }
    const missingEntries: MissingEntry[] = [...missing]
      .map(([id, lacking]) => ({
        id,
        technique: entryById.get(id)?.technique ?? technique,
        text: entryById.get(id)?.insert ?? suggestionText.get(id) ?? '',
        rules: lacking.length,
        paths: [...new Set(lacking.map((r) => r.path))].sort(),
      }))
      .sort(byCountThenId);
    return {
      technique,
      ...countStatuses(members),
      catalogEntries: techniqueEntries.length,
      missingEntries,
      documentedEntries: techniqueEntries.length - uncoveredEntries.length,
      uncoveredEntries,
    };
  });

  return {
    schemaVersion: COVERAGE_SCHEMA_VERSION,
    techniques: [...result.techniques],
    total: countStatuses(rules),
    byTechnique,
    byFormat: groupBy(rules, (r) => [r.format]),
    byPlatform: groupBy(rules, (r) => r.platforms),
    unparsedFiles,
    rules,
  };
}
