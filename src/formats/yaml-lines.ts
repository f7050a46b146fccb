/**
 * Where things are in a YAML file: js-yaml gives values but no positions, so this small line
 * scanner finds documents, mapping keys, block-sequence items and their line spans. Values are
 * always taken from the real parser; the scanner only says on which lines they are.
 *
 * The scanner classifies every line once (O(lines)). A line is a `node` when it starts a YAML
 * node; lines inside a multi-line quoted scalar, flow collection, block scalar or plain scalar
 * are `continuation` lines, so text like `foo: bar` inside a quoted string is never a key.
 *
 * API (all line numbers 1-based, inclusive; columns 0-based):
 * - `new YamlLines(lines)`: scan the file's lines (see `splitLines` in src/source.ts).
 * - `documents()`: the `---`-separated documents.
 * - `keys(span, indent)`: mapping keys at exactly `indent` within a span, each with its value's span.
 * - `childKeys(key)`, `items(key)`: the nested mapping keys / block-sequence items of a key.
 * - `keyPrefix(line)`: `key:` as written on a key line, to rewrite the value after it.
 * - `isPlainSafe(text)`, `quoteScalar(text, style)`: YAML-safe spelling of an inserted text.
 * - `foldScalar(...)`: a long scalar written over several lines the way YAML dumpers fold it.
 */
import yaml from 'js-yaml';
import type { LineSpan } from '../detection.js';

export type LineKind = 'blank' | 'comment' | 'marker' | 'continuation' | 'node';

export interface ScannedLine {
  kind: LineKind;
  /** Leading spaces. */
  indent: number;
  /** The node starts with a block-sequence dash (`- item`, `- key: v`). */
  dash: boolean;
  /** Column after the first dash and its spaces (start of the item's content), or -1. */
  itemColumn: number;
  /** The mapping key on this line (after any dashes), or null. */
  key: string | null;
  /** Column of that key, or -1. */
  keyColumn: number;
  /** Column where the key's (or item's) inline value starts; -1 when nothing but a comment follows. */
  valueColumn: number;
}

export interface DocumentSpan extends LineSpan {
  /** 0-based index of the document, as a YAML parser counts them. */
  index: number;
}

export interface KeySpan extends LineSpan {
  key: string;
  /** Column of the key (its indentation inside its mapping). */
  indent: number;
  /** Column where the inline value starts on the key line, -1 when the value starts below. */
  valueColumn: number;
}

export interface ItemSpan extends LineSpan {
  /** Column of the dash. */
  indent: number;
  /** Column where the item's content starts (after `- `), -1 for an empty item. */
  valueColumn: number;
}

type Mode =
  | { kind: 'none' }
  | { kind: 'quote'; quote: "'" | '"' }
  | { kind: 'flow'; depth: number; quote: "'" | '"' | null }
  | { kind: 'block'; parentIndent: number }
  | { kind: 'plain'; parentIndent: number };

