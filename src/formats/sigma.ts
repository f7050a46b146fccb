/**
 * Sigma rules (SigmaHQ/sigma, sigma-specification): one YAML document per rule, or several
 * documents in one file (correlation rules, v1 rule collections).
 *
 * Rule collections: a document with `action: global` holds fields shared by the documents after
 * it, `action: reset` forgets them, `action: repeat` repeats the previous rule with changes.
 * They are merged as pySigma does (deep merge, the rule's own fields win), so a T1530 tag in the
 * global part counts; positions point to whichever document holds the field.
 */
import { normalizeTechnique } from '../attack.js';
import type {
  Detection,
  FalsePositiveSection,
  ParseProblem,
  ParseResult,
  TechniqueTag,
} from '../detection.js';
import type { Fix, TextEdit } from '../fix/edits.js';
import type { SourceFile } from '../source.js';
import { disabledChecks } from '../suppression.js';
import type { FalsePositiveInsertion, FormatModule } from './types.js';
import { isDeprecatedPath } from './deprecated-path.js';
import { guardedParse } from './parse-guard.js';
import { attackTags } from './yaml-attack-tags.js';
import { YamlLines, keyPrefix, scanOf, type DocumentSpan, type ItemSpan, type KeySpan } from './yaml-lines.js';
import { loadDocuments } from './yaml-load.js';
import { explicitKeySpan, yamlFixRefusal } from './yaml-unfixable.js';
import { closingQuote, quoteScalar, quoteStyleOf, type QuoteStyle } from './yaml-scalar.js';
import { describeYamlValue, dumpYaml, isYamlMap, scalarText, type YamlMap } from './yaml-value.js';
import { oneLine } from '../one-line.js';

const FIELD = 'falsepositives';

const HAS_TITLE = /^title[ \t]*:/m;
const HAS_LOGSOURCE = /^logsource[ \t]*:/m;
const HAS_DETECTION = /^detection[ \t]*:/m;
const HAS_CORRELATION = /^correlation[ \t]*:/m;
// Keys of the other YAML formats, so that a file is never claimed twice.
const OTHER_FORMAT = /^(?:AnalysisType|search|query|relevantTechniques)[ \t]*:/m;

const ATTACK_TAG = /^attack\.(.+)$/i;
const TECHNIQUE_TAG = /^t\d{4}(?:\.\d{3})?$/i;
const TACTIC_ID = /^ta\d{4}$/i;
const TACTIC_NAMES = new Set([
  'reconnaissance',
  'resource-development',
  'initial-access',
  'execution',
  'persistence',
  'privilege-escalation',
  'defense-evasion',
  'credential-access',
  'discovery',
  'lateral-movement',
  'collection',
  'command-and-control',
  'exfiltration',
  'impact',
]);
const LOGSOURCE_FIELDS = ['product', 'service', 'category'] as const;
/** SigmaHQ indents list items by four spaces (`    - Unknown`). */
const DEFAULT_ITEM_INDENT = 4;

/** One loaded document with its key positions. */
interface Part {
  doc: DocumentSpan;
  value: YamlMap;
  keys: Map<string, KeySpan>;
  text: string;
}

/** A rule after merging collection documents: each top-level field knows which part holds it. */
interface MergedRule {
  own: Part;
  value: YamlMap;
  owner: Map<string, Part>;
  /** Top-level maps combined from several documents (their text is in no single place). */
  merged: Set<string>;
}

function sniff(file: SourceFile): boolean {
  const text = file.text;
  if (!HAS_TITLE.test(text)) return false;
  if (!(HAS_DETECTION.test(text) && HAS_LOGSOURCE.test(text)) && !HAS_CORRELATION.test(text)) return false;
  return !OTHER_FORMAT.test(text);
}

function parse(file: SourceFile): ParseResult {
  return guardedParse(file, parseSigma, (error) => `Sigma rule could not be read: ${error instanceof Error ? error.message : String(error)}`);
}

