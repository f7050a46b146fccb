/**
 * Linting one candidate file: parse it, select the detections tagged with the run's techniques,
 * analyse each against the catalog and run the checks. A pure function of the file's text and
 * the run's settings, so it gives the same outcome in the main thread and in a worker thread.
 */
import { techniqueMatches } from './attack.js';
import type { Catalog, CatalogEntry } from './catalog/types.js';
import { CHECKS, CHECK_METAS } from './checks/index.js';
import type { CheckReport } from './checks/types.js';
import type { Detection, ParseProblem } from './detection.js';
import type { Finding, Severity, SeveritySetting } from './finding.js';
import type { Fix } from './fix/edits.js';
import { formatById, recognizeFormat } from './formats/index.js';
import { analyzeDetection, catalogIndexFor } from './match/analyze.js';
import type { CatalogIndex } from './match/relevance.js';
import type { Confidence, RuleAnalysis } from './match/types.js';
import { isPlaceholder } from './placeholders.js';
import { sha256Hex } from './sha256.js';
import type { DirectiveWarning, Skip, Suppression } from './result.js';
import type { SourceFile } from './source.js';
import { directives, isDisabled, isDisabledOnLine, unknownDirectiveChecks } from './suppression.js';

/** The run's settings a file's outcome depends on; plain data, so a worker can receive it. */
export interface FileLintContext {
  techniques: string[];
  includeDeprecated: boolean;
  catalog: Catalog;
  /** Severity per check id, or `off` (the config's `checks`). */
  checks: Record<string, SeveritySetting>;
  fixConfidence: Confidence;
  /** Keep the rule texts (and queries, descriptions) in the outcome; see lint-outcome.ts. */
  keepText: boolean;
}

export interface ParsedFile {
  /** Detections tagged with a selected technique (deprecated ones only when asked for). */
  detections: Detection[];
  problems: ParseProblem[];
  /** Deprecated rules left out. */
  skipped: Skip[];
}

/** What linting one file concluded; `analyses` and `detections` have the same order. */
export interface FileOutcome extends ParsedFile {
  analyses: RuleAnalysis[];
  /** Findings of the detections (parse errors are `problems`, reported by the caller). */
  findings: Finding[];
  suppressed: Suppression[];
  /** Disable comments of the file naming unknown checks. */
  directiveWarnings: DirectiveWarning[];
}

/** Entries of the techniques (a sub-technique also gets its parent technique's entries). */
export function entriesForTechniques(catalog: Catalog, techniques: readonly string[]): CatalogEntry[] {
  return catalog.entries.filter((e) => techniques.some((t) => techniqueMatches(t, e.technique)));
}

/** Entries of a selection of techniques, and the matcher's index of them. */
interface SelectedEntries {
  entries: readonly CatalogEntry[];
  index: CatalogIndex;
}

/**
 * Entries per catalog and list of selected techniques, selected and indexed once per run, not
 * per rule (`catalogIndexFor` would find the index again by comparing the entries one by one).
 */
const selectedEntries = new WeakMap<Catalog, Map<string, SelectedEntries>>();

function entriesOf(catalog: Catalog, techniques: readonly string[]): SelectedEntries {
  let byTechniques = selectedEntries.get(catalog);
  if (!byTechniques) selectedEntries.set(catalog, (byTechniques = new Map()));
  const key = techniques.join(' ');
  let selected = byTechniques.get(key);
  if (!selected) {
    const entries = entriesForTechniques(catalog, techniques);
    byTechniques.set(key, (selected = { entries, index: catalogIndexFor(entries) }));
  }
  return selected;
}

export function fingerprint(parts: readonly (string | null | undefined)[]): string {
  // `parts.map((p) => p ?? '').join('\u0000')` without the intermediate array.
  let joined = parts.length > 0 ? (parts[0] ?? '') : '';
  for (let i = 1; i < parts.length; i++) joined += `\u0000${parts[i] ?? ''}`;
  return sha256Hex(joined).slice(0, 16);
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
  if (!format?.planFalsePositiveFix) return null;
  const texts: string[] = [];
  for (const s of analysis.suggestions) {
    if (texts.length === MAX_SUGGESTIONS_PER_FINDING) break;
    if (confidence === 'medium' || s.confidence === 'high') texts.push(format.falsePositiveStyle === 'phrase' ? (s.short ?? s.insert) : s.insert);
  }
  if (texts.length === 0) return null;
  // A field of the wrong type is the format module's to judge: it fixes what it can rewrite safely.
  const field = detection.falsePositives.find((s) => s.source === 'field');
  const replace = field && field.items.every((i) => isPlaceholder(i.text)) ? field.items : [];
  return format.planFalsePositiveFix(detection, { texts, replace });
}

