/**
 * Splunk security_content detections (contentctl YAML): `name`, `search` (SPL),
 * `known_false_positives` (ONE string), `tags.mitre_attack_id`.
 *
 * The false-positive field is one prose string, so it is one item: its whole cleaned text.
 * Technique ids in `tests[].attack_data` URLs are test data, never tags.
 */
import yaml from 'js-yaml';
import { normalizeTechnique } from '../attack.js';
import type { Detection, FalsePositiveSection, ParseProblem, ParseResult, TechniqueTag } from '../detection.js';
import type { Fix } from '../fix/edits.js';
import type { SourceFile } from '../source.js';
import { disabledChecks } from '../suppression.js';
import type { FalsePositiveInsertion, FormatModule } from './types.js';
import { isDeprecatedPath } from './deprecated-path.js';
import { guardedParse } from './parse-guard.js';
import { attackTags } from './yaml-attack-tags.js';
import { YamlLines, keyPrefix, scanOf, type KeySpan } from './yaml-lines.js';
import { explicitKeySpan, yamlFixRefusal } from './yaml-unfixable.js';
import { loadDocuments } from './yaml-load.js';
import { foldScalar, isPlainSafe, quoteScalar } from './yaml-scalar.js';
import { describeYamlValue, isYamlMap, scalarText, type YamlMap } from './yaml-value.js';
import { oneLine } from '../one-line.js';

const FIELD = 'known_false_positives';