function parseSigma(file: SourceFile): ParseResult {
  // The scan fix planning asks for next (`scanOf`): the file is scanned once.
  const scan = scanOf(file);
  const problems: ParseProblem[] = [];
  const rules: MergedRule[] = [];
  let global: Part | null = null;
  let previous: MergedRule | null = null;

  for (const { span: doc, text, load: loaded } of loadDocuments(file.text, scan)) {
    if (!loaded.ok) {
      problems.push({ path: file.path, line: loaded.line, column: loaded.column, message: loaded.message });
      continue;
    }
    if (!isYamlMap(loaded.value)) continue;
    const keys = scan.topLevelKeys(doc);
    const { action, ...value } = loaded.value;
    const part: Part = { doc, value, keys, text };
    if (action === 'global') {
      global = part;
      continue;
    }
    if (action === 'reset') {
      global = null;
      continue;
    }
    const base: MergedRule | null =
      action === 'repeat' ? previous : global ? { own: global, value: global.value, owner: ownerOf(global), merged: new Set() } : null;
    const rule: MergedRule = base
      ? {
          own: part,
          value: deepMerge(base.value, value),
          owner: new Map([...base.owner, ...ownerOf(part)]),
          merged: new Set([...base.merged, ...Object.keys(value).filter((k) => isYamlMap(value[k]) && isYamlMap(base.value[k]))]),
        }
      : { own: part, value, owner: ownerOf(part), merged: new Set() };
    previous = rule;
    if (isRule(rule.value)) rules.push(rule);
    else if ('detection' in rule.value || 'correlation' in rule.value) {
      const first = scan.keys(doc, 0)[0];
      problems.push({ path: file.path, line: first?.line ?? doc.line, column: 1, message: incompleteRule(rule.value) });
    }
  }

  const detections = rules.map((rule) => toDetection(file, scan, rule));
  return { detections, problems };
}

function ownerOf(part: Part): Map<string, Part> {
  return new Map(Object.keys(part.value).map((k) => [k, part]));
}

/** pySigma's deep_dict_update: maps merge recursively, anything else is replaced. */
function deepMerge(base: YamlMap, over: YamlMap): YamlMap {
  const out: YamlMap = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const old = out[k];
    out[k] = isYamlMap(v) && isYamlMap(old) ? deepMerge(old, v) : v;
  }
  return out;
}

function isRule(value: YamlMap): boolean {
  if (scalarText(value.title) === null) return false;
  return ('logsource' in value && 'detection' in value) || isYamlMap(value.correlation);
}

/** Why a document with a detection is no rule (pySigma rejects it too). */
function incompleteRule(value: YamlMap): string {
  const missing: string[] = [];
  if (scalarText(value.title) === null) missing.push(`\`title\` (found ${'title' in value ? describeYamlValue(value.title) : 'none'})`);
  if (!isYamlMap(value.correlation) && !('logsource' in value)) missing.push('`logsource`');
  if (!isYamlMap(value.correlation) && !('detection' in value)) missing.push('`detection`');
  return `Sigma rule lacks ${missing.join(' and ')}; expected a title, a logsource and a detection, so it is skipped`;
}

function toDetection(file: SourceFile, scan: YamlLines, rule: MergedRule): Detection {
  const { value, own } = rule;
  const keyOf = (name: string): KeySpan | undefined => rule.owner.get(name)?.keys.get(name);
  const titleKey = keyOf('title');
  const status = scalarText(value.status)?.trim().toLowerCase() || null;
  const tags = techniqueTags(scan, keyOf('tags'), value.tags);
  const parts = new Set(rule.owner.values());
  parts.add(own);
  const disabled = new Set<string>();
  for (const part of parts) for (const id of disabledChecks(part.text)) disabled.add(id);

  const falsePositives: FalsePositiveSection[] = [];
  // An explicit key (`? falsepositives`) has no `key:` line for the scanner: found apart.
  const fpKey = keyOf(FIELD) ?? (FIELD in value ? explicitKeySpan(scan, (rule.owner.get(FIELD) ?? own).doc, FIELD) : undefined);
  if (fpKey) falsePositives.push(falsePositiveSection(scan, fpKey, value[FIELD]));

  return {
    format: 'sigma',
    path: file.path,
    document: own.doc.index,
    id: scalarText(value.id)?.trim() || null,
    title: scalarText(value.title)!.trim(),
    titleSpan: titleKey ? { line: titleKey.line, endLine: titleKey.endLine } : { line: own.doc.line, endLine: own.doc.line },
    description: oneLine(scalarText(value.description) ?? ''),
    techniques: [...new Set(tags.flatMap((t) => (t.technique ? [t.technique] : [])))],
    techniqueTags: tags,
    tactics: [...new Set(tags.flatMap((t) => (t.technique ? [] : [ATTACK_TAG.exec(t.raw)![1]!])))],
    query: queryText(scan, rule),
    dataSources: dataSources(value.logsource),
    status,
    deprecated: status === 'deprecated' || isDeprecatedPath(file.path),
    falsePositives,
    disabledChecks: [...disabled],
    span: { line: own.doc.line, endLine: own.doc.endLine },
    source: file,
  };
}

/**
 * The detection (or correlation) block as YAML text. The rule's own lines are used when one
 * document holds the whole block (cheaper than re-serializing, and as the author wrote it, minus
 * comment lines); a block merged from several documents is serialized from the merged value.
 */