const NONE: Mode = { kind: 'none' };
const MARKER = /^(?:---|\.\.\.)(?:[ \t]|$)/;
// A plain key: no leading indicator, ends at the first `:` followed by a space or the line end.
const PLAIN_KEY = /^([^\s#'"[\]{},&*!|>%@`?:-][^#]*?|[?:-][^\s#]*?)[ \t]*:(?=[ \t]|$)/;

function leadingSpaces(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

function skipSpaces(line: string, i: number): number {
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** Index just past the closing quote, or -1 when the scalar continues on the next line. */
function closeQuote(line: string, from: number, quote: "'" | '"'): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

export class YamlLines {
  readonly lines: readonly string[];
  readonly info: readonly ScannedLine[];

  constructor(lines: readonly string[]) {
    this.lines = lines;
    this.info = scan(lines);
  }

  /** 1-based line count. */
  get lineCount(): number {
    return this.lines.length;
  }

  /**
   * The documents of the file. A `---` line starts a document (and belongs to it); `...` ends
   * one. Text before the first `---` is a document only when it holds a node.
   */
  documents(): DocumentSpan[] {
    const docs: DocumentSpan[] = [];
    let start = 1;
    let explicit = false;
    const close = (end: number): void => {
      if (end >= start && (explicit || this.hasNode(start, end))) docs.push({ index: docs.length, line: start, endLine: end });
    };
    for (let i = 0; i < this.info.length; i++) {
      if (this.info[i]!.kind !== 'marker') continue;
      const line = i + 1;
      if (this.lines[i]!.startsWith('---')) {
        close(line - 1);
        start = line;
        explicit = true;
      } else {
        close(line);
        start = line + 1;
        explicit = false;
      }
    }
    close(this.lines.length);
    if (docs.length === 0) docs.push({ index: 0, line: 1, endLine: Math.max(1, this.lines.length) });
    return docs;
  }

  private hasNode(from: number, to: number): boolean {
    for (let l = from; l <= to; l++) if (this.info[l - 1]!.kind === 'node') return true;
    return false;
  }

  /** The last line in [from, to] that is part of a value (not blank, not a comment), or from - 1. */
  lastContentLine(from: number, to: number): number {
    for (let l = to; l >= from; l--) {
      const kind = this.info[l - 1]!.kind;
      if (kind === 'node' || kind === 'continuation') return l;
    }
    return from - 1;
  }

  /** Mapping keys written at exactly `indent` (not after a dash) inside `span`. */
  keys(span: LineSpan, indent: number): KeySpan[] {
    const keys: KeySpan[] = [];
    for (let l = span.line; l <= span.endLine; l++) {
      const info = this.info[l - 1];
      if (!info || info.kind !== 'node' || info.dash || info.key === null || info.keyColumn !== indent) continue;
      let end = l + 1;
      for (; end <= span.endLine; end++) {
        const next = this.info[end - 1]!;
        if (next.kind === 'marker') break;
        if (next.kind !== 'node') continue;
        // A compact sequence (`tags:` then `- a` at the same indent) still belongs to the key.
        if (next.indent < indent || (next.indent === indent && !(next.dash && info.valueColumn === -1))) break;
      }
      keys.push({ key: info.key, line: l, endLine: Math.max(l, this.lastContentLine(l, end - 1)), indent, valueColumn: info.valueColumn });
      l = end - 1;
    }
    return keys;
  }

  /** The keys of the mapping that is `key`'s value (empty when the value is no block mapping). */
  childKeys(key: KeySpan): KeySpan[] {
    if (key.valueColumn !== -1) return [];
    for (let l = key.line + 1; l <= key.endLine; l++) {
      const info = this.info[l - 1]!;
      if (info.kind !== 'node') continue;
      if (info.dash || info.key === null || info.indent <= key.indent) return [];
      return this.keys({ line: l, endLine: key.endLine }, info.indent);
    }
    return [];
  }

  /** The block-sequence items of `key`'s value (empty for inline or flow values). */
  items(key: KeySpan): ItemSpan[] {
    if (key.valueColumn !== -1) return [];
    let itemIndent = -1;
    const starts: number[] = [];
    for (let l = key.line + 1; l <= key.endLine; l++) {
      const info = this.info[l - 1]!;
      if (info.kind !== 'node') continue;
      if (itemIndent === -1) {
        if (!info.dash || info.indent < key.indent) return [];
        itemIndent = info.indent;
      }
      if (info.indent < itemIndent) break;
      if (info.indent === itemIndent) {
        if (!info.dash) break;
        starts.push(l);
      }
    }
    return starts.map((line, i) => {
      const limit = i + 1 < starts.length ? starts[i + 1]! - 1 : key.endLine;
      return {
        line,
        endLine: Math.max(line, this.lastContentLine(line, limit)),
        indent: itemIndent,
        valueColumn: this.info[line - 1]!.itemColumn,
      };
    });
  }

  /**
   * Where each element of the loaded list `values` (the value of `key`) is written: its block
   * item, or for a flow list (`[a, b]`) the line where its text appears. An element that cannot
   * be told apart gets the key's line. Always returns one span per value.
   */
  locateItems(key: KeySpan, values: readonly unknown[]): ItemSpan[] {
    const block = this.items(key);
    if (block.length === values.length && block.length > 0) return block;
    let line = key.line;
    let column = key.valueColumn === -1 ? 0 : key.valueColumn;
    return values.map((value) => {
      const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
      const at = text ? this.find(text, key, line, column) : null;
      if (!at) return { line: key.line, endLine: key.line, indent: key.indent, valueColumn: key.valueColumn };
      line = at.line;
      column = at.column + text.length;
      return { line: at.line, endLine: at.line, indent: key.indent, valueColumn: at.column };
    });
  }

  /**
   * Finds `needle` in the raw text of lines [span.line, span.endLine], searching from
   * (`fromLine`, `fromColumn`) on; for values inside flow collections. Null when absent.
   */
  find(needle: string, span: LineSpan, fromLine = span.line, fromColumn = 0): { line: number; column: number } | null {
    for (let l = Math.max(fromLine, span.line); l <= span.endLine; l++) {
      const col = this.lines[l - 1]!.indexOf(needle, l === fromLine ? fromColumn : 0);
      if (col !== -1) return { line: l, column: col };
    }
    return null;
  }
}

function scan(lines: readonly string[]): ScannedLine[] {
  const out: ScannedLine[] = [];
  let mode: Mode = NONE;
  for (const line of lines) {
    const indent = leadingSpaces(line);
    const blank = indent === line.length || line.trim() === '';
    const entry: ScannedLine = { kind: 'node', indent, dash: false, itemColumn: -1, key: null, keyColumn: -1, valueColumn: -1 };
    out.push(entry);
    if (indent === 0 && MARKER.test(line)) {
      // A document marker ends any unterminated construct (js-yaml rejects those anyway).
      entry.kind = 'marker';
      mode = NONE;
      continue;
    }
    if (mode.kind === 'quote') {
      entry.kind = 'continuation';
      const end = closeQuote(line, 0, mode.quote);
      if (end !== -1) mode = NONE;
      continue;
    }
    if (mode.kind === 'flow') {
      entry.kind = 'continuation';
      mode = scanFlow(line, 0, mode);
      continue;
    }
    if (mode.kind === 'block' || mode.kind === 'plain') {
      // Blank lines never end a block or plain scalar; as `blank` they are trimmed from spans.
      if (blank) {
        entry.kind = 'blank';
        continue;
      }
      if (indent > mode.parentIndent && !(mode.kind === 'plain' && line[indent] === '#')) {
        entry.kind = 'continuation';
        continue;
      }
      mode = NONE;
    }
    if (blank) {
      entry.kind = 'blank';
      continue;
    }
    // Directives (`%YAML 1.2`) only precede a `---`; like comments they hold no node.
    if (line[indent] === '#' || (indent === 0 && line[0] === '%')) {
      entry.kind = 'comment';
      continue;
    }
    mode = scanNode(line, indent, entry);
  }
  return out;
}

/** Reads the structure at the start of a node line; returns the mode for the lines after it. */
function scanNode(line: string, indent: number, entry: ScannedLine): Mode {
  let pos = indent;
  let parentIndent = indent;
  while (line[pos] === '-' && (pos + 1 === line.length || line[pos + 1] === ' ' || line[pos + 1] === '\t')) {
    if (!entry.dash) {
      entry.dash = true;
      entry.itemColumn = skipSpaces(line, pos + 1);
      if (entry.itemColumn >= line.length || line[entry.itemColumn] === '#') entry.itemColumn = -1;
    }
    parentIndent = pos;
    pos = skipSpaces(line, pos + 1);
  }
  if (pos >= line.length || line[pos] === '#') return NONE;
  const key = readKey(line, pos);
  if (key) {
    entry.key = key.key;
    entry.keyColumn = pos;
    parentIndent = pos;
    pos = skipSpaces(line, key.end);
    if (pos >= line.length || line[pos] === '#') return NONE;
  }
  // Anchors and tags before a value (`&a`, `!!str`) are no value themselves.
  while ((line[pos] === '&' || line[pos] === '!') && pos < line.length) {
    while (pos < line.length && line[pos] !== ' ' && line[pos] !== '\t') pos++;
    pos = skipSpaces(line, pos);
  }
  if (pos >= line.length || line[pos] === '#') return NONE;
  entry.valueColumn = pos;
  return valueMode(line, pos, parentIndent);
}

function readKey(line: string, pos: number): { key: string; end: number } | null {
  const c = line[pos];
  if (c === '"' || c === "'") {
    const end = closeQuote(line, pos + 1, c);
    if (end === -1) return null;
    const after = skipSpaces(line, end);
    if (line[after] !== ':' || !(after + 1 === line.length || line[after + 1] === ' ' || line[after + 1] === '\t')) return null;
    const raw = line.slice(pos, end);
    let key: string;
    try {
      key = String(yaml.load(raw));
    } catch {
      key = raw.slice(1, -1);
    }
    return { key, end: after + 1 };
  }
  const m = PLAIN_KEY.exec(line.slice(pos));
  if (!m) return null;
  return { key: m[1]!, end: pos + m[0].length };
}

function valueMode(line: string, pos: number, parentIndent: number): Mode {
  const c = line[pos];
  if (c === '"' || c === "'") {
    const end = closeQuote(line, pos + 1, c);
    return end === -1 ? { kind: 'quote', quote: c } : NONE;
  }
  if (c === '[' || c === '{') return scanFlow(line, pos, { kind: 'flow', depth: 0, quote: null });
  if (c === '|' || c === '>') return { kind: 'block', parentIndent };
  return { kind: 'plain', parentIndent };
}

/** Advances through a flow collection; returns NONE once it closes. */
function scanFlow(line: string, from: number, state: { kind: 'flow'; depth: number; quote: "'" | '"' | null }): Mode {
  let { depth, quote } = state;
  let i = from;
  let startOfScalar = from === 0;
  while (i < line.length) {
    if (quote) {
      const end = closeQuote(line, i, quote);
      if (end === -1) return { kind: 'flow', depth, quote };
      quote = null;
      i = end;
      startOfScalar = false;
      continue;
    }
    const c = line[i]!;
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) break;
    if (c === '[' || c === '{') {
      depth++;
      startOfScalar = true;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth <= 0) return NONE;
    } else if (c === ',' || c === ':') {
      startOfScalar = true;
    } else if ((c === "'" || c === '"') && startOfScalar) {
      quote = c;
    } else if (c !== ' ' && c !== '\t') {
      startOfScalar = false;
    }
    i++;
  }
  return { kind: 'flow', depth, quote };
}

/** The key and its colon as written at the start of `line` (`  name :`), or null. */
export function keyPrefix(line: string): string | null {
  const indent = leadingSpaces(line);
  const rest = line.slice(indent);
  const c = rest[0];
  if (c === '"' || c === "'") {
    const end = closeQuote(rest, 1, c);
    const m = end === -1 ? null : /^[ \t]*:(?=[ \t]|$)/.exec(rest.slice(end));
    return m ? line.slice(0, indent + end + m[0].length) : null;
  }
  const m = PLAIN_KEY.exec(rest);
  return m ? line.slice(0, indent + m[0].length) : null;
}

const YAML_WORDS = /^(?:~|null|true|false|yes|no|on|off|y|n|=|<<)$/i;
const YAML_NUMBER = /^[-+]?(?:\.?\d|0x|0o|\.inf|\.nan)/i;
const LEADING_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

/**
 * True when `text` can be written as a plain scalar (`- text`, `key: text`) and reads back as
 * the same string in YAML 1.1 and 1.2 parsers (so `yes`, `No`, `1.0`, `2024-01-01` are not).
 */
export function isPlainSafe(text: string): boolean {
  if (text === '' || text !== text.trim()) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text)) return false;
  if (LEADING_INDICATOR.test(text) || YAML_WORDS.test(text) || YAML_NUMBER.test(text)) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  try {
    const back = yaml.load(`k: ${text}`) as { k?: unknown } | null;
    return back !== null && typeof back === 'object' && back.k === text;
  } catch {
    return false;
  }
}