const HAS_SEARCH = /^search[ \t]*:/m;
const HAS_FP_OR_HOWTO = /^(?:known_false_positives|how_to_implement)[ \t]*:/m;
// Baselines, investigations and response tasks share the keys but detect nothing; the other
// YAML formats' keys keep a file from being claimed twice.
const NOT_A_DETECTION = /^(?:type[ \t]*:[ \t]*['"]?(?:baseline|investigation|response)\b|logsource[ \t]*:|AnalysisType[ \t]*:)/im;

const TECHNIQUE_ID = /^t\d{4}(?:\.\d{3})?$/i;
const TACTIC_ID = /^ta\d{4}$/i;
const SOURCETYPE = /\bsourcetype\s*=\s*(?:"([^"$]+)"|'([^'$]+)'|([^\s|)"'$\\]+))/gi;
/** PyYAML (which writes security_content) folds long scalars after column 80. */
const FOLD_WIDTH = 80;
const DEFAULT_CONTINUATION = '  ';
const SENTENCE_END = /[.!?]["')\]]*$/;

function sniff(file: SourceFile): boolean {
  const text = file.text;
  return HAS_SEARCH.test(text) && HAS_FP_OR_HOWTO.test(text) && !NOT_A_DETECTION.test(text);
}

function parse(file: SourceFile): ParseResult {
  return guardedParse(file, parseSplunk, (error) => `Splunk detection could not be read: ${error instanceof Error ? error.message : String(error)}`);
}

function parseSplunk(file: SourceFile): ParseResult {
  // The scan fix planning asks for next (`scanOf`): the file is scanned once.
  const scan = scanOf(file);
  const detections: Detection[] = [];
  const problems: ParseProblem[] = [];
  for (const { span: doc, text, load: loaded } of loadDocuments(file.text, scan)) {
    if (!loaded.ok) {
      problems.push({ path: file.path, line: loaded.line, column: loaded.column, message: loaded.message });
      continue;
    }
    const value = loaded.value;
    if (!isYamlMap(value) || scalarText(value.search) === null) continue;
    const keys = scan.topLevelKeys(doc);
    const tags = techniqueTags(scan, keys.get('tags'), value.tags);
    const status = scalarText(value.status)?.trim().toLowerCase() || null;
    const titleKey = keys.get('name');
    // An explicit key (`? known_false_positives`) has no `key:` line for the scanner: found apart.
    const fpKey = keys.get(FIELD) ?? (FIELD in value ? explicitKeySpan(scan, doc, FIELD) : undefined);
    detections.push({
      format: 'splunk',
      path: file.path,
      document: doc.index,
      id: scalarText(value.id)?.trim() || null,
      title: scalarText(value.name)?.trim() ?? '',
      titleSpan: titleKey ? { line: titleKey.line, endLine: titleKey.endLine } : { line: doc.line, endLine: doc.line },
      description: clean(scalarText(value.description) ?? ''),
      techniques: [...new Set(tags.flatMap((t) => (t.technique ? [t.technique] : [])))],
      techniqueTags: tags,
      tactics: [...new Set(tags.flatMap((t) => (t.technique ? [] : [t.raw.toUpperCase()])))],
      query: scalarText(value.search) ?? '',
      dataSources: dataSources(value),
      status,
      deprecated: status === 'deprecated' || isDeprecatedPath(file.path),
      falsePositives: fpKey ? [falsePositiveSection(scan, fpKey, value[FIELD])] : [],
      disabledChecks: disabledChecks(text),
      span: { line: doc.line, endLine: doc.endLine },
      source: file,
    });
  }
  return { detections, problems };
}

/** Prose as one line: folded and literal scalars alike. */
function clean(text: string): string {
  return oneLine(text);
}

/** `tags.mitre_attack_id` entries (`T1530`, `T1078.004`; a tactic id `TA0009` names no technique). */
function techniqueTags(scan: YamlLines, tagsKey: KeySpan | undefined, tags: unknown): TechniqueTag[] {
  if (!tagsKey || !isYamlMap(tags)) return [];
  const key = scan.childKeys(tagsKey).find((k) => k.key === 'mitre_attack_id');
  return attackTags(scan, key, tags.mitre_attack_id, (raw) => {
    if (TECHNIQUE_ID.test(raw)) return { technique: normalizeTechnique(raw) };
    return TACTIC_ID.test(raw) ? { technique: null } : null;
  });
}

/** `data_source:` entries, sourcetypes in the search and the test data, analytic stories. */
function dataSources(value: YamlMap): string[] {
  const out = new Set<string>();
  const add = (kind: string, v: unknown): void => {
    const text = scalarText(v)?.trim().toLowerCase();
    if (text) out.add(`${kind}:${text}`);
  };
  for (const field of ['data_source', 'data_sources']) {
    const list = value[field];
    if (Array.isArray(list)) for (const v of list) add('data_source', v);
    else add('data_source', list);
  }
  const search = scalarText(value.search) ?? '';
  for (const m of search.matchAll(SOURCETYPE)) add('sourcetype', m[1] ?? m[2] ?? m[3]);
  if (Array.isArray(value.tests)) {
    for (const test of value.tests) {
      if (!isYamlMap(test) || !Array.isArray(test.attack_data)) continue;
      for (const data of test.attack_data) if (isYamlMap(data)) add('sourcetype', data.sourcetype);
    }
  }
  if (isYamlMap(value.tags) && Array.isArray(value.tags.analytic_story)) {
    for (const story of value.tags.analytic_story) add('story', story);
  }
  return [...out];
}

function falsePositiveSection(scan: YamlLines, key: KeySpan, value: unknown): FalsePositiveSection {
  const section: FalsePositiveSection = { source: 'field', key: FIELD, line: key.line, endLine: key.endLine, items: [] };
  if (typeof value === 'string') {
    const text = clean(value);
    // A block scalar (`key: >-`) starts on the line below its key.
    const header = key.valueColumn === -1 ? '' : scan.lines[key.line - 1]![key.valueColumn];
    const line = (header === '|' || header === '>') && key.endLine > key.line ? key.line + 1 : key.line;
    if (text) section.items.push({ text, line, endLine: key.endLine });
    return section;
  }
  section.problem = `\`${FIELD}\` is ${describeYamlValue(value)}; expected a string`;
  if (Array.isArray(value)) {
    const spans = scan.locateItems(key, value);
    value.forEach((item, i) => {
      if (typeof item === 'string' && clean(item)) section.items.push({ text: clean(item), line: spans[i]!.line, endLine: spans[i]!.endLine });
    });
  }
  return section;
}

// ---------------------------------------------------------------------------------------------
// Fixes

function plural(n: number): string {
  return `${n} false positive${n === 1 ? '' : 's'}`;
}

/** One text as a sentence of the field's prose. */
function sentence(text: string): string {
  const t = clean(text);
  return SENTENCE_END.test(t) ? t : `${t}.`;
}

function fixRefusal(detection: Detection): string | null {
  const section = detection.falsePositives.find((s) => s.source === 'field' && s.key === FIELD);
  if (!section) return null;
  const scan = scanOf(detection.source);
  const doc = scan.documents().find((d) => d.line === detection.span.line);
  return doc ? yamlFixRefusal(scan, doc, section, FIELD) : null;
}

function planFalsePositiveFix(detection: Detection, insertion: FalsePositiveInsertion): Fix | null {
  if (insertion.texts.length === 0 || fixRefusal(detection)) return null;
  const scan = scanOf(detection.source);
  const doc = scan.documents().find((d) => d.line === detection.span.line);
  if (!doc) return null;
  const keys = scan.keys(doc, 0);
  const added = insertion.texts.map(sentence).join(' ');
  const count = plural(insertion.texts.length);
  const section = detection.falsePositives.find((s) => s.source === 'field' && s.key === FIELD);

  if (!section) {
    if (insertion.replace.length > 0) return null;
    const before = keys.find((k) => k.key === 'references') ?? keys.find((k) => k.key === 'tags');
    const at = before ? before.line : scan.lastContentLine(doc.line, doc.endLine) + 1;
    const lines = writeValue(`${FIELD}:`, added, null);
    return lines && { title: `Add \`${FIELD}\` with ${count}`, edits: [{ startLine: at, endLine: at - 1, lines }] };
  }

  const key = keys.find((k) => k.key === FIELD && k.line === section.line);
  if (!key) return null;
  const isNull = key.valueColumn === -1 && key.endLine === key.line;
  if (section.problem && !isNull) return null;
  for (const r of insertion.replace) if (!section.items.some((i) => i.line === r.line && i.text === r.text)) return null;
  const existing = section.items[0]?.text ?? '';
  const replacing = insertion.replace.length > 0 || existing === '';
  const text = replacing ? added : `${sentence(existing)} ${added}`;
  const prefix = keyPrefix(scan.lines[key.line - 1]!);
  if (prefix === null) return null;
  const lines = writeValue(prefix, text, key.valueColumn === -1 ? null : { scan, key });
  if (!lines) return null;
  const title = insertion.replace.length
    ? `Replace ${insertion.replace.map((r) => `"${r.text}"`).join(', ')} with ${count} in \`${FIELD}\``
    : `Add ${count} to \`${FIELD}\``;
  return { title, edits: [{ startLine: key.line, endLine: key.endLine, lines }] };
}

/**
 * `prefix` (`known_false_positives:`) and `text` as YAML lines in the style the field was
 * written in: plain, single- or double-quoted, folded over several lines or on one. A text that
 * cannot stay plain becomes a `>-` block when the field was folded, else double-quoted. Every
 * candidate is read back with js-yaml; null when none reads back as `text`.
 */
function writeValue(prefix: string, text: string, original: { scan: YamlLines; key: KeySpan } | null): string[] | null {
  let style = 'plain';
  let width = 0;
  let indent = DEFAULT_CONTINUATION;
  if (original) {
    const { scan, key } = original;
    const raw = scan.lines[key.line - 1]!.slice(key.valueColumn);
    const first = raw[0];
    // An empty `''` has no style worth keeping.
    const empty = /^(?:''|"")\s*(?:#.*)?$/.test(raw);
    style = empty ? 'plain' : first === "'" ? 'single' : first === '"' ? 'double' : first === '|' || first === '>' ? 'block' : 'plain';
    if (key.endLine > key.line) {
      width = FOLD_WIDTH;
      const next = scan.lines[key.line]!;
      const spaces = next.length - next.trimStart().length;
      if (spaces > 0) indent = ' '.repeat(spaces);
    }
  }
  const candidates: string[][] = [];
  if (style === 'plain' && isPlainSafe(text)) {
    const plain = foldScalar(`${prefix} `, text, width, indent);
    // One plain line under the field's own name reads back by `isPlainSafe`'s contract.
    if (plain.length === 1 && prefix === `${FIELD}:`) return plain;
    candidates.push(plain);
  }
  if (style === 'single') candidates.push(foldScalar(`${prefix} `, quoteScalar(text, 'single'), width, indent));
  if (style === 'double') candidates.push(foldScalar(`${prefix} `, quoteScalar(text, 'double'), width, indent));
  if (style === 'block' || (style === 'plain' && width > 0)) candidates.push([`${prefix} >-`, ...foldScalar(indent, text, width || FOLD_WIDTH, indent)]);
  candidates.push([`${prefix} ${quoteScalar(text, 'double')}`]);
  for (const lines of candidates) if (readsBack(lines, text)) return lines;
  return null;
}

function readsBack(lines: string[], text: string): boolean {
  try {
    const value = yaml.load(lines.join('\n'));
    return isYamlMap(value) && Object.keys(value).length === 1 && value[FIELD] === text;
  } catch {
    return false;
  }
}

export const splunk: FormatModule = {
  id: 'splunk',
  name: 'Splunk security_content',
  extensions: ['.yml', '.yaml'],
  sniff,
  parse,
  planFalsePositiveFix,
  fixRefusal,
};