function queryText(scan: YamlLines, rule: MergedRule): string {
  const name = isYamlMap(rule.value.correlation) ? 'correlation' : 'detection';
  const owner = rule.owner.get(name);
  const key = owner?.keys.get(name);
  if (!key || rule.merged.has(name)) return dumpYaml(rule.value[name]);
  const out: string[] = [];
  for (let l = key.line + 1; l <= key.endLine; l++) {
    const kind = scan.info[l - 1]!.kind;
    if (kind === 'node' || kind === 'continuation') out.push(scan.lines[l - 1]!);
  }
  return out.length ? `${out.join('\n')}\n` : dumpYaml(rule.value[name]);
}

function dataSources(logsource: unknown): string[] {
  if (!isYamlMap(logsource)) return [];
  const out: string[] = [];
  for (const field of LOGSOURCE_FIELDS) {
    const v = scalarText(logsource[field]);
    if (v && v.trim()) out.push(`${field}:${v.trim().toLowerCase()}`);
  }
  return out;
}

/** ATT&CK technique and tactic tags (`attack.t1530`, `attack.collection`) with their positions. */
function techniqueTags(scan: YamlLines, key: KeySpan | undefined, value: unknown): TechniqueTag[] {
  return attackTags(scan, key, value, (raw) => {
    const m = ATTACK_TAG.exec(raw);
    if (!m) return null;
    const name = m[1]!;
    if (TECHNIQUE_TAG.test(name)) return { technique: normalizeTechnique(name) };
    return TACTIC_ID.test(name) || TACTIC_NAMES.has(name.toLowerCase().replace(/_/g, '-')) ? { technique: null } : null;
  });
}

function falsePositiveSection(scan: YamlLines, key: KeySpan, value: unknown): FalsePositiveSection {
  const section: FalsePositiveSection = { source: 'field', key: FIELD, line: key.line, endLine: key.endLine, items: [] };
  if (typeof value === 'string') {
    section.problem = `\`${FIELD}\` is ${describeYamlValue(value)}; expected a list of strings`;
    section.items = [{ text: value.trim(), line: key.line, endLine: key.endLine }];
    return section;
  }
  if (!Array.isArray(value)) {
    section.problem = `\`${FIELD}\` is ${describeYamlValue(value)}; expected a list of strings`;
    return section;
  }
  const spans = scan.locateItems(key, value);
  value.forEach((item, i) => {
    if (typeof item !== 'string') {
      section.problem ??= `\`${FIELD}\` item ${i + 1} is ${describeYamlValue(item)}; expected a list of strings`;
      return;
    }
    section.items.push({ text: item.trim(), line: spans[i]!.line, endLine: spans[i]!.endLine });
  });
  return section;
}

// ---------------------------------------------------------------------------------------------
// Fixes

interface ListStyle {
  indent: number;
  /** Spaces between the dash and the text. */
  gap: number;
  quote: QuoteStyle;
}

function plural(n: number): string {
  return `${n} false positive${n === 1 ? '' : 's'}`;
}

function fixRefusal(detection: Detection): string | null {
  const section = detection.falsePositives.find((s) => s.source === 'field' && s.key === FIELD);
  if (!section) return null;
  const scan = scanOf(detection.source);
  const doc = scan.documents().find((d) => d.line <= section.line && section.line <= d.endLine);
  return doc ? yamlFixRefusal(scan, doc, section, FIELD) : null;
}

