/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF
 * viewers. Pure: a function of the LintResult and the check registry.
 *
 * GitHub's requirements (docs "SARIF support for code scanning"): `$schema`, `version`,
 * `tool.driver.name` and `rules[]` (id, short/full description, help), results with `ruleId`,
 * `level`, `message.text` and a repository-relative `artifactLocation.uri` with `region.startLine`;
 * `partialFingerprints` keep alerts attached across line moves; `automationDetails.id` sets the
 * category that tells separate analyses of one commit apart.
 */
import { CHECK_METAS, docsUrl } from '../checks/index.js';
import type { CheckMeta } from '../checks/types.js';
import type { Finding, Severity, SeveritySetting } from '../finding.js';
import { dominantEol } from '../fix/apply.js';
import type { Fix, TextEdit } from '../fix/edits.js';
import type { LintResult } from '../result.js';
import { splitLines, type SourceFile } from '../source.js';
import { StreamedArray, StreamedObject, writeJson } from './json-stream.js';
import type { TextWriter } from './writer.js';

export const SARIF_VERSION = '2.1.0';
/** The OASIS standard's schema (2.1.0 errata 01), which the SARIF validator asks for. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning rejects runs with more results (docs: "Uploading a SARIF file", limits). */
export const MAX_RESULTS_PER_RUN = 25_000;
export const TOOL_INFORMATION_URI = 'https://github.com/lofp-lint/lofp-lint';
/** Category used when the caller gives none; the trailing `/` makes the whole id the category. */
export const DEFAULT_SARIF_CATEGORY = 'lofp-lint';
/** Key of our fingerprint in `partialFingerprints`; bump the version if its recipe changes. */
export const FINGERPRINT_KEY = 'lofpLintFingerprint/v1';
/** Paths are relative to the checkout; upload-sarif resolves this base to the repository root. */
export const SOURCE_ROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId: string;
}

export interface SarifReplacement {
  deletedRegion: SarifRegion;
  insertedContent?: { text: string };
}

export interface SarifFix {
  description: SarifMessage;
  artifactChanges: { artifactLocation: SarifArtifactLocation; replacements: SarifReplacement[] }[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: { physicalLocation: { artifactLocation: SarifArtifactLocation; region: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
  fixes?: SarifFix[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: SarifLevel; enabled?: boolean };
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version: string;
      semanticVersion: string;
      informationUri: string;
      rules: SarifRule[];
    };
  };
  automationDetails: { id: string };
  /** Our columns count UTF-16 code units, as JavaScript strings do. */
  columnKind: 'utf16CodeUnits';
  invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[];
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: SarifRun[];
}

export interface SarifOptions {
  /** Analysis category (`automationDetails.id`), e.g. `lofp-lint/audit`. */
  category?: string;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

function levelOf(setting: SeveritySetting): SarifLevel {
  return setting === 'off' ? 'none' : setting;
}

/** `missing-false-positives` -> `MissingFalsePositives`: SARIF asks for Pascal-case rule names. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function sarifRule(meta: CheckMeta): SarifRule {
  const url = docsUrl(meta.id);
  const description = sentence(meta.description);
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} Default severity: ${meta.defaultSeverity}.` },
    help: {
      text: `${description}\n\nWhat the check looks for, examples and how to fix it: ${url}`,
      markdown: `${description}\n\nWhat the check looks for, examples and how to fix it: [${meta.id}](${url})`,
    },
    helpUri: url,
    defaultConfiguration: meta.defaultSeverity === 'off' ? { level: 'none', enabled: false } : { level: levelOf(meta.defaultSeverity) },
  };
}

/** A repository-relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(path: string): SarifArtifactLocation {
  return { uri: pathToUri(path), uriBaseId: SOURCE_ROOT };
}

/** What a replacement needs to know about the file it patches. */
export interface LineLayout {
  /** The lines without terminators (src/source.ts `splitLines`). */
  lines: readonly string[];
  /** The line ending new lines get. */
  eol: string;
  finalNewline: boolean;
}

export function lineLayout(text: string): LineLayout {
  // The line ending `--fix` writes (src/fix/apply.ts), so both fixes produce the same text.
  return { lines: splitLines(text), eol: dominantEol(text), finalNewline: /\n$/.test(text) };
}

/**
 * One whole-line edit as a SARIF replacement on the file's text, with the result `--fix` gives
 * (src/fix/apply.ts). The region ends at the start of the line after the edit, so the replaced
 * lines' terminators go too; on the last line it ends at the line's end instead, which keeps the
 * file's final newline (or its absence) as it was.
 */
export function replacementFor(edit: TextEdit, layout: LineLayout): SarifReplacement {
  const { lines, eol, finalNewline } = layout;
  const count = lines.length;
  const lineEnd = (line: number) => (lines[line - 1] ?? '').length + 1;
  const inserted = (text: string) => (text === '' ? {} : { insertedContent: { text } });
  const isInsertion = edit.endLine < edit.startLine;

  if (isInsertion && edit.startLine > count) {
    // Appending: insert after the last character, before any final newline.
    const at = { startLine: count, startColumn: lineEnd(count), endLine: count, endColumn: lineEnd(count) };
    return { deletedRegion: at, ...inserted(edit.lines.map((l) => eol + l).join('')) };
  }
  if (isInsertion) {
    const at = { startLine: edit.startLine, startColumn: 1, endLine: edit.startLine, endColumn: 1 };
    return { deletedRegion: at, ...inserted(edit.lines.map((l) => l + eol).join('')) };
  }
  if (edit.endLine < count) {
    const region = { startLine: edit.startLine, startColumn: 1, endLine: edit.endLine + 1, endColumn: 1 };
    return { deletedRegion: region, ...inserted(edit.lines.map((l) => l + eol).join('')) };
  }
  if (edit.lines.length === 0 && finalNewline) {
    // Deleting the last lines of a file that ends with a newline: the file still ends with one.
    const region =
      edit.startLine > 1
        ? { startLine: edit.startLine - 1, startColumn: lineEnd(edit.startLine - 1), endLine: count, endColumn: lineEnd(count) }
        : { startLine: 1, startColumn: 1, endLine: count + 1, endColumn: 1 };
    return { deletedRegion: region };
  }
  const region = { startLine: edit.startLine, startColumn: 1, endLine: count, endColumn: lineEnd(count) };
  return { deletedRegion: region, ...inserted(edit.lines.join(eol)) };
}

function sarifFix(fix: Fix, file: SourceFile, layout: LineLayout): SarifFix {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(file.path),
        replacements: fix.edits.map((edit) => replacementFor(edit, layout)),
      },
    ],
  };
}

