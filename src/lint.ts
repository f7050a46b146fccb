/**
 * The engine: paths -> files -> detections -> findings. Shared by the CLI and the Action;
 * never imports @actions/* and never prints.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { techniqueMatches, techniquePrefilter } from './attack.js';
import type { Catalog, CatalogEntry } from './catalog/types.js';
import { CHECKS, CHECK_METAS } from './checks/index.js';
import type { CheckReport } from './checks/types.js';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, type LintConfig } from './config.js';
import { ConfigError } from './errors.js';
import type { Detection, ParseProblem } from './detection.js';
import { discoverFiles, type PathPatterns } from './discover.js';
import { SEVERITY_RANK, type Finding, type Severity, type SeveritySetting } from './finding.js';
import type { Fix } from './fix/edits.js';
import { RULE_EXTENSIONS, formatById, recognizeFormat } from './formats/index.js';
import { analyzeDetection } from './match/analyze.js';
import type { Confidence, RuleAnalysis, Suggestion } from './match/types.js';
import { isPlaceholder } from './placeholders.js';
import { readCandidate } from './read.js';
import type { LintResult, Skip, Suppression } from './result.js';
import { isDisabled } from './suppression.js';
import { VERSION } from './version.js';

export interface CollectOptions {
  /** Absolute folder output paths are relative to; symlinks may not leave it. */
  root: string;
  paths: string[];
  techniques: string[];
  includeDeprecated: boolean;
  /** Gitignore-style patterns relative to `patternBase` (default `root`). */
  include?: string[];
  exclude?: string[];
  patternBase?: string;
  /** More exclusions relative to their own folder (the config's `ignore:`). */
  ignore?: PathPatterns;
  /** Only these root-relative paths are read (pull-request mode); undefined: all discovered. */
  onlyPaths?: ReadonlySet<string>;
}

export interface Collected {
  /** Selected detections, in path order. */
  detections: Detection[];
  problems: ParseProblem[];
  skipped: Skip[];
  /** Rule-format files read. */
  files: number;
  /** Given paths and --include patterns that selected no rule file. */
  unmatched: string[];
}

/** Discovers, reads, prefilters and parses; returns the detections tagged with `techniques`. */
export async function collectDetections(options: CollectOptions): Promise<Collected> {
  const discovered = discoverFiles({
    root: options.root,
    paths: options.paths,
    extensions: RULE_EXTENSIONS,
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    ...(options.patternBase ? { patternBase: options.patternBase } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
  });
  const configNames: readonly string[] = CONFIG_FILE_NAMES;
  const files = discovered.files.filter(
    (f) => !configNames.includes(path.posix.basename(f.relative)) && (!options.onlyPaths || options.onlyPaths.has(f.relative)),
  );
  const skipped = [...discovered.skipped];
  const mayCarryTag = techniquePrefilter(options.techniques);
  const detections: Detection[] = [];
  const problems: ParseProblem[] = [];

  // One file at a time, so that only the texts of parsed rules stay in memory.
  for (const discoveredFile of files) {
    // Parsing is the expensive step: only files that mention a selected technique can carry its tag.
    const outcome = readCandidate(discoveredFile, mayCarryTag);
    if (outcome.kind === 'unrelated') continue;
    if (outcome.kind === 'skip') {
      skipped.push({ path: discoveredFile.relative, reason: outcome.reason });
      continue;
    }
    const format = recognizeFormat(outcome.file);
    if (!format) continue;
    const parsed = format.parse(outcome.file);
    problems.push(...parsed.problems);
    for (const detection of parsed.detections) {
      if (!detection.techniques.some((t) => options.techniques.some((s) => techniqueMatches(t, s)))) continue;
      if (detection.deprecated && !options.includeDeprecated) {
        skipped.push({ path: detection.path, reason: `deprecated rule "${detection.title}" skipped (use --include-deprecated to lint it)` });
        continue;
      }
      detections.push(detection);
    }
  }
  return { detections, problems, skipped, files: files.length, unmatched: discovered.unmatched };
}

export interface LintOptions extends CollectOptions {
  catalog: Catalog;
  config?: LintConfig;
  /** Which suggestions a fix inserts: `high` only (default) or `medium` and above. */
  fixConfidence?: Confidence;
}

/** Entries of the techniques (a sub-technique also gets its parent technique's entries). */
export function entriesForTechniques(catalog: Catalog, techniques: readonly string[]): CatalogEntry[] {
  return catalog.entries.filter((e) => techniques.some((t) => techniqueMatches(t, e.technique)));
}

function demoted(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'note';
}

export function fingerprint(parts: readonly (string | null | undefined)[]): string {
  return createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 16);
}

