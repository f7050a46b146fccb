/**
 * A detection rule stored as one YAML mapping (Sentinel, Panther): loading it safely, and the
 * line positions js-yaml does not give: top-level keys, nested keys and sequence items.
 * Values always come from the parser; these scanners only say where they are written.
 */
import yaml from 'js-yaml';
import type { LineSpan, ParseProblem, TechniqueTag } from '../detection.js';
import { normalizeTechnique } from '../attack.js';
import { LineIndex, type SourceFile } from '../source.js';

export type YamlMapping = Record<string, unknown>;

export interface LoadedMapping {
  doc: YamlMapping | null;
  problems: ParseProblem[];
}

/**
 * The file's single YAML document as a mapping. Broken YAML, several documents or a top level
 * that is no mapping become a problem; an empty file is neither a rule nor a problem.
 * js-yaml keeps aliases as shared references (no expansion) and caps nesting depth, so alias
 * bombs and deep nesting cost nothing here; callers never walk a value recursively.
 *
 * `skip` names top-level fields never read (Panther `Tests`: 80% of the corpus' bytes); their
 * lines are blanked before parsing, keeping line numbers. Should that go wrong (a column-0 line
 * in a skipped field taken for a key), the whole text is parsed instead, so no problem is
 * reported that the file does not have.
 */
export function loadYamlMapping(file: SourceFile, skip?: { fields: ReadonlyMap<string, TopLevelField>; keys: readonly string[] }): LoadedMapping {
  const skipped = skip ? withoutFields(file.text, skip.fields, skip.keys) : file.text;
  let doc: unknown;
  try {
    doc = yaml.load(skipped, { filename: file.path, json: false });
  } catch (error) {
    if (skipped === file.text) return { doc: null, problems: [yamlProblem(file, error)] };
    return loadYamlMapping(file);
  }
  if (doc === undefined || doc === null) return { doc: null, problems: [] };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    const found = Array.isArray(doc) ? 'a list' : `a ${typeof doc} (${JSON.stringify(String(doc).slice(0, 40))})`;
    return {
      doc: null,
      problems: [{ path: file.path, line: 1, column: 1, message: `The file's top level is ${found}; expected a mapping of rule fields` }],
    };
  }
  return { doc: doc as YamlMapping, problems: [] };
}

/** `text` with the lines of the named top-level fields replaced by empty lines. */
function withoutFields(text: string, fields: ReadonlyMap<string, TopLevelField>, keys: readonly string[]): string {
  const spans = keys.flatMap((k) => (fields.has(k) ? [fields.get(k)!] : [])).sort((a, b) => a.line - b.line);
  if (spans.length === 0) return text;
  const index = new LineIndex(text);
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    const start = index.lineStart(span.line);
    const end = span.endLine < index.lineCount ? index.lineStart(span.endLine + 1) : text.length;
    parts.push(text.slice(from, start), '\n'.repeat(span.endLine - span.line + 1));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function yamlProblem(file: SourceFile, error: unknown): ParseProblem {
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark as { line?: number; column?: number } | undefined;
    let line = (mark?.line ?? 0) + 1;
    // "expected a single document" comes without a mark: point at the second document.
    if (!mark && /single document/.test(error.reason)) {
      const second = /^(?:---|\.\.\.)\s*$/m.exec(file.text.replace(/^\s*---\s*\n/, (m) => ' '.repeat(m.length)));
      if (second) line = file.text.slice(0, second.index).split('\n').length;
    }
    // At the end of the stream the mark points past the last line; keep it on a real line.
    const lastLine = Math.max(1, file.text.replace(/\r?\n$/, '').split('\n').length);
    const column = line > lastLine ? 1 : (mark?.column ?? 0) + 1;
    return { path: file.path, line: Math.min(line, lastLine), column, message: `Invalid YAML: ${error.reason}` };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { path: file.path, line: 1, column: 1, message: `Invalid YAML: ${reason}` };
}

/** The value if it is a string (numbers and booleans written as ids count too), else undefined. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The strings of a list (scalars only), or of a single string. */
export function stringsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (stringOf(v) === undefined ? [] : [stringOf(v)!.trim()])).filter((s) => s !== '');
  const one = stringOf(value)?.trim();
  return one ? [one] : [];
}

