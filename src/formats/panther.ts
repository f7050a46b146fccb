/**
 * Panther analysis metadata (panther-labs/panther-analysis .yml). A rule's logic sits in a .py file
 * beside it, which is never read. ATT&CK lives in `Reports: MITRE ATT&CK: [TA0009:T1530]`. There is
 * no false-positive field, and panther_analysis_tool rejects unknown keys, so advice is read from
 * `Runbook` and `Description` prose and written to `Runbook`.
 */
import type { Detection, FalsePositiveSection, ParseResult, TechniqueTag } from '../detection.js';
import type { Fix } from '../fix/edits.js';
import { splitLines, type SourceFile } from '../source.js';
import { disabledChecks } from '../suppression.js';
import type { FalsePositiveInsertion, FormatModule } from './types.js';
import { dataSourceHints } from './data-source-hints.js';
import { isDeprecatedPath } from './deprecated-path.js';
import { testEventQuery, TESTS_KEY } from './panther-tests.js';
import { lastFileMemo } from './last-file.js';
import { guardedParse } from './parse-guard.js';
import { appendParagraph, falsePositiveParagraph, falsePositiveSentences, newField, scalarField, unwrapQuotes } from './prose.js';
import { attackTags } from './yaml-attack-tags.js';
import { YamlLines, type KeySpan } from './yaml-lines.js';
import { loadYamlMapping } from './yaml-load.js';
import { proseFieldRefusal } from './yaml-unfixable.js';
import { dumpYaml, isYamlMap, stringOf, stringsOf, type YamlMap } from './yaml-value.js';

