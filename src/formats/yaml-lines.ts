/**
 * Where things are in a YAML file: js-yaml gives values but no positions, so this small line
 * scanner finds documents, mapping keys, block-sequence items and their line spans. Values are
 * always taken from the real parser; the scanner only says on which lines they are. It is the
 * one scanner of the YAML formats (Sigma, Splunk, Sentinel, Panther).
 *
 * The scanner classifies every line once (O(lines)). A line is a `node` when it starts a YAML
 * node; lines inside a multi-line quoted scalar, flow collection, block scalar or plain scalar
 * are `continuation` lines, so text like `foo: bar` inside a quoted string is never a key.
 *
 * API (all line numbers 1-based, inclusive; columns 0-based unless said otherwise):
 * - `new YamlLines(lines, options)`: scan the file's lines (see `splitLines` in src/source.ts).
 * - `documents()`: the `---`-separated documents.
 * - `keys(span, indent)`, `topLevelKeys(span)`, `fields(span)`: mapping keys within a span, each
 *   with its value's span.
 * - `childKeys(key)`, `items(key)`: the nested mapping keys / block-sequence items of a key.
 * - `locateItems(key, values)`, `listValues(key, value)`, `columnOf(span, text)`: where the
 *   values of a loaded list are written.
 * - `keyPrefix(line)`: `key:` as written on a key line, to rewrite the value after it.
 */
import yaml from 'js-yaml';
import type { LineSpan } from '../detection.js';
import { splitLines, type SourceFile } from '../source.js';
import { lastFileMemo } from './last-file.js';
import { closingQuote } from './yaml-scalar.js';

export type LineKind = 'blank' | 'comment' | 'marker' | 'continuation' | 'node';

/** What the scanner knows of one line. Read-only: lines that hold no node share entries. */
export interface ScannedLine {
  readonly kind: LineKind;
  /** Leading spaces. */
  readonly indent: number;
  /** The node starts with a block-sequence dash (`- item`, `- key: v`). */
  readonly dash: boolean;
  /** Column after the first dash and its spaces (start of the item's content), or -1. */
  readonly itemColumn: number;
  /** The mapping key on this line (after any dashes), or null. */
  readonly key: string | null;
  /** Column of that key, or -1. */
  readonly keyColumn: number;
  /** Column where the key's (or item's) inline value starts; -1 when nothing but a comment follows. */
  readonly valueColumn: number;
}