function region(finding: Finding): SarifRegion {
  return {
    startLine: Math.max(1, finding.line),
    startColumn: Math.max(1, finding.column),
    endLine: Math.max(finding.line, finding.endLine, 1),
    ...(finding.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
  };
}

/** The findings that fit in one run: all of them, or the most severe first, in report order. */
function withinLimit(findings: readonly Finding[]): Finding[] {
  if (findings.length <= MAX_RESULTS_PER_RUN) return [...findings];
  const kept = new Set(
    findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
      .slice(0, MAX_RESULTS_PER_RUN)
      .map((x) => x.f),
  );
  return findings.filter((f) => kept.has(f));
}

/** The log with its results still to produce: `results` yields them one at a time. */
function sarifParts(result: LintResult, options: SarifOptions): { log: SarifLog; results: Iterable<SarifResult> } {
  const rules = CHECK_METAS.map(sarifRule);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sources = new Map<string, SourceFile>();
  for (const d of result.detections) sources.set(d.path, d.source);
  // Several findings of a file often carry the same fix: split its lines once (the last file's).
  let layoutPath: string | undefined;
  let layout: LineLayout | undefined;
  const layoutOf = (file: SourceFile) => {
    if (layoutPath !== file.path || !layout) {
      layout = lineLayout(file.text);
      layoutPath = file.path;
    }
    return layout;
  };

  const kept = withinLimit(result.findings);
  // Rules come before results in the log: register checks missing from the registry first.
  for (const finding of kept) {
    if (ruleIndex.has(finding.check)) continue;
    // A check missing from the registry would break GitHub's rule lookup: describe it minimally.
    ruleIndex.set(finding.check, rules.push(sarifRule({ id: finding.check, description: finding.check, defaultSeverity: finding.severity })) - 1);
  }
  // Results come in path order, and the findings of a rule carry the same fix: the location and
  // the fixes of the file at hand are made once for all its results (they serialize the same).
  let filePath: string | undefined;
  let location: SarifArtifactLocation | undefined;
  const fileFixes = new Map<Fix, SarifFix[]>();
  const toResult = (finding: Finding): SarifResult => {
    if (finding.path !== filePath || !location) {
      filePath = finding.path;
      location = artifactLocation(finding.path);
      fileFixes.clear();
    }
    const source = sources.get(finding.path);
    const fix = finding.fix;
    let fixes: SarifFix[] | undefined;
    if (fix && source && fix.edits.length > 0) {
      fixes = fileFixes.get(fix);
      if (!fixes) fileFixes.set(fix, (fixes = [sarifFix(fix, source, layoutOf(source))]));
    }
    return {
      ruleId: finding.check,
      ruleIndex: ruleIndex.get(finding.check)!,
      level: finding.severity,
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
      ...(fixes ? { fixes } : {}),
    };
  };
  const results = (function* () {
    for (const finding of kept) yield toResult(finding);
  })();

  const omitted = result.findings.length - kept.length;
  const category = options.category?.trim() || DEFAULT_SARIF_CATEGORY;
  const log: SarifLog = {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: TOOL_INFORMATION_URI,
            rules,
          },
        },
        automationDetails: { id: category.endsWith('/') ? category : `${category}/` },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            ...(omitted > 0
              ? {
                  toolExecutionNotifications: [
                    {
                      level: 'warning' as const,
                      message: {
                        text: `${omitted} of ${result.findings.length} findings were left out: GitHub code scanning accepts at most ${MAX_RESULTS_PER_RUN} results per run (the least severe were dropped; the JSON report lists all)`,
                      },
                    },
                  ],
                }
              : {}),
          },
        ],
        results: [],
      },
    ],
  };
  return { log, results };
}

export function renderSarif(result: LintResult, options: SarifOptions = {}): SarifLog {
  const { log, results } = sarifParts(result, options);
  log.runs[0]!.results = [...results];
  return log;
}

/**
 * Writes the SARIF log as `JSON.stringify(renderSarif(...), null, 2)` plus a newline would,
 * producing each result only when it is written.
 */
export function writeSarif(out: TextWriter, result: LintResult, options: SarifOptions = {}): void {
  const { log, results } = sarifParts(result, options);
  const run = log.runs[0]!;
  writeJson(
    out,
    new StreamedObject({
      ...log,
      runs: new StreamedArray([new StreamedObject({ ...run, results: new StreamedArray(results) })]),
    }),
  );
}