/** Analysis types that detect something; data models, globals, packs, lookups and queries do not. */
const RULE_TYPES: ReadonlySet<string> = new Set(['rule', 'policy', 'correlation_rule', 'scheduled_rule']);
const RULE_ANALYSIS_TYPE = /^AnalysisType[ \t]*:[ \t]*["']?(?:rule|policy|correlation_rule|scheduled_rule)["']?[ \t]*(?:#.*)?\r?$/m;

const MITRE_KEY = 'MITRE ATT&CK';
/** The key spelt otherwise: case, `&` and separators aside, `MITRE ATTACK` or `MITRE ATT&CK`. */
const MISSPELT_MITRE_KEY = /^\s*mitre[\s_-]*att(?:&|a)?ck\s*$/i;
/** A Runbook that is a link and nothing else. */
const ONLY_A_URL = /^\s*<?https?:\/\/\S+>?\s*$/i;
/** Panther's retirement convention: switched off, and the name says so. */
const RETIRED_NAME = /\[DEPRECATED\]|--\s*DEPRECATED\s*--/i;
/**
 * Unit tests with sample logs: most of a rule file's bytes, left out of the rule's parse and
 * read on their own only for the query (see panther-tests.ts).
 */
const NEVER_READ = [TESTS_KEY];
const RUNBOOK = 'Runbook';
const DESCRIPTION = 'Description';
/** Where a missing `Runbook` goes: after the first of these keys that the file has. */
const RUNBOOK_AFTER = [DESCRIPTION, 'DisplayName', 'RuleID', 'PolicyID', 'AnalysisType'];

// `TA0009:T1530`: the tactic is what precedes the colon (kept raw, even when malformed: `TA003`).
const TACTIC_PART = /^\s*(TA\d+)\s*:/i;

export const panther: FormatModule = {
  id: 'panther',
  name: 'Panther',
  extensions: ['.yml', '.yaml'],
  sniff: (file: SourceFile): boolean => RULE_ANALYSIS_TYPE.test(file.text),
  parse,
  planFalsePositiveFix,
  fixRefusal,
};

function parse(file: SourceFile): ParseResult {
  return guardedParse(file, parseRule, (error) => `Could not read the rule: ${String(error)}`);
}

/**
 * The file's lines, its top-level fields, and the file loaded without the fields it never reads;
 * loaded once for parsing and fix planning (see `lastFileMemo`).
 */
const loadRule = lastFileMemo((file: SourceFile) => {
  const lines = splitLines(file.text);
  const scan = new YamlLines(lines, { unscannedKeys: NEVER_READ });
  const fields = scan.fields();
  const loaded = loadYamlMapping(file, NEVER_READ.flatMap((key) => fields.get(key) ?? []));
  return { lines, scan, fields, loaded };
});

function parseRule(file: SourceFile): ParseResult {
  const { lines, scan, fields, loaded } = loadRule(file);
  if (!loaded.doc) return { detections: [], problems: loaded.problems };
  const doc = loaded.doc;
  const analysisType = stringOf(doc['AnalysisType'])?.trim().toLowerCase();
  if (!analysisType || !RULE_TYPES.has(analysisType)) return { detections: [], problems: [] };

  const id = stringOf(doc['RuleID']) ?? stringOf(doc['PolicyID']) ?? null;
  const displayName = stringOf(doc['DisplayName'])?.trim();
  const titleField = (displayName ? fields.get('DisplayName') : undefined) ?? fields.get('RuleID') ?? fields.get('PolicyID');
  const description = unwrapQuotes(stringOf(doc[DESCRIPTION]) ?? '');
  const mitre = mitreTags(doc, scan, fields.get('Reports'));
  const status = stringOf(doc['Status'])?.trim().toLowerCase() || null;

  const detection: Detection = {
    format: 'panther',
    path: file.path,
    document: 0,
    id: id?.trim() || null,
    title: displayName || id?.trim() || '',
    titleSpan: titleField ? { line: titleField.line, endLine: titleField.line } : { line: 1, endLine: 1 },
    description,
    techniques: [...new Set(mitre.flatMap((t) => (t.technique ? [t.technique] : [])))],
    techniqueTags: mitre,
    tactics: [...new Set(mitre.flatMap((t) => TACTIC_PART.exec(t.raw)?.[1] ?? (t.technique ? [] : [t.raw])))],
    query: queryOf(doc, lines, fields.get(TESTS_KEY)),
    dataSources: dataSourceHints([
      ...stringsOf(doc['LogTypes']).map((t) => `logtype:${t}`),
      ...stringsOf(doc['ResourceTypes']).map((t) => `resourcetype:${t}`),
      ...stringsOf(doc['Tags']).map((t) => `tag:${t}`),
    ]),
    status,
    // `Enabled: false` alone only switches a rule off; `Status: Deprecated`, a deprecated folder,
    // or `Enabled: false` with "[DEPRECATED]" / "--DEPRECATED--" in the name retires it.
    deprecated:
      status === 'deprecated' ||
      isDeprecatedPath(file.path) ||
      (doc['Enabled'] === false && RETIRED_NAME.test(displayName ?? '')),
    // A policy evaluates resource snapshots (configuration), not events.
    ...(analysisType === 'policy' ? { evaluates: 'resources' as const } : {}),
    falsePositives: [RUNBOOK, DESCRIPTION].flatMap((key) => proseSection(lines, fields.get(key), doc[key], key)),
    disabledChecks: disabledChecks(file.text),
    span: scan.whole,
    source: file,
  };
  return { detections: [detection], problems: [] };
}

/**
 * `Reports: MITRE ATT&CK:` items only: ids in `Tests` logs or prose are no tags. Items of a flow
 * mapping (`Reports: {MITRE ATT&CK: [...]}`), which has no key line of its own, are looked for
 * from the `Reports` value on.
 */
function mitreTags(doc: YamlMap, scan: YamlLines, reports: KeySpan | undefined): TechniqueTag[] {
  const reportsValue = doc['Reports'];
  if (!reports || !isYamlMap(reportsValue)) return [];
  const keys = scan.childKeys(reports);
  const tags: TechniqueTag[] = [];
  for (const [key, values] of Object.entries(reportsValue)) {
    if (values === undefined || values === null) continue;
    const exact = key === MITRE_KEY;
    // `MITRE ATTACK`, `Mitre Att&ck`: panther_analysis_tool files them as another framework, so
    // the rule is missing from ATT&CK reports; its tags are still read, and reported.
    if (!exact && !MISSPELT_MITRE_KEY.test(key)) continue;
    const found = attackTags(scan, keys.find((k) => k.key === key) ?? reports, values);
    const problem = `is under the Reports key "${key}", which Panther does not read as ATT&CK; write the key "${MITRE_KEY}"`;
    tags.push(...(exact ? found : found.map((tag) => ({ ...tag, problem }))));
  }
  return tags;
}

/**
 * The rule's logic as far as the YAML shows it: a correlation rule's `Detection`, a `Query`, else
 * the events its matching tests log. Never the description: prose is no evidence of what fires.
 */
function queryOf(doc: YamlMap, lines: readonly string[], tests: KeySpan | undefined): string {
  const detection = doc['Detection'];
  if (detection !== undefined && detection !== null) return dumpYaml(detection).trimEnd();
  return stringOf(doc['Query'])?.trim() ?? testEventQuery(lines, tests);
}

function proseSection(lines: readonly string[], field: KeySpan | undefined, value: unknown, key: string): FalsePositiveSection[] {
  if (!field || typeof value !== 'string') return [];
  const scalar = scalarField(lines, field);
  const items = falsePositiveSentences(lines, scalar, unwrapQuotes(value));
  return items.length === 0 ? [] : [{ source: 'description', key, line: scalar.line, endLine: scalar.endLine, items }];
}

/**
 * The field a fix appends to. A Runbook that is only a link (to a wiki or Panther's docs) is no
 * place for prose: the paragraph goes to the Description, which lofp-lint reads too.
 */
function proseKey(doc: YamlMap, fields: ReadonlyMap<string, KeySpan>): string {
  const runbook = doc[RUNBOOK];
  return typeof runbook === 'string' && ONLY_A_URL.test(runbook) && fields.get(DESCRIPTION) ? DESCRIPTION : RUNBOOK;
}

function fixRefusal(detection: Detection): string | null {
  const { scan, fields, loaded } = loadRule(detection.source);
  return loaded.doc ? proseFieldRefusal(scan, fields, proseKey(loaded.doc, fields)) : null;
}

function planFalsePositiveFix(detection: Detection, insertion: FalsePositiveInsertion): Fix | null {
  const texts = insertion.texts.filter((t) => t.trim() !== '');
  if (texts.length === 0) return null;
  const { lines, scan, fields, loaded } = loadRule(detection.source);
  if (!loaded.doc) return null;
  const key = proseKey(loaded.doc, fields);
  if (proseFieldRefusal(scan, fields, key)) return null;
  const paragraph = falsePositiveParagraph(texts);
  const count = texts.length;
  const title = `Add ${count} false positive${count === 1 ? '' : 's'} to \`${key}\` (Panther has no false-positive field)`;
  const existing = fields.get(key);
  if (existing) {
    const value = loaded.doc[key];
    if (value !== null && value !== undefined && typeof value !== 'string') return null;
    const edits = appendParagraph(lines, scalarField(lines, existing), paragraph, value ?? '');
    return edits && { title, edits };
  }
  const anchor = RUNBOOK_AFTER.map((k) => fields.get(k)).find((f) => f !== undefined);
  const at = anchor ? anchor.endLine + 1 : 1;
  return { title, edits: [{ startLine: at, endLine: at - 1, lines: newField(RUNBOOK, paragraph) }] };
}
