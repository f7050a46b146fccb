/**
 * Elastic detection-rules (.toml): one rule per file, `[metadata]` + `[rule]` + `[[rule.threat]]`.
 *
 * Values come from smol-toml (plain rules from `fastToml`, which gives the same). Neither gives
 * positions, so a small layout scanner walks the raw text once (skipping strings, arrays and comments the way TOML does) and records where each
 * key and value sits; strings are decoded a second time with the offset of every character, which
 * gives exact lines for false-positive items and for the `### False positive analysis` bullets
 * inside `note`.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import { normalizeTechnique } from '../attack.js';
import type {
  Detection,
  FalsePositiveItem,
  FalsePositiveSection,
  ParseResult,
  TechniqueTag,
} from '../detection.js';
import type { Fix, TextEdit } from '../fix/edits.js';
import { LineIndex, type SourceFile } from '../source.js';
import { disabledChecks } from '../suppression.js';
import type { FalsePositiveInsertion, FormatModule } from './types.js';
import { isDeprecatedPath } from './deprecated-path.js';
import { lastFileMemo } from './last-file.js';
import { guardedParse } from './parse-guard.js';
import { oneLine } from '../one-line.js';
import { fastToml } from './toml-fast.js';

const FIELD = 'false_positives';
const NOTE = 'note';

/**
 * detection-rules' formatter (`rule_formatter.py`) wraps multi-line strings at 120 columns; new
 * `"""` blocks are wrapped the same way so `python -m detection_rules toml-lint` leaves them alone.
 */
const MAX_LINE_WIDTH = 120;
const DEFAULT_INDENT = '    ';

const SNIFF_RULE_TABLE = /^\[rule\][ \t]*(?:#.*)?\r?$/m;
const SNIFF_RULE_KEYS = /^(?:\[metadata\]|rule_id[ \t]*=)/m;
const DATASET_IN_QUERY = /\b(?:event|data_stream)\.dataset\s*(?::|==|=)\s*(\([^)\n]*\)|"[^"\n]*"|[A-Za-z0-9_.*-]+)/g;
const DATASET_NAME = /[A-Za-z0-9_][A-Za-z0-9_.*-]*/g;
const ESQL_FROM = /^\s*from\s+([^|\n]+)/i;
const MARKDOWN_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const MARKDOWN_FENCE = /^ {0,3}(?:```|~~~)/;
const MARKDOWN_BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FALSE_POSITIVE_HEADING = /false[ -]?positive/i;

// ---------------------------------------------------------------------------------------------
// Layout scanner: where keys, tables and values are in the raw text.

interface TomlEntry {
  /** Header path of the enclosing table (`rule.threat.technique`), '' for the root table. */
  table: string;
  /** The key as written, dotted keys joined with '.', quotes removed. */
  key: string;
  keyOffset: number;
  valueStart: number;
  /** Offset just past the value. */
  valueEnd: number;
}

interface TomlHeader {
  path: string;
  offset: number;
}

interface TomlLayout {
  entries: TomlEntry[];
  headers: TomlHeader[];
}

const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '
const BACKSLASH = 0x5c;
const HASH = 0x23;
const NEWLINE = 0x0a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const EQUALS = 0x3d;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === NEWLINE;
}

function skipToLineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl;
}

/** Whitespace, newlines and `#` comments. */
function skipTrivia(text: string, pos: number): number {
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (isBlank(c)) pos++;
    else if (c === HASH) pos = skipToLineEnd(text, pos);
    else break;
  }
  return pos;
}

function isTripleAt(text: string, pos: number, q: number): boolean {
  return text.charCodeAt(pos) === q && text.charCodeAt(pos + 1) === q && text.charCodeAt(pos + 2) === q;
}

const TRIPLE_QUOTE = '"""';
const TRIPLE_APOSTROPHE = "'''";

/** Offset of the first unescaped closing triple delimiter at or after `from`, or -1. */
function findTripleClose(text: string, from: number, q: number): number {
  const delimiter = q === QUOTE ? TRIPLE_QUOTE : TRIPLE_APOSTROPHE;
  for (let i = text.indexOf(delimiter, from); i !== -1; i = text.indexOf(delimiter, i + 1)) {
    if (q !== QUOTE) return i;
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}

/** End offset of the string starting at `pos` (past its closing delimiter; at EOL/EOF if unterminated). */
function skipString(text: string, pos: number): number {
  const n = text.length;
  const q = text.charCodeAt(pos);
  if (isTripleAt(text, pos, q)) {
    const close = findTripleClose(text, pos + 3, q);
    if (close === -1) return n;
    // Up to two more quotes still belong to the content: `""""` closes after the fourth.
    let end = close + 3;
    if (text.charCodeAt(end) === q) end++;
    if (text.charCodeAt(end) === q) end++;
    return end;
  }
  const escapes = q === QUOTE;
  for (let i = pos + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (escapes && c === BACKSLASH) i++;
    else if (c === q) return i + 1;
    else if (c === NEWLINE) return i;
  }
  return n;
}

/** End offset of the array or inline table starting at `pos`. */
function skipBracketed(text: string, pos: number): number {
  const n = text.length;
  let depth = 0;
  let i = pos;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === APOSTROPHE) {
      i = skipString(text, i);
      continue;
    }
    if (c === HASH) {
      i = skipToLineEnd(text, i);
      continue;
    }
    if (c === OPEN_BRACKET || c === OPEN_BRACE) depth++;
    else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return n;
}

