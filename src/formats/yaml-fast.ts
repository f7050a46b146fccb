/**
 * A reader for the plain block YAML most rule files are written in, giving what js-yaml gives
 * for them at a fraction of its cost: js-yaml reads a document a character at a time through a
 * general state machine, and a rule of a few dozen lines spends most of its parse there.
 *
 * It reads block mappings and block sequences (a sequence may sit at its key's indentation), plain
 * scalars on one line, and single- or double-quoted scalars on one line (double-quoted without
 * escapes). Plain scalars are typed by js-yaml's own implicit types of the schema it loads with
 * (null, bool, int, float, timestamp, merge), so `date: 2024-01-01` is the same Date and
 * `version: 3` the same number. Keys are plain words of `[A-Za-z_$][\w$.|/-]*` that no implicit
 * type claims.
 *
 * Anything else returns `undefined`, and the caller loads the document with js-yaml: flow
 * collections, block scalars, anchors, aliases, tags, multi-line scalars, escapes, document
 * markers and directives, tabs, carriage returns and other control characters, duplicated keys,
 * a value on the line after a key that is less indented than a sequence, and every indentation
 * js-yaml would refuse. So a document this reader takes is one js-yaml reads without error, and
 * errors and their positions are always js-yaml's own. test/formats/yaml-fast.test.ts compares
 * both on every YAML document of the test fixtures and of the shared rule corpus.
 */
import yaml from 'js-yaml';
import type { YamlMap } from './yaml-value.js';

interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

/** The implicit types js-yaml resolves plain scalars with (the default schema's), in its order. */
const IMPLICIT: readonly ImplicitType[] | null = (() => {
  const compiled = (yaml.DEFAULT_SCHEMA as unknown as { compiledImplicit?: unknown }).compiledImplicit;
  return Array.isArray(compiled) && compiled.every((t) => typeof t?.resolve === 'function' && typeof t?.construct === 'function')
    ? (compiled as ImplicitType[])
    : null;
})();

/** Characters after which js-yaml would not read the text as this reader does (controls but `\n`, non-printables, BOM, surrogates). */
const UNREAD_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]/;

/** First characters of a plain scalar that mean something else to YAML (or that this reader leaves to js-yaml). */
const NOT_PLAIN_START = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ' ']);

/** A significant line: its text, and the column its content starts at (a `- key:` item's key for the mapping it starts). */
interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the reader when the document is not one it takes; never escapes `fastLoad`. */
class NotPlain extends Error {}

const NOT_PLAIN = new NotPlain();

/**
 * The value js-yaml's `load` gives for `text`, one document, split into `lines` (without their
 * ends), or `undefined` when the document is not plain block YAML of the kind described above.
 */