function planFalsePositiveFix(detection: Detection, insertion: FalsePositiveInsertion): Fix | null {
  if (insertion.texts.length === 0 || fixRefusal(detection)) return null;
  const scan = scanOf(detection.source);
  const docs = scan.documents();
  const section = detection.falsePositives.find((s) => s.source === 'field' && s.key === FIELD);

  if (!section) {
    const doc = docs.find((d) => d.line === detection.span.line);
    if (!doc || insertion.replace.length > 0) return null;
    const style = listStyle(scan, doc, []);
    const level = scan.keys(doc, 0).find((k) => k.key === 'level');
    const at = level ? level.line : scan.lastContentLine(doc.line, doc.endLine) + 1;
    return {
      title: `Add \`${FIELD}\` with ${plural(insertion.texts.length)}`,
      edits: [{ startLine: at, endLine: at - 1, lines: [`${FIELD}:`, ...itemLines(insertion.texts, style)] }],
    };
  }

  const doc = docs.find((d) => d.line <= section.line && section.line <= d.endLine);
  const key = doc && scan.keys(doc, 0).find((k) => k.key === FIELD && k.line === section.line);
  if (!doc || !key) return null;
  const items = scan.items(key);
  for (const r of insertion.replace) if (!section.items.some((i) => i.line === r.line && i.text === r.text)) return null;

  if (key.valueColumn === -1 && items.length > 0) {
    if (section.problem) return null;
    const newLines = itemLines(insertion.texts, listStyle(scan, doc, items));
    if (insertion.replace.length === 0) {
      const last = items[items.length - 1]!;
      return { title: fixTitle(insertion), edits: [{ startLine: last.endLine + 1, endLine: last.endLine, lines: newLines }] };
    }
    const replaced = items.filter((item) => insertion.replace.some((r) => r.line === item.line));
    if (replaced.length !== insertion.replace.length) return null;
    const edits: TextEdit[] = replaced.map((item, i) => ({ startLine: item.line, endLine: item.endLine, lines: i === 0 ? newLines : [] }));
    return { title: fixTitle(insertion), edits };
  }

  // No block items: an empty value (`falsepositives:`) or a one-line flow list (`[]`, `[a, b]`)
  // becomes a block list. Anything else (a string, a map, a flow list over several lines) is
  // left to the author.
  const line = scan.lines[key.line - 1]!;
  const colon = keyPrefix(line);
  if (colon === null || key.endLine !== key.line) return null;
  let kept: string[] = [];
  let comment: string;
  if (key.valueColumn !== -1) {
    const flow = flowListOnLine(line, key.valueColumn);
    if (!flow || section.problem) return null;
    comment = flow.comment;
    kept = section.items.filter((item) => !insertion.replace.some((r) => r.line === item.line && r.text === item.text)).map((i) => i.text);
  } else {
    comment = trailingComment(line, colon.length);
  }
  const style = listStyle(scan, doc, []);
  const lines = [`${colon}${comment ? ` ${comment}` : ''}`, ...itemLines([...kept, ...insertion.texts], style)];
  return { title: fixTitle(insertion), edits: [{ startLine: key.line, endLine: key.line, lines }] };
}

function fixTitle(insertion: FalsePositiveInsertion): string {
  const count = plural(insertion.texts.length);
  if (insertion.replace.length === 0) return `Add ${count} to \`${FIELD}\``;
  return `Replace ${insertion.replace.map((r) => `"${r.text}"`).join(', ')} with ${count} in \`${FIELD}\``;
}

/** The indentation, dash spacing and quoting of the field's items, or of the document's other lists. */
function listStyle(scan: YamlLines, doc: DocumentSpan, items: ItemSpan[]): ListStyle {
  let sample = items;
  let quote: QuoteStyle = 'plain';
  if (items.length > 0) {
    const styles = new Set(items.map((i) => (i.valueColumn === -1 ? 'plain' : quoteStyleOf(scan.lines[i.line - 1]!.slice(i.valueColumn)))));
    if (styles.size === 1) quote = [...styles][0]!;
  } else {
    for (const key of scan.keys(doc, 0)) {
      sample = scan.items(key);
      if (sample.length > 0) break;
    }
  }
  const first = sample[0];
  if (!first) return { indent: DEFAULT_ITEM_INDENT, gap: 1, quote };
  const gap = first.valueColumn === -1 ? 1 : Math.max(1, first.valueColumn - first.indent - 1);
  return { indent: first.indent, gap, quote };
}

function itemLines(texts: readonly string[], style: ListStyle): string[] {
  const prefix = `${' '.repeat(style.indent)}-${' '.repeat(style.gap)}`;
  return texts.map((text) => prefix + quoteScalar(text, style.quote));
}

function trailingComment(line: string, from: number): string {
  const rest = line.slice(from).trim();
  return rest.startsWith('#') ? rest : '';
}

/** A flow list closed on its own line (`[a, 'b']  # note`), with any trailing comment. */
function flowListOnLine(line: string, start: number): { comment: string } | null {
  if (line[start] !== '[') return null;
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      // Brackets inside a quoted item are text: go on after its closing quote.
      i = closingQuote(line, i + 1, c);
      if (i === -1) return null;
    } else if (c === '[' || c === '{') return null;
    else if (c === ']') {
      const rest = line.slice(i + 1).trim();
      if (rest && !rest.startsWith('#')) return null;
      return { comment: rest };
    }
  }
  return null;
}

export const sigma: FormatModule = {
  id: 'sigma',
  name: 'Sigma',
  extensions: ['.yml', '.yaml'],
  sniff,
  parse,
  planFalsePositiveFix,
  fixRefusal,
  // Sigma `falsepositives` items are short phrases by convention.
  falsePositiveStyle: 'phrase',
};
