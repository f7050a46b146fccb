/**
 * Microsoft Sentinel analytic rules and hunting queries (Azure/Azure-Sentinel .yaml).
 * ATT&CK lives in `relevantTechniques` (ids) and `tactics` (CamelCase names); there is no
 * false-positive field, so advice is read from, and written to, the `description` prose.
 */
import type { Detection, ParseResult, TechniqueTag } from '../detection.js';
import type { Fix } from '../fix/edits.js';
import type { SourceFile } from '../source.js';
import { disabledChecks } from '../suppression.js';
import type { FalsePositiveInsertion, FormatModule } from './types.js';
import { dataSourceHints } from './data-source-hints.js';
import { isDeprecatedPath } from './deprecated-path.js';
import { guardedParse } from './parse-guard.js';
import { appendParagraph, falsePositiveParagraph, falsePositiveSentences, newField, scalarField, unwrapQuotes } from './prose.js';
import { attackTags } from './yaml-attack-tags.js';
import { lastFileMemo } from './last-file.js';
import { scanOf, type KeySpan } from './yaml-lines.js';
import { loadYamlMapping } from './yaml-load.js';
import { proseFieldRefusal } from './yaml-unfixable.js';
import { stringOf, stringsOf } from './yaml-value.js';

const DESCRIPTION = 'description';

// Top-level keys only Sentinel uses, and those of the other YAML formats it must not claim.
const SENTINEL_KEY = /^(?:relevantTechniques|queryFrequency|tactics|requiredDataConnectors)[ \t]*:/m;
const QUERY_KEY = /^query[ \t]*:/m;
const NAME_KEY = /^name[ \t]*:/m;
const OTHER_FORMAT_KEY = /^(?:AnalysisType|logsource|detection|search)[ \t]*:/m;

// Sentinel marks retired content in its display name: `name: '[Deprecated] ...'`.
const DEPRECATED_NAME = /^\s*\[deprecated\]/i;