export type ScalarStyle = 'plain' | 'single' | 'double';

/**
 * `text` spelled as a YAML scalar in the preferred style, falling back to a style that can
 * hold it: plain -> single-quoted -> double-quoted (the only one for newlines and control chars).
 */
export function quoteScalar(text: string, style: ScalarStyle = 'plain'): string {
  if (style === 'plain' && isPlainSafe(text)) return text;
  // eslint-disable-next-line no-control-regex
  const singleOk = !/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text);
  if (style !== 'double' && singleOk) return `'${text.replace(/'/g, "''")}'`;
  // A JSON string is a valid YAML double-quoted scalar; YAML 1.1 readers also break lines at
  // NEL/LS/PS, and a raw BOM or DEL is not printable, so those are escaped too.
  return JSON.stringify(text).replace(/[\u007f\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The quoting style of a scalar as written (`'a'`, `"a"`, `a`). */
export function scalarStyleOf(raw: string): ScalarStyle {
  if (raw.startsWith("'")) return 'single';
  if (raw.startsWith('"')) return 'double';
  return 'plain';
}

/**
 * Splits a one-line scalar (already quoted as needed, no line breaks) over several lines the way
 * YAML dumpers (PyYAML, width 80) fold: a line breaks at the first single space after it has
 * exceeded `width`, and continuation lines start with `indent` (at least one space). Breaking
 * only at single spaces between two words keeps the value unchanged; a continuation line starts
 * with a letter, digit or `(` only, never with `#` (a comment) or another indicator. `prefix` is written before the first line (`key: `).
 * `width` 0 writes one line.
 */
const SAFE_LINE_START = /[\p{L}\p{N}(]/u;

export function foldScalar(prefix: string, scalar: string, width: number, indent: string): string[] {
  if (width <= 0) return [prefix + scalar];
  const segments: string[] = [];
  let start = 0;
  for (let i = 1; i < scalar.length - 1; i++) {
    if (scalar[i] === ' ' && scalar[i - 1] !== ' ' && SAFE_LINE_START.test(scalar[i + 1]!)) {
      segments.push(scalar.slice(start, i));
      start = i + 1;
    }
  }
  segments.push(scalar.slice(start));
  const out: string[] = [];
  let current = prefix + segments[0]!;
  for (const segment of segments.slice(1)) {
    if (current.length > width) {
      out.push(current);
      current = indent + segment;
    } else {
      current += ` ${segment}`;
    }
  }
  out.push(current);
  return out;
}
