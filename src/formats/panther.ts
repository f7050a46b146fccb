/**
 * Panther analysis metadata (panther-labs/panther-analysis .yml). A rule's logic sits in a .py file
 * beside it, which is never read. ATT&CK lives in `Reports: MITRE ATT&CK: [TA0009:T1530]`. There is
 * no false-positive field, and panther_analysis_tool rejects unknown keys, so advice is read from
 * `Runbook` and `Description` prose and written to `Runbook`.
 */
import yaml from 'js-yaml';
import type { Detection, FalsePositiveSection, ParseResult, TechniqueTag } from '../detection.js';
import type { Fix } from '../fix/edits.js';
import { splitLines, type SourceFile } from '../source.js';
import { disabledChecks } from '../suppression.js';
import type { FalsePositiveInsertion, FormatModule } from './types.js';
import { appendParagraph, falsePositiveParagraph, falsePositiveSentences, newField, scalarField, unwrapQuotes } from './prose.js';
import {
  isDeprecatedPath,
  loadYamlMapping,
  lowerUnique,
  nestedField,
  sequenceItems,
  stringOf,
  stringsOf,
  techniqueTagsOf,
  topLevelFields,
  type ItemPosition,
  type TopLevelField,
  type YamlMapping,
} from './yaml-rule.js';

/** Analysis types that detect something; data models, globals, packs, lookups and queries do not. */
const RULE_TYPES: ReadonlySet<string> = new Set(['rule', 'policy', 'correlation_rule', 'scheduled_rule']);
const RULE_ANALYSIS_TYPE = /^AnalysisType[ \t]*:[ \t]*["']?(?:rule|policy|correlation_rule|scheduled_rule)["']?[ \t]*(?:#.*)?\r?$/m;

const MITRE_KEY = 'MITRE ATT&CK';
/** Unit tests with sample logs: most of a rule file's bytes, and nothing lofp-lint reads. */
const NEVER_READ = ['Tests'];
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
};

function parse(file: SourceFile): ParseResult {
  try {
    return parseRule(file);
  } catch (error) {
    // Last resort: a bug here must cost one file, not the run.
    return { detections: [], problems: [{ path: file.path, line: 1, column: 1, message: `Could not read the rule: ${String(error)}` }] };
  }
}

function parseRule(file: SourceFile): ParseResult {
  const lines = splitLines(file.text);
  const fields = topLevelFields(lines);
  const loaded = loadYamlMapping(file, { fields, keys: NEVER_READ });
  if (!loaded.doc) return { detections: [], problems: loaded.problems };
  const doc = loaded.doc;
  const analysisType = stringOf(doc['AnalysisType'])?.trim().toLowerCase();
  if (!analysisType || !RULE_TYPES.has(analysisType)) return { detections: [], problems: [] };

  const id = stringOf(doc['RuleID']) ?? stringOf(doc['PolicyID']) ?? null;
  const displayName = stringOf(doc['DisplayName'])?.trim();
  const titleField = (displayName ? fields.get('DisplayName') : undefined) ?? fields.get('RuleID') ?? fields.get('PolicyID');
  const description = unwrapQuotes(stringOf(doc[DESCRIPTION]) ?? '');
  const mitre = mitreTags(doc, lines, fields.get('Reports'));
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
    query: queryOf(doc, description),
    dataSources: lowerUnique([
      ...stringsOf(doc['LogTypes']).map((t) => `logtype:${t}`),
      ...stringsOf(doc['ResourceTypes']).map((t) => `resourcetype:${t}`),
      ...stringsOf(doc['Tags']).map((t) => `tag:${t}`),
    ]),
    status,
    // `Enabled: false` only switches a rule off; `Status: Deprecated` or a deprecated folder retires it.
    deprecated: status === 'deprecated' || isDeprecatedPath(file.path),
    falsePositives: [RUNBOOK, DESCRIPTION].flatMap((key) => proseSection(lines, fields.get(key), doc[key], key)),
    disabledChecks: disabledChecks(file.text),
    span: { line: 1, endLine: Math.max(1, lines.length) },
    source: file,
  };
  return { detections: [detection], problems: [] };
}

/** `Reports: MITRE ATT&CK:` items only: ids in `Tests` logs or prose are no tags. */
function mitreTags(doc: YamlMapping, lines: readonly string[], reports: TopLevelField | undefined): TechniqueTag[] {
  const reportsValue = doc['Reports'];
  if (!reports || !reportsValue || typeof reportsValue !== 'object' || Array.isArray(reportsValue)) return [];
  const values = (reportsValue as YamlMapping)[MITRE_KEY];
  if (values === undefined || values === null) return [];
  const key = nestedField(lines, reports.line + 1, reports.endLine, MITRE_KEY);
  // A flow mapping on the `Reports:` line itself (`Reports: {MITRE ATT&CK: [...]}`) has no key line.
  const positions = key ? sequenceItems(lines, key.line, key.endLine) : flowMappingItems(lines[reports.line - 1]!, reports.line);
  return techniqueTagsOf(values, positions, key?.line ?? reports.line);
}

function flowMappingItems(line: string, lineNumber: number): ItemPosition[] {
  const at = line.indexOf(MITRE_KEY);
  if (at === -1) return [];
  // Blank out what precedes the key so that columns stay those of the file.
  return sequenceItems([' '.repeat(at) + line.slice(at)], 1, 1).map((p) => ({ ...p, line: lineNumber }));
}

/** The rule's logic as far as the YAML shows it: a correlation rule's `Detection`, a `Query`, else its description. */
function queryOf(doc: YamlMapping, description: string): string {
  const detection = doc['Detection'];
  if (detection !== undefined && detection !== null) {
    try {
      return yaml.dump(detection, { lineWidth: -1 }).trimEnd();
    } catch {
      return '';
    }
  }
  return stringOf(doc['Query'])?.trim() ?? description;
}

function proseSection(lines: readonly string[], field: TopLevelField | undefined, value: unknown, key: string): FalsePositiveSection[] {
  if (!field || typeof value !== 'string') return [];
  const scalar = scalarField(lines, field);
  const items = falsePositiveSentences(lines, scalar, unwrapQuotes(value));
  return items.length === 0 ? [] : [{ source: 'description', key, line: scalar.line, endLine: scalar.endLine, items }];
}

function planFalsePositiveFix(detection: Detection, insertion: FalsePositiveInsertion): Fix | null {
  const texts = insertion.texts.filter((t) => t.trim() !== '');
  if (texts.length === 0) return null;
  const file = detection.source;
  const lines = splitLines(file.text);
  const fields = topLevelFields(lines);
  const loaded = loadYamlMapping(file, { fields, keys: NEVER_READ });
  if (!loaded.doc) return null;
  const paragraph = falsePositiveParagraph(texts);
  const count = texts.length;
  const title = `Add ${count} false positive${count === 1 ? '' : 's'} to \`${RUNBOOK}\` (Panther has no false-positive field)`;
  const existing = fields.get(RUNBOOK);
  if (existing) {
    const value = loaded.doc[RUNBOOK];
    if (value !== null && value !== undefined && typeof value !== 'string') return null;
    const edits = appendParagraph(lines, scalarField(lines, existing), paragraph, value ?? '');
    return edits && { title, edits };
  }
  const anchor = RUNBOOK_AFTER.map((k) => fields.get(k)).find((f) => f !== undefined);
  const at = anchor ? anchor.endLine + 1 : 1;
  return { title, edits: [{ startLine: at, endLine: at - 1, lines: newField(RUNBOOK, paragraph) }] };
}
