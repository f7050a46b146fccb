/**
 * False-positive advice written as prose in a YAML rule's free-text fields (Sentinel `description`,
 * Panther `Runbook` and `Description`), for formats that have no false-positive field:
 * - where a top-level field's scalar sits in the file and in which style it is written;
 * - which sentences of its text speak of false positives, with their exact lines;
 * - the edits that append a "False positives: ..." paragraph in the field's own style.
 * Values always come from the real YAML parser; this module only finds lines and writes lines.
 */
import type { FalsePositiveItem, LineSpan } from '../detection.js';
import type { TextEdit } from '../fix/edits.js';
import { keyPrefix, type KeySpan } from './yaml-lines.js';
import { closingQuote } from './yaml-scalar.js';
import { oneLine } from '../one-line.js';

export type ScalarStyle = 'empty' | 'plain' | 'single' | 'double' | 'literal' | 'folded' | 'other';

/** A top-level field: its key, and the lines from the key to the end of its value. */
export type TopLevelField = Pick<KeySpan, 'key' | 'line' | 'endLine'>;

/** A top-level field whose value is (or may be) a scalar, with what it takes to read and edit it. */
export interface ScalarField extends TopLevelField {
  style: ScalarStyle;
  /** Line where the value's text starts (the line after the header for block scalars). */
  valueLine: number;
  /** 0-based index in `valueLine` where the value's text starts. */
  valueColumn: number;
  /** Block scalars: indentation of the content lines (0 when the block has no content). */
  blockIndent: number;
}