/** End offset of a bare value (number, date, boolean): up to a delimiter, comment or EOL. */
function skipScalar(text: string, pos: number, stopAtComma: boolean): number {
  const n = text.length;
  let i = pos;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === HASH || c === 0x0d) break;
    if (stopAtComma && (c === COMMA || c === CLOSE_BRACKET || c === 0x20 || c === 0x09)) break;
    i++;
  }
  while (i > pos && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

function skipValue(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === QUOTE || c === APOSTROPHE) return skipString(text, pos);
  if (c === OPEN_BRACKET || c === OPEN_BRACE) return skipBracketed(text, pos);
  return skipScalar(text, pos, false);
}

const KEY_NEEDS_NORMALIZING = /[\s"']/;

/** `a . "b" .c` -> `a.b.c` */
function normalizeKeyPath(raw: string): string {
  // Most keys and headers (`rule_id`, `rule.threat.technique`) are written as they read.
  if (!KEY_NEEDS_NORMALIZING.test(raw)) return raw;
  if (raw.indexOf('.') === -1 && raw.indexOf('"') === -1 && raw.indexOf("'") === -1) return raw.trim();
  return raw
    .split('.')
    .map((part) => part.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .join('.');
}

/** Offset of the `=` that ends the key starting at `pos`, or -1 when the line holds no key. */
function findKeyEnd(text: string, pos: number): number {
  const n = text.length;
  for (let i = pos; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === EQUALS) return i;
    if (c === NEWLINE || c === HASH) return -1;
    if (c === QUOTE || c === APOSTROPHE) i = skipString(text, i) - 1;
  }
  return -1;
}

function scanLayout(text: string): TomlLayout {
  const entries: TomlEntry[] = [];
  const headers: TomlHeader[] = [];
  const n = text.length;
  let table = '';
  let pos = 0;
  while (pos < n) {
    pos = skipTrivia(text, pos);
    if (pos >= n) break;
    if (text.charCodeAt(pos) === OPEN_BRACKET) {
      const lineEnd = skipToLineEnd(text, pos);
      const array = text.charCodeAt(pos + 1) === OPEN_BRACKET;
      const close = text.indexOf(']', pos);
      const nameEnd = close === -1 || close > lineEnd ? lineEnd : close;
      table = normalizeKeyPath(text.slice(pos + (array ? 2 : 1), nameEnd));
      headers.push({ path: table, offset: pos });
      pos = lineEnd;
      continue;
    }
    const eq = findKeyEnd(text, pos);
    if (eq === -1) {
      // Not a key: the real parser reports it; resynchronize on the next line.
      pos = skipToLineEnd(text, pos);
      continue;
    }
    let valueStart = eq + 1;
    while (text.charCodeAt(valueStart) === 0x20 || text.charCodeAt(valueStart) === 0x09) valueStart++;
    const valueEnd = skipValue(text, valueStart);
    let keyEnd = eq;
    while (keyEnd > pos && (text.charCodeAt(keyEnd - 1) === 0x20 || text.charCodeAt(keyEnd - 1) === 0x09)) keyEnd--;
    entries.push({ table, key: normalizeKeyPath(text.slice(pos, keyEnd)), keyOffset: pos, valueStart, valueEnd });
    pos = Math.max(valueEnd, valueStart + 1);
    // The rest of the line can only be a comment.
    pos = skipToLineEnd(text, pos);
  }
  return { entries, headers };
}

function findEntry(layout: TomlLayout, table: string, key: string): TomlEntry | undefined {
  return layout.entries.find((e) => e.table === table && e.key === key);
}

interface ArrayElement {
  start: number;
  end: number;
  isString: boolean;
  /** A `"""` or `'''` string. */
  multiline: boolean;
}

interface ArrayLayout {
  elements: ArrayElement[];
  /** Offset of the closing `]`. */
  close: number;
}

function scanArray(text: string, open: number): ArrayLayout | null {
  if (text.charCodeAt(open) !== OPEN_BRACKET) return null;
  const n = text.length;
  const elements: ArrayElement[] = [];
  let i = open + 1;
  while (i < n) {
    i = skipTrivia(text, i);
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACKET) return { elements, close: i };
    if (c === COMMA) {
      i++;
      continue;
    }
    if (i >= n) break;
    const isString = c === QUOTE || c === APOSTROPHE;
    const end = isString
      ? skipString(text, i)
      : c === OPEN_BRACKET || c === OPEN_BRACE
        ? skipBracketed(text, i)
        : skipScalar(text, i, true);
    if (end <= i) return null;
    elements.push({ start: i, end, isString, multiline: isString && isTripleAt(text, i, c) });
    i = end;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Strings with the source offset of every character.

interface DecodedString {
  value: string;
  /**
   * Where the value's characters come from: pairs (value index, file offset), ascending. Between
   * two pairs characters map one to one; an escape maps to its backslash.
   */
  segments: number[];
}

/** The file offset of `value[i]`. */
function sourceOffset(decoded: DecodedString, i: number): number {
  const seg = decoded.segments;
  let lo = 0;
  let hi = seg.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (seg[mid * 2]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return seg[lo * 2 + 1]! + (i - seg[lo * 2]!);
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\',
};

const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function decodeString(text: string, pos: number): DecodedString | null {
  const q = text.charCodeAt(pos);
  if (q !== QUOTE && q !== APOSTROPHE) return null;
  const n = text.length;
  const triple = isTripleAt(text, pos, q);
  const escapes = q === QUOTE;
  const parts: string[] = [];
  const segments: number[] = [];
  let length = 0;
  const emit = (s: string, at: number): void => {
    if (s === '') return;
    parts.push(s);
    segments.push(length, at);
    length += s.length;
  };
  let i = pos + (triple ? 3 : 1);
  // A newline right after the opening delimiter is not part of a multi-line string.
  if (triple) {
    if (text.charCodeAt(i) === NEWLINE) i++;
    else if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === NEWLINE) i += 2;
  }
  let run = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === q && (!triple || isTripleAt(text, i, q))) {
      // Up to two more quotes still belong to the content: `""""` closes after the fourth.
      let close = i;
      if (triple) while (close - i < 2 && text.charCodeAt(close + 3) === q) close++;
      emit(text.slice(run, close), run);
      if (segments.length === 0) segments.push(0, close);
      return { value: parts.join(''), segments };
    }
    if (!triple && c === NEWLINE) return null;
    if (!escapes || c !== BACKSLASH) {
      // In multi-line strings, jump to the next character that can matter: a quote or a backslash.
      if (triple && c !== q) {
        const quote = text.indexOf(q === QUOTE ? '"' : "'", i + 1);
        const backslash = escapes ? text.indexOf('\\', i + 1) : -1;
        i = Math.min(quote === -1 ? n : quote, backslash === -1 ? n : backslash);
      } else i++;
      continue;
    }
    emit(text.slice(run, i), run);
    const next = text[i + 1] ?? '';
    if (triple && (next === ' ' || next === '\t' || next === '\r' || next === '\n')) {
      // Line-ending backslash: the newline and the whitespace after it vanish.
      let j = i + 1;
      while (j < n && isBlank(text.charCodeAt(j))) j++;
      i = j;
    } else if (SIMPLE_ESCAPES[next] !== undefined) {
      emit(SIMPLE_ESCAPES[next]!, i);
      i += 2;
    } else if (HEX_ESCAPE_LENGTH[next] !== undefined) {
      const digits = HEX_ESCAPE_LENGTH[next]!;
      const code = Number.parseInt(text.slice(i + 2, i + 2 + digits), 16);
      if (Number.isFinite(code) && code <= 0x10ffff) emit(String.fromCodePoint(code), i);
      i += 2 + digits;
    } else {
      // Not a TOML escape; smol-toml rejects the file before this matters.
      emit(next, i);
      i += 2;
    }
    run = i;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Clean text.

/**
 * Elastic hard-wraps prose at 120 columns inside `"""` blocks: the wrapping is layout, not
 * content. Lines are trimmed (which also dedents) and joined with single spaces; blank lines
 * still separate paragraphs.
 */
function unwrap(value: string): string {
  // One line of prose (most descriptions): nothing to join.
  const trimmed = value.trim();
  if (!trimmed.includes('\n')) return trimmed;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const raw of value.split('\n')) {
    const line = raw.trim();
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs.join('\n\n');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return `a date (${value.toISOString()})`;
  switch (typeof value) {
    case 'string':
      return `a string ("${value.length > 60 ? `${value.slice(0, 57)}...` : value}")`;
    case 'number':
    case 'bigint':
      return `a number (${String(value)})`;
    case 'boolean':
      return `a boolean (${String(value)})`;
    default:
      return 'a table';
  }
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// ---------------------------------------------------------------------------------------------
// Parsing.

interface Positions {
  text: string;
  index: LineIndex;
  layout: TomlLayout;
}

/** The positions of a rule file's keys and lines, for parsing and fix planning (laid out once: see `lastFileMemo`). */
const positionsOf = lastFileMemo((file): Positions => ({ text: file.text, index: new LineIndex(file.text), layout: scanLayout(file.text) }));

function lineOf(pos: Positions, offset: number): number {
  return pos.index.lineOf(offset);
}

/** Lines of the text inside a decoded string: first to last non-blank character. */
function contentSpan(pos: Positions, decoded: DecodedString, fallback: number): { line: number; endLine: number } {
  const v = decoded.value;
  let first = 0;
  while (first < v.length && /\s/.test(v[first]!)) first++;
  let last = v.length - 1;
  while (last >= first && /\s/.test(v[last]!)) last--;
  if (first > last) return { line: fallback, endLine: fallback };
  return { line: lineOf(pos, sourceOffset(decoded, first)), endLine: lineOf(pos, sourceOffset(decoded, last)) };
}

function fieldSection(pos: Positions, value: unknown): FalsePositiveSection | null {
  if (value === undefined) return null;
  const entry = findEntry(pos.layout, 'rule', FIELD);
  const line = entry ? lineOf(pos, entry.keyOffset) : 1;
  const endLine = entry ? lineOf(pos, Math.max(entry.valueStart, entry.valueEnd - 1)) : line;
  const section: FalsePositiveSection = { source: 'field', key: FIELD, line, endLine, items: [] };
  if (typeof value === 'string') {
    const decoded = entry ? decodeString(pos.text, entry.valueStart) : null;
    const span = decoded ? contentSpan(pos, decoded, line) : { line, endLine };
    section.items = [{ text: unwrap(value), ...span }];
    section.problem = `\`${FIELD}\` is ${describeValue(value)}; expected an array of strings`;
    return section;
  }
  if (!Array.isArray(value)) {
    section.problem = `\`${FIELD}\` is ${describeValue(value)}; expected an array of strings`;
    return section;
  }
  const layout = entry ? scanArray(pos.text, entry.valueStart) : null;
  const aligned = layout !== null && layout.elements.length === value.length;
  value.forEach((element, k) => {
    if (typeof element !== 'string') return;
    const el = aligned ? layout.elements[k]! : null;
    const decoded = el ? decodeString(pos.text, el.start) : null;
    const span = decoded ? contentSpan(pos, decoded, lineOf(pos, el!.start)) : { line, endLine };
    section.items.push({ text: unwrap(element), ...span });
  });
  const wrong = value.filter((v) => typeof v !== 'string');
  if (wrong.length > 0) {
    const kinds = [...new Set(wrong.map((v) => describeValue(v).replace(/ \(.*$/, '')))].join(', ');
    section.problem = `\`${FIELD}\` holds ${wrong.length} item${wrong.length === 1 ? '' : 's'} that ${wrong.length === 1 ? 'is' : 'are'} not a string (${kinds}); expected an array of strings`;
  }
  return section;
}

interface NoteLine {
  text: string;
  line: number;
  /** Differs from `line` only when a line-ending backslash joined file lines into this one. */
  endLine: number;
}

function noteLines(pos: Positions, note: string, entry: TomlEntry | undefined): NoteLine[] {
  const decoded = entry ? decodeString(pos.text, entry.valueStart) : null;
  // smol-toml keeps CRLF inside multi-line strings as written; so does the decoder.
  const exact = decoded !== null && decoded.value === note;
  const fallback = entry ? lineOf(pos, entry.keyOffset) : 1;
  const lines: NoteLine[] = [];
  let start = 0;
  while (start <= note.length) {
    const nl = note.indexOf('\n', start);
    const end = nl === -1 ? note.length : nl;
    const text = note.slice(start, end).replace(/\r$/, '');
    let line = fallback;
    let endLine = fallback;
    if (exact && end > start) {
      line = lineOf(pos, sourceOffset(decoded, start));
      endLine = lineOf(pos, sourceOffset(decoded, end - 1));
    } else if (exact) {
      // An empty line: its newline (or, after the final newline, the next line) places it.
      const previous = lines[lines.length - 1];
      line = nl !== -1 ? lineOf(pos, sourceOffset(decoded, nl)) : previous ? previous.endLine + 1 : fallback;
      endLine = line;
    }
    lines.push({ text, line, endLine });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function leadingWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ') w++;
    else if (ch === '\t') w += 4;
    else break;
  }
  return w;
}

/** Items of a false-positive section of the note: its bullets or, without bullets, its paragraphs. */
function noteItems(lines: NoteLine[]): FalsePositiveItem[] {
  const items: FalsePositiveItem[] = [];
  let parts: string[] = [];
  let first = 0;
  let last = 0;
  const flush = (): void => {
    const text = parts.join(' ').trim();
    if (text !== '') items.push({ text, line: first, endLine: last });
    parts = [];
  };
  const bullets = lines.map((l) => MARKDOWN_BULLET.exec(l.text));
  let topIndent = Number.POSITIVE_INFINITY;
  for (const b of bullets) if (b) topIndent = Math.min(topIndent, leadingWidth(b[1]!));

  if (topIndent === Number.POSITIVE_INFINITY) {
    for (const l of lines) {
      const t = l.text.trim();
      if (t === '') {
        flush();
        continue;
      }
      if (parts.length === 0) first = l.line;
      parts.push(t);
      last = l.endLine;
    }
    flush();
    return items;
  }

  let open = false;
  let afterBlank = false;
  lines.forEach((l, k) => {
    const t = l.text.trim();
    if (t === '') {
      afterBlank = true;
      return;
    }
    const b = bullets[k];
    if (b && leadingWidth(b[1]!) <= topIndent) {
      flush();
      open = true;
      first = l.line;
      last = l.endLine;
      parts.push(b[2]!.trim());
    } else if (open && (leadingWidth(l.text) > topIndent || !afterBlank)) {
      parts.push(b ? b[2]!.trim() : t);
      last = l.endLine;
    } else {
      // A paragraph after the list ends it; paragraphs count only when there are no bullets.
      flush();
      open = false;
    }
    afterBlank = false;
  });
  flush();
  return items;
}

function noteSection(pos: Positions, note: unknown): FalsePositiveSection | null {
  if (typeof note !== 'string' || !FALSE_POSITIVE_HEADING.test(note)) return null;
  const entry = findEntry(pos.layout, 'rule', NOTE);
  const lines = noteLines(pos, note, entry);
  let inFence = false;
  let start = -1;
  let level = 0;
  let end = lines.length;
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (MARKDOWN_FENCE.test(text)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const heading = MARKDOWN_HEADING.exec(text);
    if (!heading) continue;
    const headingLevel = heading[1]!.length;
    if (start === -1) {
      if (FALSE_POSITIVE_HEADING.test(heading[2]!)) {
        start = k;
        level = headingLevel;
      }
    } else if (headingLevel <= level) {
      end = k;
      break;
    }
  }
  if (start === -1) return null;
  // Sub-headings inside the section separate items like blank lines do.
  const body = lines.slice(start + 1, end).map((l) => (MARKDOWN_HEADING.test(l.text) ? { ...l, text: '' } : l));
  let lastLine = start;
  for (let k = end - 1; k > start; k--) {
    if (lines[k]!.text.trim() !== '') {
      lastLine = k;
      break;
    }
  }
  return {
    source: 'note',
    key: NOTE,
    line: lines[start]!.line,
    endLine: lines[lastLine]!.endLine,
    items: noteItems(body),
  };
}

function tag(pos: Positions, entry: TomlEntry, technique: (raw: string) => string | null): TechniqueTag | null {
  const decoded = decodeString(pos.text, entry.valueStart);
  if (!decoded) return null;
  const raw = decoded.value.trim();
  const at = pos.index.position(raw === '' ? entry.valueStart : sourceOffset(decoded, decoded.value.indexOf(raw)));
  return { raw, technique: technique(raw), line: at.line, endLine: at.line, column: at.column };
}

const THREAT_TABLES: Readonly<Record<string, boolean>> = {
  'rule.threat.technique': true,
  'rule.threat.technique.subtechnique': true,
  'rule.threat.tactic': false,
};

function threatTags(pos: Positions): TechniqueTag[] {
  const tags: TechniqueTag[] = [];
  for (const entry of pos.layout.entries) {
    if (entry.key !== 'id') continue;
    const isTechnique = THREAT_TABLES[entry.table];
    if (isTechnique === undefined) continue;
    const t = tag(pos, entry, isTechnique ? normalizeTechnique : () => null);
    if (t) tags.push(t);
  }
  return tags;
}

/** Technique ids from the parsed tree, in file order (arrays of tables keep their order). */
function parsedTechniques(rule: Record<string, unknown>): { techniques: string[]; tactics: string[] } {
  const techniques: string[] = [];
  const tactics: string[] = [];
  const threats = Array.isArray(rule.threat) ? rule.threat : [];
  for (const threat of threats) {
    if (!isTable(threat)) continue;
    if (isTable(threat.tactic)) {
      const id = asString(threat.tactic.id) ?? asString(threat.tactic.name);
      if (id) tactics.push(id.trim());
    }
    const list = Array.isArray(threat.technique) ? threat.technique : [];
    for (const technique of list) {
      if (!isTable(technique)) continue;
      const id = asString(technique.id);
      if (id) techniques.push(id);
      const subs = Array.isArray(technique.subtechnique) ? technique.subtechnique : [];
      for (const sub of subs) if (isTable(sub) && typeof sub.id === 'string') techniques.push(sub.id);
    }
  }
  return { techniques, tactics };
}

function queryDataSources(query: string, language: string | null): string[] {
  const out: string[] = [];
  if (language === 'esql') {
    const from = ESQL_FROM.exec(query);
    if (from) {
      const sources = from[1]!.replace(/\bmetadata\b.*$/i, '');
      for (const s of sources.split(',')) {
        const name = s.trim().replace(/^["']|["']$/g, '');
        if (name !== '') out.push(`index:${name.toLowerCase()}`);
      }
    }
  }
  for (const m of query.matchAll(DATASET_IN_QUERY)) {
    for (const name of m[1]!.matchAll(DATASET_NAME)) {
      if (name[0] !== 'or' && name[0] !== 'and') out.push(`dataset:${name[0].toLowerCase()}`);
    }
  }
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function lastLineOf(text: string, index: LineIndex): number {
  return Math.max(1, text.endsWith('\n') ? index.lineCount - 1 : index.lineCount);
}

const NOT_BLANK = /\S/;

function parseElastic(file: SourceFile): ParseResult {
  const { text, path } = file;
  // `text.trim() === ''` without copying the text: `\s` is what `trim` removes.
  if (!NOT_BLANK.test(text)) return { detections: [], problems: [] };
  let data: unknown;
  try {
    // Plain TOML (most rules) is read by `fastToml`, which gives what smol-toml gives.
    data = fastToml(text) ?? parseToml(text);
  } catch (err) {
    if (err instanceof TomlError) {
      const message = err.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
      return { detections: [], problems: [{ path, line: err.line, column: err.column, message: `invalid TOML: ${message}` }] };
    }
    const message = err instanceof RangeError ? 'the document is nested too deeply' : String(err);
    return { detections: [], problems: [{ path, line: 1, column: 1, message: `invalid TOML: ${message}` }] };
  }
  if (!isTable(data) || !isTable(data.rule)) {
    return {
      detections: [],
      problems: [{ path, line: 1, column: 1, message: 'no `[rule]` table; expected an Elastic detection rule' }],
    };
  }
  const rule = data.rule;
  const metadata = isTable(data.metadata) ? data.metadata : {};
  const pos = positionsOf(file);
  const index = pos.index;

  const nameEntry = findEntry(pos.layout, 'rule', 'name');
  const ruleHeader = pos.layout.headers.find((h) => h.path === 'rule');
  const titleLine = lineOf(pos, nameEntry?.keyOffset ?? ruleHeader?.offset ?? 0);

  const techniqueTags = threatTags(pos);
  const parsed = parsedTechniques(rule);
  const techniqueSet = new Set<string>();
  for (const t of techniqueTags) if (t.technique !== null) techniqueSet.add(t.technique);
  for (const t of parsed.techniques) {
    const technique = normalizeTechnique(t);
    if (technique !== null) techniqueSet.add(technique);
  }
  const techniques = [...techniqueSet];

  const query = asString(rule.query)?.trim() ?? '';
  const sources = new Set<string>();
  for (const i of asStrings(metadata.integration)) sources.add(`integration:${i.trim().toLowerCase()}`);
  for (const i of asStrings(rule.index)) sources.add(`index:${i.trim().toLowerCase()}`);
  for (const t of asStrings(rule.tags)) sources.add(`tag:${t.trim().toLowerCase()}`);
  for (const d of queryDataSources(query, asString(rule.language))) sources.add(d);
  const dataSources = [...sources];

  const status = asString(metadata.maturity)?.trim().toLowerCase() || null;
  const falsePositives = [fieldSection(pos, rule[FIELD]), noteSection(pos, rule[NOTE])].filter(
    (s): s is FalsePositiveSection => s !== null,
  );

  const detection: Detection = {
    format: 'elastic',
    path,
    document: 0,
    id: asString(rule.rule_id)?.trim() || null,
    title: asString(rule.name)?.trim() ?? '',
    titleSpan: { line: titleLine, endLine: titleLine },
    description: unwrap(asString(rule.description) ?? ''),
    techniques,
    techniqueTags,
    tactics: unique(parsed.tactics),
    query,
    dataSources,
    status,
    deprecated: status === 'deprecated' || isDeprecatedPath(path),
    falsePositives,
    disabledChecks: disabledChecks(text),
    span: { line: 1, endLine: lastLineOf(text, index) },
    source: file,
  };
  return { detections: [detection], problems: [] };
}

// ---------------------------------------------------------------------------------------------
// Fixes.

type ItemStyle = 'block' | 'basic';

/** Catalog texts are single sentences: one line, single spaces. */
function normalizeText(text: string): string {
  return oneLine(text);
}

function escapeControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\\"\u0000-\u0008\u000b-\u001f\u007f]/;

function basicString(text: string): string {
  // Catalog sentences rarely hold a backslash, a quote or a control character: one search says so.
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  return `"${escapeControl(text.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}

/** Content of a `"""` string: backslashes escaped, and every third quote of a run so none closes it. */
function multilineContent(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/"{3,}/g, (run) =>
    [...run].map((q, k) => (k % 3 === 2 ? '\\"' : q)).join(''),
  );
  return escapeControl(escaped);
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * The lines of new array items in the given style. Every item ends with `,` except the last,
 * which ends with `lastSuffix` (a comma, `]`, a comment: whatever followed the item it replaces).
 */
function renderItems(texts: string[], style: ItemStyle, indent: string, lastSuffix: string): string[] {
  const lines: string[] = [];
  texts.forEach((text, k) => {
    const ending = k === texts.length - 1 ? lastSuffix : ',';
    if (style === 'basic') {
      lines.push(`${indent}${basicString(text)}${ending}`);
      return;
    }
    const width = Math.max(20, MAX_LINE_WIDTH - indent.length);
    lines.push(`${indent}"""`);
    for (const l of wrapWords(multilineContent(text), width)) lines.push(`${indent}${l}`);
    lines.push(`${indent}"""${ending}`);
  });
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface FixContext {
  text: string;
  index: LineIndex;
}

/** Line `n` (1-based) of the text without its terminator, as `splitLines` gives it. */
function lineAt(ctx: FixContext, n: number): string {
  const start = ctx.index.lineStart(n);
  if (n >= ctx.index.lineCount) return ctx.text.slice(start);
  const end = ctx.index.lineStart(n + 1) - 1;
  return ctx.text.slice(start, ctx.text.charCodeAt(end - 1) === 0x0d && end > start ? end - 1 : end);
}

function columnOf(ctx: FixContext, offset: number): number {
  return ctx.index.position(offset).column - 1;
}

function newArrayFix(ctx: FixContext, layout: TomlLayout, texts: string[]): Fix | null {
  const ruleEntries = layout.entries.filter((e) => e.table === 'rule');
  const description = ruleEntries.find((e) => e.key === 'description');
  let at: number;
  if (description) at = ctx.index.lineOf(Math.max(description.valueStart, description.valueEnd - 1)) + 1;
  else {
    // detection-rules sorts `[rule]` keys: put the field where the formatter would.
    const next = ruleEntries.find((e) => e.key > FIELD);
    const last = ruleEntries[ruleEntries.length - 1];
    if (next) at = ctx.index.lineOf(next.keyOffset);
    else if (last) at = ctx.index.lineOf(Math.max(last.valueStart, last.valueEnd - 1)) + 1;
    else return null;
  }
  const lines = [`${FIELD} = [`, ...renderItems(texts, 'block', DEFAULT_INDENT, ','), ']'];
  return {
    title: `Add \`${FIELD}\` with ${plural(texts.length, 'false positive')}`,
    edits: [{ startLine: at, endLine: at - 1, lines }],
  };
}

function singleLineArrayFix(
  ctx: FixContext,
  entry: TomlEntry,
  array: ArrayLayout,
  replaced: Set<number>,
  texts: string[],
  title: string,
): Fix {
  const lineNo = ctx.index.lineOf(entry.valueStart);
  const line = lineAt(ctx, lineNo);
  const head = line.slice(0, columnOf(ctx, entry.valueStart) + 1);
  const tail = line.slice(columnOf(ctx, array.close));
  type Part = { raw: string } | { text: string };
  const parts: Part[] = [];
  let placed = false;
  array.elements.forEach((el, k) => {
    if (!replaced.has(k)) parts.push({ raw: ctx.text.slice(el.start, el.end) });
    else if (!placed) {
      placed = true;
      for (const text of texts) parts.push({ text });
    }
  });
  if (!placed) for (const text of texts) parts.push({ text });
  const oneLine = head + parts.map((p) => ('raw' in p ? p.raw : basicString(p.text))).join(', ') + tail;
  if (oneLine.length <= MAX_LINE_WIDTH) return { title, edits: [{ startLine: lineNo, endLine: lineNo, lines: [oneLine] }] };
  // Too long for one line: lay the array out the way detection-rules does, one item per line.
  const lines = [head];
  for (const p of parts) {
    if ('raw' in p) lines.push(`${DEFAULT_INDENT}${p.raw},`);
    else lines.push(...renderItems([p.text], 'block', DEFAULT_INDENT, ','));
  }
  lines.push(tail);
  return { title, edits: [{ startLine: lineNo, endLine: lineNo, lines }] };
}

function leadingWhitespace(s: string): string {
  return /^[ \t]*/.exec(s)![0];
}

function multiLineArrayFix(
  ctx: FixContext,
  array: ArrayLayout,
  replaced: Set<number>,
  texts: string[],
  title: string,
): Fix | null {
  const { elements } = array;
  const style: ItemStyle = elements.length === 0 || elements.some((e) => e.multiline) ? 'block' : 'basic';
  const edits: TextEdit[] = [];

  if (replaced.size > 0) {
    let first = true;
    for (const k of [...replaced].sort((a, b) => a - b)) {
      const el = elements[k]!;
      const startLine = ctx.index.lineOf(el.start);
      const endLine = ctx.index.lineOf(el.end - 1);
      const prefix = lineAt(ctx, startLine).slice(0, columnOf(ctx, el.start));
      const suffix = lineAt(ctx, endLine).slice(columnOf(ctx, el.end));
      // Only items that own their lines can be swapped without touching their neighbours.
      if (prefix.trim() !== '') return null;
      const shared = elements.some(
        (o, j) => j !== k && ctx.index.lineOf(o.start) <= endLine && ctx.index.lineOf(o.end - 1) >= startLine,
      );
      if (shared || !/^\s*,?\s*(?:#.*|\].*)?$/.test(suffix)) return null;
      let lines: string[];
      if (first) lines = renderItems(texts, style, prefix, suffix);
      else {
        const rest = suffix.replace(/^\s*,?\s*/, '');
        lines = rest === '' ? [] : [rest];
      }
      first = false;
      edits.push({ startLine, endLine, lines });
    }
    return { title, edits };
  }

  const closeLine = ctx.index.lineOf(array.close);
  const last = elements[elements.length - 1];
  if (!last) {
    const before = lineAt(ctx, closeLine).slice(0, columnOf(ctx, array.close));
    if (before.trim() !== '') return null;
    return { title, edits: [{ startLine: closeLine, endLine: closeLine - 1, lines: renderItems(texts, style, DEFAULT_INDENT, ',') }] };
  }
  const startLine = ctx.index.lineOf(last.start);
  const endLine = ctx.index.lineOf(last.end - 1);
  const startText = lineAt(ctx, startLine);
  const ownsLine = startText.slice(0, columnOf(ctx, last.start)).trim() === '';
  const indent = ownsLine ? leadingWhitespace(startText) : DEFAULT_INDENT;
  const lineText = lineAt(ctx, endLine);
  const head = lineText.slice(0, columnOf(ctx, last.end));
  const tail = lineText.slice(columnOf(ctx, last.end));
  const hasComma = /^\s*,/.test(tail);
  const afterComma = tail.replace(/^\s*,/, '');
  if (afterComma.trim() === '' || afterComma.trim().startsWith('#')) {
    if (hasComma) {
      // `"""` + `,` then `]` on a later line: the common Elastic layout, a pure insertion.
      return { title, edits: [{ startLine: endLine + 1, endLine, lines: renderItems(texts, style, indent, ',') }] };
    }
    // No trailing comma after the last item: add one, and keep the new last item without it.
    return {
      title,
      edits: [{ startLine: endLine, endLine, lines: [`${head},${tail}`, ...renderItems(texts, style, indent, '')] }],
    };
  }
  // The array closes on the last item's line (`"""]`): the closing moves to the new last item.
  return {
    title,
    edits: [{ startLine: endLine, endLine, lines: [`${head},`, ...renderItems(texts, style, indent, tail)] }],
  };
}

function planElasticFix(detection: Detection, insertion: FalsePositiveInsertion): Fix | null {
  const texts = insertion.texts.map(normalizeText).filter((t) => t !== '');
  if (texts.length === 0) return null;
  const section = detection.falsePositives.find((s) => s.source === 'field');
  if (section?.problem) return null;
  const { text, index, layout } = positionsOf(detection.source);
  const ctx: FixContext = { text, index };
  const entry = findEntry(layout, 'rule', FIELD);
  if (!entry) return section ? null : newArrayFix(ctx, layout, texts);
  if (!section) return null;
  const array = scanArray(text, entry.valueStart);
  if (!array || array.elements.some((e) => !e.isString) || array.elements.length !== section.items.length) return null;

  const replaced = new Set<number>();
  for (const r of insertion.replace) {
    const k = section.items.findIndex((item) => item.line === r.line && item.endLine === r.endLine && item.text === r.text);
    if (k !== -1) replaced.add(k);
  }
  const title =
    replaced.size > 0
      ? `Replace ${plural(replaced.size, 'placeholder')} in \`${FIELD}\` with ${plural(texts.length, 'false positive')}`
      : `Add ${plural(texts.length, 'false positive')} to \`${FIELD}\``;
  const single = ctx.index.lineOf(entry.valueStart) === ctx.index.lineOf(array.close);
  return single
    ? singleLineArrayFix(ctx, entry, array, replaced, texts, title)
    : multiLineArrayFix(ctx, array, replaced, texts, title);
}

export const elastic: FormatModule = {
  id: 'elastic',
  name: 'Elastic',
  extensions: ['.toml'],
  sniff: (file) => SNIFF_RULE_TABLE.test(file.text) && SNIFF_RULE_KEYS.test(file.text),
  parse: (file) => guardedParse(file, parseElastic, (err) => `cannot read the rule: ${String(err)}`),
  planFalsePositiveFix: planElasticFix,
};