/**
 * Suggestions one finding carries, and entries one fix inserts, most relevant first. A catalog
 * where thousands of entries apply to one rule would otherwise make every finding carry them
 * all (and every finding of the rule the same huge fix): 3,000 entries made a report of several
 * gigabytes. Ten is already more than any real rule documents; the rest are counted.
 */
export const MAX_SUGGESTIONS_PER_FINDING = 10;

/** The fix that writes the suggestions of `confidence` or better into the rule, or null. */
export function planFix(detection: Detection, analysis: RuleAnalysis, confidence: Confidence): Fix | null {
  const format = formatById(detection.format);
  const texts = analysis.suggestions
    .filter((s) => confidence === 'medium' || s.confidence === 'high')
    .slice(0, MAX_SUGGESTIONS_PER_FINDING)
    .map((s) => s.insert);
  if (!format?.planFalsePositiveFix || texts.length === 0) return null;
  // A field of the wrong type is the format module's to judge: it fixes what it can rewrite safely.
  const field = detection.falsePositives.find((s) => s.source === 'field');
  const replace = field && field.items.every((i) => isPlaceholder(i.text)) ? field.items : [];
  return format.planFalsePositiveFix(detection, { texts, replace });
}

function capped(suggestions: Suggestion[]): Pick<Finding, 'suggestions' | 'omittedSuggestions'> {
  if (suggestions.length <= MAX_SUGGESTIONS_PER_FINDING) return { suggestions };
  return { suggestions: suggestions.slice(0, MAX_SUGGESTIONS_PER_FINDING), omittedSuggestions: suggestions.length - MAX_SUGGESTIONS_PER_FINDING };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.check < b.check ? -1 : a.check > b.check ? 1 : 0)
  );
}

/** A config naming a check that does not exist is a typo that would silently do nothing. */
function assertKnownChecks(config: LintConfig): void {
  const known = CHECK_METAS.map((m) => m.id);
  for (const id of Object.keys(config.checks)) {
    if (!known.includes(id)) {
      throw new ConfigError(`${config.source ?? 'config'}: checks: unknown check '${id}' (known: ${known.join(', ')})`);
    }
  }
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const config = options.config ?? DEFAULT_CONFIG;
  assertKnownChecks(config);
  const collected = await collectDetections({
    ...options,
    ...(config.ignore.length ? { ignore: { base: config.dir ?? options.root, patterns: config.ignore } } : {}),
  });
  const severityOf = (check: string, fallback: SeveritySetting): SeveritySetting => config.checks[check] ?? fallback;
  const findings: Finding[] = [];
  const suppressed: Suppression[] = [];
  const analyses: RuleAnalysis[] = [];

  const parseSeverity = severityOf('parse-error', 'error');
  if (parseSeverity !== 'off') {
    for (const p of collected.problems) {
      findings.push({
        check: 'parse-error',
        severity: parseSeverity,
        path: p.path,
        line: p.line,
        column: p.column,
        endLine: p.line,
        message: p.message,
        suggestions: [],
        fingerprint: fingerprint(['parse-error', p.path, p.message]),
      });
    }
  }

  for (const detection of collected.detections) {
    const selected = detection.techniques.filter((t) => options.techniques.some((s) => techniqueMatches(t, s)));
    const entries = entriesForTechniques(options.catalog, selected);
    const analysis = analyzeDetection(detection, entries);
    analyses.push(analysis);
    const fix = planFix(detection, analysis, options.fixConfidence ?? 'high');
    for (const check of CHECKS) {
      const setting = severityOf(check.meta.id, check.meta.defaultSeverity);
      if (setting === 'off') continue;
      const reports: CheckReport[] = check.run({ detection, entries, analysis, fix });
      for (const report of reports) {
        if (isDisabled(detection.disabledChecks, check.meta.id)) {
          suppressed.push({ check: check.meta.id, path: detection.path, line: report.line, ruleId: detection.id });
          continue;
        }
        findings.push({
          check: check.meta.id,
          severity: report.demote ? demoted(setting) : setting,
          path: detection.path,
          line: report.line,
          column: report.column,
          endLine: report.endLine,
          ...(report.endColumn !== undefined ? { endColumn: report.endColumn } : {}),
          message: report.message,
          ...capped(report.suggestions ?? []),
          ...(report.fix ? { fix: report.fix } : {}),
          ruleId: detection.id,
          fingerprint: fingerprint([check.meta.id, detection.path, detection.id ?? String(detection.document), report.subject]),
        });
      }
    }
  }
  findings.sort(compareFindings);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: 'lofp-lint', version: VERSION },
    techniques: options.techniques,
    detections: collected.detections,
    analyses,
    findings,
    skipped: collected.skipped,
    unmatched: collected.unmatched,
    suppressed,
    summary: {
      files: collected.files,
      detections: collected.detections.length,
      skipped: collected.skipped.length,
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
      suppressed: suppressed.length,
    },
  };
}