export function lowerUnique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v !== ''))];
}

/** A `deprecated/` or `_deprecated/` folder anywhere in the path retires its rules. */
export function isDeprecatedPath(path: string): boolean {
  return /(?:^|\/)_?deprecated\//i.test(path);
}

/** A key of the top-level mapping: its line, and the last line its value may occupy. */
export interface TopLevelField extends LineSpan {
  key: string;
}

// A key at column 0: plain (`name:`, `status :`, `MITRE ATT&CK:`) or quoted, then `:` and a space or EOL.
const TOP_LEVEL_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?:{}[\]|>!&*%@`,][^:#]*?|-[^\s:#][^:#]*?))\s*:(?:[ \t]|$)/;

const NON_BLANK = /\S/;

/**
 * The top-level keys of a single-document YAML file, in order of appearance (the first of a
 * duplicated key wins; the parser rejects duplicates anyway). A field ends before the next key,
 * without the blank lines, column-0 comments and document markers that follow its value.
 */
export function topLevelFields(lines: readonly string[]): Map<string, TopLevelField> {
  const fields = new Map<string, TopLevelField>();
  let current: TopLevelField | null = null;
  let lastContent = 0;
  const close = (): void => {
    if (current) current.endLine = Math.max(current.line, lastContent);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line.charCodeAt(0);
    // Only column-0 text can start a key; indented lines, blanks and comments never do.
    if (line.length === 0 || first === 32 || first === 9 || first === 35) {
      if (first !== 35 && NON_BLANK.test(line)) lastContent = i + 1;
      continue;
    }
    if (line.startsWith('---') || line.startsWith('...')) continue;
    const m = TOP_LEVEL_KEY.exec(line);
    if (!m) {
      lastContent = i + 1;
      continue;
    }
    close();
    const key = m[1] !== undefined ? m[1] : m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3]!;
    current = { key, line: i + 1, endLine: i + 1 };
    lastContent = i + 1;
    if (!fields.has(key)) fields.set(key, current);
  }
  close();
  return fields;
}

/** A key nested in a block mapping, found by its text between `from` and `to` (1-based lines). */
export function nestedField(lines: readonly string[], from: number, to: number, key: string): LineSpan | null {
  for (let l = from; l <= to; l++) {
    const text = lines[l - 1]!;
    const indent = text.length - text.trimStart().length;
    const rest = text.slice(indent);
    if (!(rest.startsWith(key) || rest.startsWith(`"${key}"`) || rest.startsWith(`'${key}'`))) continue;
    const after = rest.slice(rest[0] === '"' || rest[0] === "'" ? key.length + 2 : key.length);
    if (!/^[ \t]*:(?:[ \t]|$)/.test(after)) continue;
    let end = l;
    for (let n = l + 1; n <= to; n++) {
      const next = lines[n - 1]!;
      const trimmed = next.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      if (next.length - next.trimStart().length <= indent && !trimmed.startsWith('- ') && trimmed !== '-') break;
      if (next.length - next.trimStart().length < indent) break;
      end = n;
    }
    return { line: l, endLine: end };
  }
  return null;
}

/** A scalar item of a sequence as written: text without quotes or comment, and where it starts. */
export interface ItemPosition {
  raw: string;
  line: number;
  /** 1-based column of `raw`. */
  column: number;
}

/**
 * The items of the sequence that is the value of the key on `keyLine`: a flow sequence after the
 * key (`[T1530, "T1213"]`, maybe over several lines) or block items (`- T1530 # comment`) on the
 * lines up to `endLine`, at the indentation of the first item.
 */