export function fastLoad(text: string, lines: readonly string[]): YamlMap | undefined {
  if (IMPLICIT === null || UNREAD_CHARACTER.test(text)) return undefined;
  const significant: Line[] = [];
  for (const line of lines) {
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    if (indent === line.length || line.charCodeAt(indent) === 0x23 /* # */) continue;
    significant.push({ indent, text: line });
  }
  const first = significant[0];
  if (first === undefined || first.indent !== 0 || keyEnd(first) === -1) return undefined;
  const reader = new Reader(significant);
  try {
    const value = reader.mapping(0);
    return reader.at === significant.length ? value : undefined;
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

function isKeyStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f /* _ */ || c === 0x24 /* $ */;
}

function isKeyPart(c: number): boolean {
  // [\w$.|/-]
  return isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x7c || c === 0x2f || c === 0x2d;
}

/**
 * Where the key of a `key: value` line ends (the column of its colon), or -1 when the line is no
 * such entry: a key of `[A-Za-z_$][\w$.|/-]*`, then a colon followed by a space or the line end.
 */
function keyEnd(line: Line): number {
  const { text, indent } = line;
  if (!isKeyStart(text.charCodeAt(indent))) return -1;
  let i = indent + 1;
  while (i < text.length && isKeyPart(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x3a /* : */) return -1;
  return i + 1 === text.length || text.charCodeAt(i + 1) === 0x20 ? i : -1;
}

class Reader {
  at = 0;

  constructor(private readonly lines: Line[]) {}

  /** A block mapping whose keys are at `indent`; the current line is its first key. */
  mapping(indent: number): YamlMap {
    const out: YamlMap = {};
    const lines = this.lines;
    while (this.at < lines.length) {
      const line = lines[this.at]!;
      if (line.indent < indent) break;
      // A deeper line continues the previous value; a line that is no key (a sequence at a key's
      // indentation follows only that key, see `below`) is misplaced.
      const colon = line.indent > indent ? -1 : keyEnd(line);
      if (colon === -1) throw NOT_PLAIN;
      const name = line.text.slice(indent, colon);
      if (name === '__proto__' || Object.hasOwn(out, name) || resolves(name)) throw NOT_PLAIN;
      let from = colon + 1;
      while (line.text.charCodeAt(from) === 0x20) from++;
      this.at++;
      out[name] = from === line.text.length || line.text.charCodeAt(from) === 0x23 /* # */ ? this.below(indent, true) : this.inline(line.text, from, indent);
    }
    return out;
  }

  /** A block sequence whose dashes are at `indent`; the current line is its first item. */
  sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const lines = this.lines;
    while (this.at < lines.length) {
      const line = lines[this.at]!;
      if (line.indent !== indent || !isDash(line)) break;
      let from = indent + 1;
      while (line.text.charCodeAt(from) === 0x20) from++;
      if (from === line.text.length || line.text.charCodeAt(from) === 0x23 /* # */) {
        this.at++;
        out.push(this.below(indent, false));
        continue;
      }
      const item: Line = { indent: from, text: line.text };
      if (keyEnd(item) !== -1) {
        // `- key: value`: a mapping whose keys are at the column of this first one.
        lines[this.at] = item;
        out.push(this.mapping(from));
      } else {
        this.at++;
        out.push(this.inline(line.text, from, indent));
      }
    }
    return out;
  }

  /** The value of a key or dash with nothing after it: a more indented block, a sequence at a key's own indentation, or null. */
  private below(indent: number, ofKey: boolean): unknown {
    const next = this.lines[this.at];
    if (next === undefined) return null;
    if (next.indent > indent) {
      if (isDash(next)) return this.sequence(next.indent);
      if (keyEnd(next) === -1) throw NOT_PLAIN;
      return this.mapping(next.indent);
    }
    if (ofKey && next.indent === indent && isDash(next)) return this.sequence(indent);
    return null;
  }

  /** A scalar written at `from` after a key or dash; nothing may continue it on the lines below. */
  private inline(text: string, from: number, indent: number): unknown {
    const next = this.lines[this.at];
    if (next !== undefined && next.indent > indent) throw NOT_PLAIN;
    return scalar(text, from);
  }
}

function isDash(line: Line): boolean {
  const after = line.indent + 1;
  return line.text.charCodeAt(line.indent) === 0x2d /* - */ && (after === line.text.length || line.text.charCodeAt(after) === 0x20);
}

/**
 * The default schema's implicit types are YAML 1.2's core ones plus timestamp and merge: of them,
 * only null (`null`, `Null`, `NULL`) and bool (`true`, `false` in the same three cases) claim a
 * text that starts with a letter, `_` or `$`; int, float, timestamp and merge texts start with a
 * digit, a sign, a dot, `~` or `<`. Such a text is then a string without asking each type.
 * Should js-yaml's schema have other types, every text asks them all.
 */
const CORE_TAGS = ['null', 'bool', 'int', 'float', 'timestamp', 'merge'].map((t) => `tag:yaml.org,2002:${t}`);
const LETTER_LED_ARE_STRINGS =
  IMPLICIT !== null &&
  IMPLICIT.length === CORE_TAGS.length &&
  IMPLICIT.every((t, i) => (t as unknown as { tag?: string }).tag === CORE_TAGS[i]);

/** The implicit type that claims the plain scalar `text`, or null when it is a string. */
function claimant(text: string): ImplicitType | null {
  const c = text.charCodeAt(0);
  // Led by a letter, `_` or `$` other than n, N, t, T, f, F: no null or bool word.
  if (LETTER_LED_ARE_STRINGS && isKeyStart(c) && c !== 0x6e && c !== 0x4e && c !== 0x74 && c !== 0x54 && c !== 0x66 && c !== 0x46) return null;
  for (const type of IMPLICIT!) if (type.resolve(text)) return type;
  return null;
}

/** True when an implicit type claims the plain scalar `text` (it is no string). */
function resolves(text: string): boolean {
  return claimant(text) !== null;
}

/** Only a comment may follow a quoted scalar on its line. */
function endsLine(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 0x20) i++;
  return i === text.length || (i > from && text.charCodeAt(i) === 0x23);
}

/** The scalar written on one line from `from` to its end, as js-yaml reads it. */
function scalar(text: string, from: number): unknown {
  const first = text[from]!;
  if (first === "'") {
    let value = '';
    let at = from + 1;
    for (;;) {
      const quote = text.indexOf("'", at);
      if (quote === -1) throw NOT_PLAIN;
      value += text.slice(at, quote);
      if (text.charCodeAt(quote + 1) === 0x27) {
        value += "'";
        at = quote + 2;
        continue;
      }
      if (!endsLine(text, quote + 1)) throw NOT_PLAIN;
      return value;
    }
  }
  if (first === '"') {
    const quote = text.indexOf('"', from + 1);
    if (quote === -1 || text.lastIndexOf('\\', quote) >= from || !endsLine(text, quote + 1)) throw NOT_PLAIN;
    return text.slice(from + 1, quote);
  }
  if (NOT_PLAIN_START.has(first)) throw NOT_PLAIN;
  // A comment starts at ` #`; `: ` or a final `:` would make the line a mapping entry.
  const comment = text.indexOf(' #', from);
  let end = comment === -1 ? text.length : comment;
  while (end > from && text.charCodeAt(end - 1) === 0x20) end--;
  const colon = text.indexOf(': ', from);
  if ((colon !== -1 && colon < end) || text.charCodeAt(end - 1) === 0x3a /* : */) throw NOT_PLAIN;
  const plain = from === 0 && end === text.length ? text : text.slice(from, end);
  const type = claimant(plain);
  return type === null ? plain : type.construct(plain);
}