const BLOCK_HEADER = /^([|>])([1-9]?[+-]?|[+-][1-9]?)[ \t]*(?:#.*)?$/;

/** How the value of a top-level field is written, and where its text is. */
export function scalarField(lines: readonly string[], field: TopLevelField): ScalarField {
  const keyLine = lines[field.line - 1]!;
  const colon = keyColon(keyLine);
  let rest = keyLine.slice(colon + 1);
  let valueLine = field.line;
  let valueColumn = colon + 1 + (rest.length - rest.trimStart().length);
  rest = rest.trim();
  const base = { key: field.key, line: field.line, endLine: field.endLine, valueLine, valueColumn, blockIndent: 0 };

  if (rest === '' || rest.startsWith('#')) {
    // The value, if any, starts on a later line.
    for (let l = field.line + 1; l <= field.endLine; l++) {
      const text = lines[l - 1]!;
      const trimmed = text.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      valueLine = l;
      valueColumn = text.length - text.trimStart().length;
      return { ...base, valueLine, valueColumn, style: styleOfFlowStart(trimmed, false) };
    }
    return { ...base, endLine: field.line, style: 'empty' };
  }
  const header = BLOCK_HEADER.exec(rest);
  if (header) {
    const explicit = /[1-9]/.exec(header[2]!);
    let indent = explicit ? Number(explicit[0]) : 0;
    let last = field.line;
    for (let l = field.line + 1; l <= field.endLine; l++) {
      const text = lines[l - 1]!;
      if (text.trim() === '') continue;
      const lineIndent = text.length - text.trimStart().length;
      if (indent === 0) indent = lineIndent;
      if (lineIndent < indent) break;
      last = l;
    }
    return {
      ...base,
      endLine: last,
      valueLine: field.line + 1,
      valueColumn: 0,
      blockIndent: last === field.line ? 0 : indent,
      style: header[1] === '|' ? 'literal' : 'folded',
    };
  }
  return { ...base, style: styleOfFlowStart(rest, true) };
}

function styleOfFlowStart(text: string, onKeyLine: boolean): ScalarStyle {
  const c = text[0];
  if (c === "'") return 'single';
  if (c === '"') return 'double';
  if (c === '[' || c === '{' || c === '&' || c === '*' || c === '!' || c === '|' || c === '>') return 'other';
  // A value on the next lines that is a sequence or a mapping is no scalar.
  if (!onKeyLine && (/^-(?:\s|$)/.test(text) || /^[^'"#][^#]*?:(?:\s|$)/.test(text))) return 'other';
  return 'plain';
}

/** Index of the `:` that ends the key on a key line. */
function keyColon(line: string): number {
  return (keyPrefix(line)?.length ?? 0) - 1;
}

/**
 * Sentinel descriptions are conventionally a block scalar whose text is itself wrapped in quotes
 * (`description: |` then `'Detects ...'`): the quotes are no part of the prose.
 */
export function unwrapQuotes(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0]) return t.slice(1, -1).trim();
  return t;
}

// What authors write when they speak of false positives or of benign activity that looks alike.
const SPEAKS_OF_FALSE_POSITIVES = new RegExp(
  [
    String.raw`\bfalse[\s-]+positives?\b`,
    String.raw`\bbenign\b`,
    String.raw`\blegitimate(?:ly)?\b`,
    String.raw`\bexpected\s+(?:behaviou?r|activit(?:y|ies)|actions?|operations?|access|traffic|changes?|usage)\b`,
    String.raw`\b(?:is|are|be|was|were)\s+(?:an?\s+)?expected\b`,
    String.raw`\bauthori[sz]ed\b`,
    String.raw`\b(?:may|might|can|could)\s+be\s+(?:normal|common|expected)\b`,
    String.raw`\b(?:may|might|can|could)\s+(?:also\s+)?be\s+(?:generated|caused|triggered)\s+by\b`,
    String.raw`\bnormal\s+(?:business|administrative|admin|operations?|activit(?:y|ies)|behaviou?r|usage)\b`,
  ].join('|'),
  'i',
);

/** Words that say so outright: a sentence with them speaks of false positives whatever else it says. */
const NAMES_FALSE_POSITIVES = /\bfalse[\s-]+positives?\b|\bbenign\b/i;

/**
 * "Legitimate" (or "authorized", "expected"...) set against what the rule detects: "data theft
 * beyond legitimate ETL operations", "unlike authorized access", "not expected". The sentence is
 * about the attack, not about benign activity.
 */
const CONTRAST_BEFORE = /\b(?:beyond|unlike|outside(?:\s+of)?|rather\s+than|instead\s+of|other\s+than|than|not|non|never|exceed(?:s|ing)?|(?:different|differs?|distinguish(?:ed)?)\s+from|versus|vs\.?|without)\s+(?:\w+\s+){0,2}$/i;

/** A sentence that says what the rule detects ("Detects ...", "This rule identifies ..."). */
const DETECTION_STATEMENT = /^(?:detects|identifies|monitors|alerts|flags|looks\s+for|this\s+(?:rule|detection|query|policy|analytic|search)\s+(?:detects|identifies|monitors|alerts|flags|looks\s+for))\b/i;

/**
 * True when a sentence documents false positives: it names them (or benign activity), or it says
 * some activity is legitimate, authorized or expected, other than in contrast to the attack or
 * in the rule's statement of what it detects.
 */
export function speaksOfFalsePositives(sentence: string): boolean {
  if (NAMES_FALSE_POSITIVES.test(sentence)) return true;
  if (DETECTION_STATEMENT.test(sentence.trim())) return false;
  const cue = new RegExp(SPEAKS_OF_FALSE_POSITIVES.source, 'gi');
  for (const m of sentence.matchAll(cue)) {
    if (!CONTRAST_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

const FALSE_POSITIVE_HEADING = /^false[\s-]+positives?\s*:\s*/i;

interface TextRange {
  start: number;
  end: number;
}

// In a literal block a paragraph ends at an empty line (or where a "False positives:" line starts);
// folding (plain, quoted, `>`) already turned single line breaks into spaces, so any left is one.
const LITERAL_PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\n[ \t]*(?=false[\s-]+positives?\s*:)/gi;
const FOLDED_PARAGRAPH_BREAK = /\n\s*/g;
// A sentence ends at `.`, `!` or `?` (maybe closed by quotes or brackets) followed by space and a
// capital, a digit or an opening quote/bracket.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+[*_"'“‘(\[]*[A-Z0-9])/g;
// A period after these is no sentence end: `e.g.`, `vs.`, initials and `U.S.`.
const ABBREVIATION = /(?:^|[\s(.])(?:e\.g|i\.e|vs|cf|approx|incl|[A-Za-z])$/i;
const LIST_MARKER = /^(?:[-*•+]|\d{1,2}[.)])[ \t]+/;

/**
 * The sentences and list items of a paragraph, as ranges of `text`. A list item (`- x`, `1. x`)
 * starts a unit and ends with its line, unless the next line is indented under its text.
 */
function sentenceRanges(text: string, from: number, to: number): TextRange[] {
  const ranges: TextRange[] = [];
  let unitStart = from;
  let itemIndent = -1;
  for (let lineStart = from; lineStart < to; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= to ? to : newline;
    const line = text.slice(lineStart, lineEnd);
    const indent = line.length - line.trimStart().length;
    const isItem = LIST_MARKER.test(line.trimStart());
    if (lineStart > unitStart && (isItem || (itemIndent !== -1 && indent <= itemIndent))) {
      splitSentences(text, unitStart, lineStart, ranges);
      unitStart = lineStart;
    }
    if (isItem) itemIndent = indent;
    else if (itemIndent !== -1 && indent <= itemIndent) itemIndent = -1;
    lineStart = lineEnd + 1;
  }
  splitSentences(text, unitStart, to, ranges);
  return ranges;
}

function splitSentences(text: string, from: number, to: number, ranges: TextRange[]): void {
  const unit = text.slice(from, to);
  // `1.` opening a list item is a marker, not a sentence.
  const marker = LIST_MARKER.exec(unit.trimStart());
  const skip = marker ? unit.length - unit.trimStart().length + marker[0].length : 0;
  let start = 0;
  SENTENCE_END.lastIndex = skip;
  for (let m = SENTENCE_END.exec(unit); m; m = SENTENCE_END.exec(unit)) {
    if (ABBREVIATION.test(unit.slice(Math.max(0, m.index - 8), m.index))) continue;
    const end = m.index + m[0].length;
    ranges.push({ start: from + start, end: from + end });
    start = end;
  }
  if (unit.slice(start).trim() !== '') ranges.push({ start: from + start, end: to });
}

function cleanSentence(raw: string): string {
  return oneLine(raw).replace(LIST_MARKER, '').trim();
}

/**
 * The sentences of a prose field that document false positives, with their exact lines.
 * `value` is the field's text as the YAML parser gave it (wrapping quotes may be removed). A
 * paragraph that starts with "False positives:" (as this tool writes them) counts as a whole.
 */
export function falsePositiveSentences(lines: readonly string[], field: ScalarField, value: string): FalsePositiveItem[] {
  if (!SPEAKS_OF_FALSE_POSITIVES.test(value)) return [];
  const picked: { text: string; range: TextRange }[] = [];
  let paraStart = 0;
  const breaks = [...value.matchAll(field.style === 'literal' ? LITERAL_PARAGRAPH_BREAK : FOLDED_PARAGRAPH_BREAK)];
  const bounds: TextRange[] = [];
  for (const b of breaks) {
    bounds.push({ start: paraStart, end: b.index });
    paraStart = b.index + b[0].length;
  }
  bounds.push({ start: paraStart, end: value.length });
  for (const para of bounds) {
    let whole = FALSE_POSITIVE_HEADING.test(value.slice(para.start, para.end).trimStart());
    let first = true;
    for (const range of sentenceRanges(value, para.start, para.end)) {
      const raw = value.slice(range.start, range.end);
      // In a literal block the heading's paragraph is its own lines and the list items under it;
      // a plain line after them is the runbook going on.
      if (whole && !first && field.style === 'literal' && startsLine(value, range.start + raw.length - raw.trimStart().length) && !LIST_MARKER.test(raw.trimStart())) {
        whole = false;
      }
      let text = cleanSentence(raw);
      if (whole && first) text = text.replace(FALSE_POSITIVE_HEADING, '');
      first = false;
      if (text === '') continue;
      if (whole || speaksOfFalsePositives(text)) picked.push({ text, range });
    }
  }
  if (picked.length === 0) return [];
  const tokens = locateTokens(value, decodeRegion(lines, field));
  return picked.map(({ text, range }) => ({ text, ...spanOf(tokens, range) }));
}

/** True when only white space separates `offset` from the start of its line. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

interface LocatedToken {
  start: number;
  end: number;
  line: number;
}

function spanOf(tokens: readonly LocatedToken[], range: TextRange): LineSpan {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= range.start) lo = mid + 1;
    else hi = mid;
  }
  const first = tokens[lo];
  let last = first;
  for (let i = lo; i < tokens.length && tokens[i]!.start < range.end; i++) last = tokens[i];
  return { line: first?.line ?? 0, endLine: last?.line ?? 0 };
}

/** The value's text as written in the file, escapes decoded, with the file line of each part. */
interface DecodedRegion {
  text: string;
  /** Offsets in `text` where each file line starts, and those lines. */
  starts: number[];
  lines: number[];
}

function decodeRegion(lines: readonly string[], field: ScalarField): DecodedRegion {
  const region: DecodedRegion = { text: '', starts: [], lines: [] };
  const parts: string[] = [];
  let length = 0;
  for (let l = field.valueLine; l <= field.endLine; l++) {
    let raw = lines[l - 1]!;
    if (l === field.valueLine) raw = raw.slice(field.valueColumn);
    const text = field.style === 'single' ? raw.replace(/''/g, "'") : field.style === 'double' ? decodeDoubleQuoted(raw) : raw;
    region.starts.push(length);
    region.lines.push(l);
    parts.push(text, '\n');
    length += text.length + 1;
  }
  region.text = parts.join('');
  return region;
}

const DOUBLE_QUOTED_ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.)|$)/g;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

function decodeDoubleQuoted(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(DOUBLE_QUOTED_ESCAPE, (_m, x?: string, u?: string, U?: string, c?: string) => {
    const hex = x ?? u ?? U;
    if (hex) {
      const code = Number.parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return c === undefined ? '' : (SIMPLE_ESCAPES[c] ?? c);
  });
}

/**
 * The file line of every word of `value`. Words appear verbatim and in order in the decoded
 * region (folding only changes the white space between them), so a forward search finds each.
 */
function locateTokens(value: string, region: DecodedRegion): LocatedToken[] {
  const tokens: LocatedToken[] = [];
  let cursor = 0;
  let lineIndex = 0;
  const lineAt = (offset: number): number => {
    while (lineIndex + 1 < region.starts.length && region.starts[lineIndex + 1]! <= offset) lineIndex++;
    return region.lines[lineIndex] ?? 0;
  };
  for (const m of value.matchAll(/\S+/g)) {
    const at = region.text.indexOf(m[0], cursor);
    let line: number;
    if (at === -1) {
      line = lineAt(cursor);
    } else {
      line = lineAt(at);
      cursor = at + m[0].length;
    }
    tokens.push({ start: m.index, end: m.index + m[0].length, line });
  }
  return tokens;
}

/** The paragraph this tool appends: "False positives: A. B." (each text ends a sentence). */
export function falsePositiveParagraph(texts: readonly string[]): string {
  const sentences = texts
    .map((t) => t.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .map((t) => (/[.!?]["'”’)\]]*$/.test(t) ? t : `${t}.`));
  return `False positives: ${sentences.join(' ')}`;
}

// Continuation lines of a rewritten or new top-level scalar.
const NEW_INDENT = '  ';

/**
 * Edits that append `paragraph` as a new paragraph of a top-level string field, in its own style:
 * a block scalar gets an empty line and the paragraph at the block's indentation (inside the
 * wrapping quotes when its text is quoted), a quoted scalar is extended before its closing quote,
 * a plain scalar becomes a folded block with the same lines. Null when the value is no scalar.
 */
export function appendParagraph(lines: readonly string[], field: ScalarField, paragraph: string, value: string): TextEdit[] | null {
  if (field.style === 'other') return null;
  if (field.style === 'empty' || value.trim() === '') {
    const keyLine = lines[field.line - 1]!;
    return [{ startLine: field.line, endLine: field.endLine, lines: newField(keyLine.slice(0, keyColon(keyLine)), paragraph) }];
  }
  switch (field.style) {
    case 'literal':
    case 'folded':
      return appendToBlock(lines, field, paragraph);
    case 'single':
    case 'double':
      return extendQuoted(lines, field, paragraph) ?? rewriteAsLiteral(lines, field, paragraph, value);
    case 'plain':
      return rewritePlainAsFolded(lines, field, paragraph) ?? rewriteAsLiteral(lines, field, paragraph, value);
  }
}

/** The lines of a new top-level field holding only `paragraph` (`key` as written, without `:`). */
export function newField(key: string, paragraph: string): string[] {
  return [`${key}: >-`, `${NEW_INDENT}${paragraph}`];
}

function appendToBlock(lines: readonly string[], field: ScalarField, paragraph: string): TextEdit[] {
  const indent = ' '.repeat(field.blockIndent);
  const last = lines[field.endLine - 1]!;
  let firstLine = field.valueLine;
  while (lines[firstLine - 1]!.trim() === '') firstLine++;
  const first = lines[firstLine - 1]!;
  const opening = first.length - first.trimStart().length;
  const closing = /(['"])\s*$/.exec(last);
  if (closing && first[opening] === closing[1] && !(firstLine === field.endLine && closing.index === opening)) {
    // Keep the text wrapped in its quotes: the paragraph goes before the closing quote.
    return [
      {
        startLine: field.endLine,
        endLine: field.endLine,
        lines: [last.slice(0, closing.index), '', `${indent}${paragraph}${closing[1]}`],
      },
    ];
  }
  return [{ startLine: field.endLine + 1, endLine: field.endLine, lines: ['', `${indent}${paragraph}`] }];
}

function extendQuoted(lines: readonly string[], field: ScalarField, paragraph: string): TextEdit[] | null {
  const quote = field.style === 'single' ? "'" : '"';
  const last = lines[field.endLine - 1]!;
  const from = field.endLine === field.valueLine ? field.valueColumn + 1 : 0;
  const close = closingQuote(last, from, quote);
  // Only when the closing quote ends the line: then the value ends there too. White space before
  // it would be trimmed once a line break follows it, changing the text.
  if (close === -1 || close === from || /\s/.test(last[close - 1]!) || last.slice(close + 1).trim() !== '') return null;
  const escaped = quote === "'" ? paragraph.replace(/'/g, "''") : paragraph.replace(/[\\"]/g, (c) => `\\${c}`);
  return [
    {
      startLine: field.endLine,
      endLine: field.endLine,
      lines: [last.slice(0, close), '', `${NEW_INDENT}${escaped}${quote}`],
    },
  ];
}

function rewritePlainAsFolded(lines: readonly string[], field: ScalarField, paragraph: string): TextEdit[] | null {
  const body: string[] = [];
  for (let l = field.valueLine; l <= field.endLine; l++) {
    let text = lines[l - 1]!;
    if (l === field.valueLine) text = text.slice(field.valueColumn);
    text = text.trim();
    // A comment would end a plain scalar; inside a block it would become text.
    if (/(?:^|\s)#/.test(text) || text.includes('\t')) return null;
    body.push(text === '' ? '' : `${NEW_INDENT}${text}`);
  }
  const keyLine = lines[field.line - 1]!;
  return [
    {
      startLine: field.line,
      endLine: field.endLine,
      lines: [`${keyLine.slice(0, keyColon(keyLine) + 1)} >-`, ...body, '', `${NEW_INDENT}${paragraph}`],
    },
  ];
}

/** The field rewritten as a literal block holding exactly `value`, then the paragraph. */
function rewriteAsLiteral(lines: readonly string[], field: ScalarField, paragraph: string, value: string): TextEdit[] | null {
  // Block scalars cannot hold control characters, and trailing line breaks would need `|+`.
  if (/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\r]/.test(value)) return null;
  const text = value.replace(/\n+$/, '');
  const keyLine = lines[field.line - 1]!;
  const indicator = /^[ \t]|^\n/.test(text) ? '2' : '';
  const body = text.split('\n').map((l) => (l === '' ? '' : `${NEW_INDENT}${l}`));
  return [
    {
      startLine: field.line,
      endLine: field.endLine,
      lines: [`${keyLine.slice(0, keyColon(keyLine) + 1)} |${indicator}-`, ...body, '', `${NEW_INDENT}${paragraph}`],
    },
  ];
}