const CHECK_IDS: readonly string[] = CHECK_METAS.map((m) => m.id);

function demoted(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'note';
}

/** Parses a file that may carry a selected technique's tag and keeps the tagged detections. */
export function parseSelected(file: SourceFile, techniques: readonly string[], includeDeprecated: boolean): ParsedFile {
  const out: ParsedFile = { detections: [], problems: [], skipped: [] };
  const format = recognizeFormat(file);
  if (!format) return out;
  const parsed = format.parse(file);
  out.problems.push(...parsed.problems);
  for (const detection of parsed.detections) {
    if (!detection.techniques.some((t) => techniques.some((s) => techniqueMatches(t, s)))) continue;
    if (detection.deprecated && !includeDeprecated) {
      out.skipped.push({ path: detection.path, reason: `deprecated rule "${detection.title}" skipped (use --include-deprecated to lint it)` });
      continue;
    }
    out.detections.push(detection);
  }
  return out;
}

export function lintSource(file: SourceFile, context: FileLintContext): FileOutcome {
  const parsed = parseSelected(file, context.techniques, context.includeDeprecated);
  // Read once per file: a multi-document file holds several detections; line numbers are the file's.
  const fileDirectives = parsed.detections.length ? directives(file.text) : [];
  const outcome: FileOutcome = {
    detections: parsed.detections,
    problems: parsed.problems,
    skipped: parsed.skipped,
    analyses: [],
    findings: [],
    suppressed: [],
    directiveWarnings: fileDirectives.length ? unknownDirectiveChecks(file.path, fileDirectives, CHECK_IDS) : [],
  };
  const severityOf = (check: string, fallback: SeveritySetting): SeveritySetting => context.checks[check] ?? fallback;
  for (const detection of parsed.detections) {
    const selected = detection.techniques.filter((t) => context.techniques.some((s) => techniqueMatches(t, s)));
    const { entries, index } = entriesOf(context.catalog, selected);
    const analysis = analyzeDetection(detection, entries, index);
    outcome.analyses.push(analysis);
    const fix = planFix(detection, analysis, context.fixConfidence);
    // A field the format cannot rewrite safely: the findings that would carry the fix say why.
    // Asked only once such a finding comes (most rules without a fix have none).
    // Without disable comments (most files) no finding is suppressed: no need to ask per finding.
    const mayBeSuppressed = detection.disabledChecks.length > 0 || fileDirectives.length > 0;
    let refusal: string | null | undefined = fix ? null : undefined;
    const refusalOf = (): string | null =>
      refusal === undefined ? (refusal = formatById(detection.format)?.fixRefusal?.(detection) ?? null) : refusal;
    for (const check of CHECKS) {
      const setting = severityOf(check.meta.id, check.meta.defaultSeverity);
      if (setting === 'off') continue;
      const reports: CheckReport[] = check.run({ detection, entries, analysis, fix });
      for (const report of reports) {
        if (mayBeSuppressed && (isDisabled(detection.disabledChecks, check.meta.id) || isDisabledOnLine(fileDirectives, check.meta.id, report.line))) {
          outcome.suppressed.push({ check: check.meta.id, path: detection.path, line: report.line, ruleId: detection.id });
          continue;
        }
        // Built field by field rather than with object spreads (a third of this function's own time).
        const finding: Partial<Finding> = {
          check: check.meta.id,
          severity: report.demote ? demoted(setting) : setting,
          path: detection.path,
          line: report.line,
          column: report.column,
          endLine: report.endLine,
        };
        if (report.endColumn !== undefined) finding.endColumn = report.endColumn;
        finding.message = report.suggestions?.length && refusalOf() ? `${report.message}; not fixed automatically: ${refusalOf()}` : report.message;
        const suggestions = report.suggestions ?? [];
        if (suggestions.length <= MAX_SUGGESTIONS_PER_FINDING) finding.suggestions = suggestions;
        else {
          finding.suggestions = suggestions.slice(0, MAX_SUGGESTIONS_PER_FINDING);
          finding.omittedSuggestions = suggestions.length - MAX_SUGGESTIONS_PER_FINDING;
        }
        if (report.fix) finding.fix = report.fix;
        finding.ruleId = detection.id;
        finding.fingerprint = fingerprint([check.meta.id, detection.path, detection.id ?? String(detection.document), report.subject]);
        outcome.findings.push(finding as Finding);
      }
    }
  }
  return outcome;
}