/** A line's entry while the scanner fills it in. */
type LineEntry = { -readonly [K in keyof ScannedLine]: ScannedLine[K] };

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
// Sticky, so that a key is read in place (`plainKeyAt`) without slicing the line.
const PLAIN_KEY = /([^\s#'"[\]{},&*!|>%@`?:-][^#]*?|[?:-][^\s#]*?)[ \t]*:(?=[ \t]|$)/y;

function plainKeyAt(line: string, pos: number): RegExpExecArray | null {
  PLAIN_KEY.lastIndex = pos;
  return PLAIN_KEY.exec(line);
}

// A native regex search beats a charCodeAt loop on the sliced strings `split` makes (2x on Panther).
const NOT_SPACE = /[^ ]/g;

function leadingSpaces(line: string): number {
  NOT_SPACE.lastIndex = 0;
  return NOT_SPACE.test(line) ? NOT_SPACE.lastIndex - 1 : line.length;
}

function skipSpaces(line: string, i: number): number {
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** Index just past the closing quote, or -1 when the scalar continues on the next line. */
function closeQuote(line: string, from: number, quote: "'" | '"'): number {
  const at = closingQuote(line, from, quote);
  return at === -1 ? -1 : at + 1;
}

export interface ScanOptions {
  /**
   * Top-level keys whose values are never read (Panther `Tests`: most of its files' bytes). Such
   * a value, when it starts below its key, is not scanned: it runs to the next column-0 key line
   * and its lines are only told blank, column-0 comment or `continuation`. That is enough to
   * find where it ends, and keeps the file's biggest part nearly free.
   */
  unscannedKeys?: readonly string[];
}

export class YamlLines {
  readonly lines: readonly string[];
  readonly info: readonly ScannedLine[];

  constructor(lines: readonly string[], options: ScanOptions = {}) {
    this.lines = lines;
    this.info = scan(lines, new Set(options.unscannedKeys ?? []));
  }

  /** 1-based line count. */
  get lineCount(): number {
    return this.lines.length;
  }

  /** All lines of the file (line 1 even when the file is empty). */
  get whole(): LineSpan {
    return { line: 1, endLine: Math.max(1, this.lines.length) };
  }

  /**
   * The documents of the file. A `---` line starts a document (and belongs to it); `...` ends
   * one. Text before the first `---` is a document only when it holds a node.
   */
  documents(): DocumentSpan[] {
    this.documentSpans ??= this.findDocuments();
    return this.documentSpans;
  }

  private documentSpans: DocumentSpan[] | undefined;

  private findDocuments(): DocumentSpan[] {
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

  /**
   * Mapping keys written at exactly `indent` (not after a dash) inside `span`. A document's
   * top-level keys are asked for by parsing and again by fix planning: they are found once.
   */
  keys(span: LineSpan, indent: number): readonly KeySpan[] {
    if (indent !== 0) return this.findKeys(span, indent);
    const id = `${span.line}:${span.endLine}`;
    let keys = this.topKeys.get(id);
    if (!keys) this.topKeys.set(id, (keys = this.findKeys(span, 0)));
    return keys;
  }

  private readonly topKeys = new Map<string, readonly KeySpan[]>();

  private findKeys(span: LineSpan, indent: number): KeySpan[] {
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

  /**
   * The top-level keys of `span` (a document, or the whole file) by name; the first of a
   * duplicated key wins (parsers reject duplicates anyway).
   */
  topLevelKeys(span: LineSpan = this.whole): Map<string, KeySpan> {
    const keys = new Map<string, KeySpan>();
    for (const key of this.keys(span, 0)) if (!keys.has(key.key)) keys.set(key.key, key);
    return keys;
  }

  /**
   * The top-level keys as fields whose values are read and edited as a whole (Sentinel, Panther):
   * `topLevelKeys`, each extended by `withTrailingComments`.
   */
  fields(span: LineSpan = this.whole): Map<string, KeySpan> {
    const fields = this.topLevelKeys(span);
    for (const [name, key] of fields) fields.set(name, this.withTrailingComments(key));
    return fields;
  }

  /**
   * `key` with its span extended over the comment lines indented under it that follow its value
   * (column-0 comments belong to what follows). An edit that rewrites or appends to the value
   * must cover them, or a comment could end up inside a new block scalar as text.
   */
  withTrailingComments(key: KeySpan): KeySpan {
    let endLine = key.endLine;
    for (let l = key.endLine + 1; l <= this.info.length; l++) {
      const info = this.info[l - 1]!;
      if (info.kind === 'node' || info.kind === 'marker') break;
      if (info.kind !== 'blank' && info.indent > key.indent) endLine = l;
    }
    return endLine === key.endLine ? key : { ...key, endLine };
  }

  /** The keys of the mapping that is `key`'s value (empty when the value is no block mapping). */
  childKeys(key: KeySpan): KeySpan[] {
    if (key.valueColumn !== -1) return [];
    for (let l = key.line + 1; l <= key.endLine; l++) {
      const info = this.info[l - 1]!;
      if (info.kind !== 'node') continue;
      if (info.dash || info.key === null || info.indent <= key.indent) return [];
      return this.findKeys({ line: l, endLine: key.endLine }, info.indent);
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
   * The values of a loaded list, or a lone scalar as a list of one, each with where it is
   * written (`locateItems`; a lone scalar is on the key line). Maps and null have no values.
   */
  listValues(key: KeySpan, value: unknown): { value: unknown; span: ItemSpan }[] {
    if (Array.isArray(value)) {
      const spans = this.locateItems(key, value);
      return value.map((v, i) => ({ value: v, span: spans[i]! }));
    }
    if (value === null || value === undefined || typeof value === 'object') return [];
    return [{ value, span: { line: key.line, endLine: key.endLine, indent: key.indent, valueColumn: key.valueColumn } }];
  }

  /** The 1-based column of `text` on the first line of `span`, from its value on; else of the value. */
  columnOf(span: ItemSpan, text: string): number {
    const from = Math.max(0, span.valueColumn);
    const at = (this.lines[span.line - 1] ?? '').indexOf(text, from);
    return (at === -1 ? from : at) + 1;
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

/**
 * The scan of a rule's file (default options), for parsing and fix planning: a file is scanned
 * once, not once to parse and again per rule (a file of 5,000 Sigma documents made planning
 * quadratic). See `lastFileMemo`.
 */
export const scanOf: (file: SourceFile) => YamlLines = lastFileMemo((file) => new YamlLines(splitLines(file.text)));

function scan(lines: readonly string[], unscannedKeys: ReadonlySet<string>): ScannedLine[] {
  const out: ScannedLine[] = [];
  let mode: Mode = NONE;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = leadingSpaces(line);
    const blank = isBlank(line, indent);
    if (indent === 0 && MARKER.test(line)) {
      // A document marker ends any unterminated construct (js-yaml rejects those anyway).
      out.push(sharedLine('marker', 0));
      mode = NONE;
      continue;
    }
    if (mode.kind === 'quote') {
      out.push(sharedLine('continuation', indent));
      const end = closeQuote(line, 0, mode.quote);
      if (end !== -1) mode = NONE;
      continue;
    }
    if (mode.kind === 'flow') {
      out.push(sharedLine('continuation', indent));
      mode = scanFlow(line, 0, mode);
      continue;
    }
    if (mode.kind === 'block' || mode.kind === 'plain') {
      // Blank lines never end a block or plain scalar; as `blank` they are trimmed from spans.
      if (blank) {
        out.push(sharedLine('blank', indent));
        continue;
      }
      if (indent > mode.parentIndent && !(mode.kind === 'plain' && line[indent] === '#')) {
        out.push(sharedLine('continuation', indent));
        continue;
      }
      mode = NONE;
    }
    if (blank) {
      out.push(sharedLine('blank', indent));
      continue;
    }
    // Directives (`%YAML 1.2`) only precede a `---`; like comments they hold no node.
    if (line[indent] === '#' || (indent === 0 && line[0] === '%')) {
      out.push(sharedLine('comment', indent));
      continue;
    }
    const entry: LineEntry = { kind: 'node', indent, dash: false, itemColumn: -1, key: null, keyColumn: -1, valueColumn: -1 };
    out.push(entry);
    mode = scanNode(line, indent, entry);
    if (entry.keyColumn === 0 && !entry.dash && entry.valueColumn === -1 && unscannedKeys.has(entry.key!)) {
      i = scanUnscanned(lines, i + 1, out) - 1;
      mode = NONE;
    }
  }
  return out;
}

/**
 * Entries for the lines of an unscanned value, from line index `from` on; returns the index of
 * the line after it: the next column-0 key line or document marker, or the end.
 */
function scanUnscanned(lines: readonly string[], from: number, out: ScannedLine[]): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = leadingSpaces(line);
    if (isBlank(line, indent)) out.push(sharedLine('blank', indent));
    else if (indent > 0) out.push(sharedLine('continuation', indent));
    else if (line[0] === '#') out.push(sharedLine('comment', 0));
    else if (MARKER.test(line) || readKey(line, 0)) return i;
    else out.push(sharedLine('continuation', 0));
  }
  return lines.length;
}

type NoNode = Exclude<LineKind, 'node'>;

// Lines that hold no node are told apart by kind and indentation alone, so they share one frozen
// entry each: most lines of a file are such lines (block scalars, Panther `Tests`), and one
// object per line was most of the garbage a parse made.
const SHARED_LINES: Record<NoNode, ScannedLine[]> = { blank: [], comment: [], marker: [], continuation: [] };

function sharedLine(kind: NoNode, indent: number): ScannedLine {
  const shared = SHARED_LINES[kind];
  return (shared[indent] ??= Object.freeze({ kind, indent, dash: false, itemColumn: -1, key: null, keyColumn: -1, valueColumn: -1 }));
}

/** `line.trim() === ''`, without building the trimmed string for the common non-blank line. */
function isBlank(line: string, indent: number): boolean {
  if (indent === line.length) return true;
  const c = line.charCodeAt(indent);
  // Printable ASCII is never white space; anything else asks trim() (tabs, NBSP, BOM...).
  if (c > 32 && c < 127) return false;
  return line.trim() === '';
}

/** Reads the structure at the start of a node line; returns the mode for the lines after it. */
function scanNode(line: string, indent: number, entry: LineEntry): Mode {
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
  const m = plainKeyAt(line, pos);
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
  const m = plainKeyAt(line, indent);
  return m ? line.slice(0, indent + m[0].length) : null;
}