export function sequenceItems(lines: readonly string[], keyLine: number, endLine: number): ItemPosition[] {
  const first = lines[keyLine - 1]!;
  const colon = first.search(/:(?:[ \t]|$)/);
  const afterKey = first.slice(colon + 1);
  const bracket = afterKey.search(/\S/);
  if (bracket !== -1 && afterKey[bracket] === '[') return flowItems(lines, keyLine, colon + 1 + bracket + 1, endLine);
  const items: ItemPosition[] = [];
  let itemIndent = -1;
  for (let l = keyLine + 1; l <= endLine; l++) {
    const text = lines[l - 1]!;
    const m = /^([ \t]*)-(?:[ \t]+|$)/.exec(text);
    if (!m) continue;
    if (itemIndent === -1) itemIndent = m[1]!.length;
    if (m[1]!.length !== itemIndent) continue;
    const item = scalarAt(text, m[0].length);
    if (item) items.push({ raw: item.raw, line: l, column: item.column });
  }
  return items;
}

/** The scalar starting at `start` of `text` (quotes and trailing comment removed), or null. */
function scalarAt(text: string, start: number): { raw: string; column: number } | null {
  const c = text[start];
  if (c === undefined || c === '#') return null;
  if (c === '"' || c === "'") {
    const close = closingQuoteIndex(text, start + 1, c);
    const end = close === -1 ? text.length : close;
    const inner = text.slice(start + 1, end);
    return { raw: c === "'" ? inner.replace(/''/g, "'") : inner, column: start + 2 };
  }
  const comment = text.slice(start).search(/[ \t]#/);
  const raw = (comment === -1 ? text.slice(start) : text.slice(start, start + comment)).trimEnd();
  return { raw, column: start + 1 };
}

function closingQuoteIndex(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** Items of a flow sequence whose `[` ends at `column` (0-based index after it) of `line`. */
function flowItems(lines: readonly string[], line: number, column: number, endLine: number): ItemPosition[] {
  const items: ItemPosition[] = [];
  for (let l = line; l <= endLine; l++) {
    const text = lines[l - 1]!;
    let i = l === line ? column : 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === ']' || c === '#') return items;
      if (c === ' ' || c === '\t' || c === ',') {
        i++;
        continue;
      }
      if (c === '"' || c === "'") {
        const close = closingQuoteIndex(text, i + 1, c);
        const end = close === -1 ? text.length : close;
        const inner = text.slice(i + 1, end);
        items.push({ raw: c === "'" ? inner.replace(/''/g, "'") : inner, line: l, column: i + 2 });
        i = end + 1;
        continue;
      }
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== ']') end++;
      items.push({ raw: text.slice(i, end).trim(), line: l, column: i + 1 });
      i = end;
    }
  }
  return items;
}

/**
 * One tag per ATT&CK reference of a parsed list, placed at its written item. Items are matched
 * to their text in order; an item written in a way the scanner does not follow falls back to the
 * item at the same index, then to `fallbackLine`.
 */
export function techniqueTagsOf(
  values: unknown,
  positions: readonly ItemPosition[],
  fallbackLine: number,
  techniqueOf: (raw: string) => string | null = normalizeTechnique,
): TechniqueTag[] {
  const list = Array.isArray(values) ? values : stringOf(values) === undefined ? [] : [values];
  const tags: TechniqueTag[] = [];
  let next = 0;
  list.forEach((value, index) => {
    const raw = stringOf(value)?.trim();
    if (raw === undefined || raw === '') return;
    let found = positions.findIndex((p, i) => i >= next && p.raw.trim() === raw);
    if (found === -1 && index < positions.length && index >= next) found = index;
    const at = found === -1 ? { line: fallbackLine, column: 1 } : positions[found]!;
    if (found !== -1) next = found + 1;
    tags.push({ raw, technique: techniqueOf(raw), line: at.line, endLine: at.line, column: at.column });
  });
  return tags;
}