// A KQL line that is only a table (or ASIM function) name, optionally piped on: `AWSCloudTrail`,
// `StorageBlobLogs | where ...`; or a table opening a sub-query: `materialize(AWSCloudTrail`.
const TABLE_LINE = /^(?:let\s+[A-Za-z_]\w*\s*=\s*)?(?:[\w.]+\s*\(\s*|\(\s*)?([A-Za-z_]\w*)\s*(?:\|.*)?$/;
// `| join kind=leftanti ( LAQueryLogs`, `| union (StorageFileLogs`.
const JOIN_TABLE = /\b(?:join|union|lookup)\b[^(]*\(\s*([A-Za-z_]\w*)\s*(?:\|.*)?$/;
const LET_NAME = /\blet\s+([A-Za-z_]\w*)\s*=/g;
// KQL keywords that can stand alone on a line and are no table.
const KQL_WORDS = new Set(['let', 'on', 'and', 'or', 'not', 'by', 'union', 'datatable', 'print', 'range', 'true', 'false', 'null']);

export const sentinel: FormatModule = {
  id: 'sentinel',
  name: 'Microsoft Sentinel',
  extensions: ['.yaml', '.yml'],
  sniff(file: SourceFile): boolean {
    const text = file.text;
    return QUERY_KEY.test(text) && NAME_KEY.test(text) && SENTINEL_KEY.test(text) && !OTHER_FORMAT_KEY.test(text);
  },
  parse,
  planFalsePositiveFix,
  fixRefusal,
};

function parse(file: SourceFile): ParseResult {
  return guardedParse(file, parseRule, (error) => `Could not read the rule: ${String(error)}`);
}

/** The rule file loaded, once for parsing and fix planning (see `lastFileMemo`). */
const loadedOf = lastFileMemo((file) => loadYamlMapping(file));

function parseRule(file: SourceFile): ParseResult {
  const loaded = loadedOf(file);
  if (!loaded.doc) return { detections: [], problems: loaded.problems };
  const doc = loaded.doc;
  const scan = scanOf(file);
  const lines = scan.lines;
  const fields = scan.fields();

  const title = stringOf(doc['name']) ?? '';
  const titleField = fields.get('name');
  const rawDescription = stringOf(doc[DESCRIPTION]);
  const descriptionField = fields.get(DESCRIPTION);

  const techniqueTags = attackTags(scan, fields.get('relevantTechniques'), doc['relevantTechniques']);
  const status = stringOf(doc['status'])?.trim().toLowerCase() || null;
  const query = stringOf(doc['query']) ?? '';

  const detection: Detection = {
    format: 'sentinel',
    path: file.path,
    document: 0,
    id: stringOf(doc['id']) ?? null,
    title: title.trim(),
    titleSpan: titleField ? { line: titleField.line, endLine: titleField.line } : { line: 1, endLine: 1 },
    description: rawDescription === undefined ? '' : unwrapQuotes(rawDescription),
    techniques: uniqueTechniques(techniqueTags),
    techniqueTags,
    tactics: stringsOf(doc['tactics']),
    query,
    dataSources: dataSources(doc['requiredDataConnectors'], query),
    status,
    deprecated: status === 'deprecated' || DEPRECATED_NAME.test(title) || isDeprecatedPath(file.path),
    falsePositives: [],
    disabledChecks: disabledChecks(file.text),
    span: scan.whole,
    source: file,
  };
  if (rawDescription !== undefined && descriptionField) {
    const field = scalarField(lines, descriptionField);
    const items = falsePositiveSentences(lines, field, unwrapQuotes(rawDescription));
    if (items.length > 0) {
      detection.falsePositives.push({ source: 'description', key: DESCRIPTION, line: field.line, endLine: field.endLine, items });
    }
  }
  return { detections: [detection], problems: [] };
}

function uniqueTechniques(tags: readonly TechniqueTag[]): string[] {
  return [...new Set(tags.flatMap((t) => (t.technique ? [t.technique] : [])))];
}

/** `connector:aws`, `datatype:awscloudtrail`, then the tables the query reads: `table:awscloudtrail`. */
function dataSources(connectors: unknown, query: string): string[] {
  const hints: string[] = [];
  if (Array.isArray(connectors)) {
    for (const c of connectors) {
      if (!c || typeof c !== 'object') continue;
      const connector = c as Record<string, unknown>;
      const id = stringOf(connector['connectorId']);
      if (id) hints.push(`connector:${id}`);
    }
    for (const c of connectors) {
      if (!c || typeof c !== 'object') continue;
      for (const type of stringsOf((c as Record<string, unknown>)['dataTypes'])) hints.push(`datatype:${type}`);
    }
  }
  for (const table of queryTables(query)) hints.push(`table:${table}`);
  return dataSourceHints(hints);
}

/**
 * Names a KQL query reads from: an identifier alone at the start of a statement (the query's start,
 * after `;` or `(`, or right before a `| operator` line), or opening a `join`/`union` sub-query;
 * minus the query's own `let` names. A column on a continued `project` list is no table.
 */
function queryTables(query: string): string[] {
  if (query === '') return [];
  const lets = new Set<string>();
  for (const m of query.matchAll(LET_NAME)) lets.add(m[1]!.toLowerCase());
  const code = query
    .split('\n')
    .map((l) => l.replace(/\/\/.*$/, '').trim())
    .filter((l) => l !== '');
  const tables: string[] = [];
  code.forEach((text, i) => {
    let m: RegExpExecArray | null;
    if (text.startsWith('|')) {
      m = JOIN_TABLE.exec(text);
    } else {
      m = TABLE_LINE.exec(text);
      const previous = code[i - 1];
      const startsStatement = previous === undefined || /[;({]$/.test(previous) || text.includes('(');
      if (m && !startsStatement && !code[i + 1]?.startsWith('|')) m = null;
    }
    const name = m?.[1];
    if (!name || KQL_WORDS.has(name.toLowerCase()) || lets.has(name.toLowerCase())) return;
    tables.push(name);
  });
  return tables;
}

function planFalsePositiveFix(detection: Detection, insertion: FalsePositiveInsertion): Fix | null {
  const texts = insertion.texts.filter((t) => t.trim() !== '');
  if (texts.length === 0) return null;
  const file = detection.source;
  const loaded = loadedOf(file);
  if (!loaded.doc) return null;
  const raw = loaded.doc[DESCRIPTION];
  const scan = scanOf(file);
  const lines = scan.lines;
  const fields = scan.fields();
  if (proseFieldRefusal(scan, fields, DESCRIPTION)) return null;
  const paragraph = falsePositiveParagraph(texts);
  const title = fixTitle(texts.length);
  const existing = fields.get(DESCRIPTION);
  if (existing) {
    if (raw !== null && raw !== undefined && typeof raw !== 'string') return null;
    const edits = appendParagraph(lines, scalarField(lines, existing), paragraph, raw ?? '');
    return edits && { title, edits };
  }
  const after: KeySpan | undefined = fields.get('name') ?? fields.get('id');
  const at = after ? after.endLine + 1 : 1;
  return { title, edits: [{ startLine: at, endLine: at - 1, lines: newField(DESCRIPTION, paragraph) }] };
}

function fixRefusal(detection: Detection): string | null {
  const scan = scanOf(detection.source);
  return proseFieldRefusal(scan, scan.fields(), DESCRIPTION);
}

function fixTitle(count: number): string {
  return `Add ${count} false positive${count === 1 ? '' : 's'} to \`${DESCRIPTION}\` (Sentinel has no false-positive field)`;
}
