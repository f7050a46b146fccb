/**
 * A reader for the plain TOML Elastic rules are written in, giving what smol-toml gives for them
 * at a fraction of its cost: smol-toml reads a rule's long description and query a character at
 * a time, and keeps a map of metadata per key besides the value.
 *
 * It reads `[table]` and `[[array.of.tables]]` headers of bare keys, `key = value` lines of bare
 * keys, and as values: basic strings without escapes, literal strings, both on one line or as
 * `"""`/`'''` multi-line strings, decimal integers of up to 15 digits, booleans, and arrays of
 * such one-line scalars (over several lines, with comments and a trailing comma). Tables are
 * objects without a prototype, as smol-toml makes them.
 *
 * To stay clear of TOML's rules on defining tables, a header may only name a table that does not
 * exist yet (or append to an array of tables made by `[[...]]` under the same name), and the keys
 * before its last one must already be tables or arrays of tables (the last element is meant):
 * no table is ever made implicitly. Anything else returns `undefined`, and the caller parses the
 * text with smol-toml: escapes, floats, dates, inline tables, dotted or quoted keys, nested arrays,
 * tabs, carriage returns and control characters, duplicated keys, a header that would redefine or
 * implicitly create a table. So errors and their positions are always smol-toml's.
 * test/formats/toml-fast.test.ts compares both on the test fixtures and on chosen cases.
 */

type Table = Record<string, unknown>;

/** Characters this reader leaves to smol-toml: controls (tab and CR included) but `\n`, DEL, surrogates, BOM. */
const UNREAD_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f\ud800-\udfff\ufeff]/;

const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;

class NotPlain extends Error {}

const NOT_PLAIN = new NotPlain();

/** The value smol-toml's `parse` gives for `text`, or `undefined` when the text is not plain TOML as described above. */
export function fastToml(text: string): Table | undefined {
  if (UNREAD_CHARACTER.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

function isBare(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}

class Reader {
  private at = 0;
  /** Arrays made by `[[...]]` headers (not by `key = [...]`). */
  private readonly tableArrays = new WeakSet<unknown[]>();

  constructor(private readonly text: string) {}

  document(): Table {
    const root: Table = Object.create(null);
    let table = root;
    const text = this.text;
    while (this.at < text.length) {
      this.spaces();
      if (this.at === text.length) break;
      const c = text.charCodeAt(this.at);
      if (c === 0x0a) {
        this.at++;
        continue;
      }
      if (c === 0x23 /* # */) {
        this.comment();
        continue;
      }
      if (c === 0x5b /* [ */) table = this.header(root);
      else this.entry(table);
      this.lineEnd();
    }
    return root;
  }

  private spaces(): void {
    while (this.text.charCodeAt(this.at) === 0x20) this.at++;
  }

  private comment(): void {
    const end = this.text.indexOf('\n', this.at);
    this.at = end === -1 ? this.text.length : end;
  }

  /** Spaces, a comment, then the end of the line or of the text. */
  private lineEnd(): void {
    this.spaces();
    if (this.text.charCodeAt(this.at) === 0x23) this.comment();
    if (this.at === this.text.length) return;
    if (this.text.charCodeAt(this.at) !== 0x0a) throw NOT_PLAIN;
    this.at++;
  }

  private bareKey(): string {
    const start = this.at;
    while (isBare(this.text.charCodeAt(this.at))) this.at++;
    if (this.at === start) throw NOT_PLAIN;
    const key = this.text.slice(start, this.at);
    if (key === '__proto__' || key === 'constructor') throw NOT_PLAIN;
    return key;
  }

  /** A `[a.b]` or `[[a.b]]` header: the table its entries go to. */
  private header(root: Table): Table {
    const text = this.text;
    const array = text.charCodeAt(this.at + 1) === 0x5b;
    this.at += array ? 2 : 1;
    const path = [this.bareKey()];
    while (text.charCodeAt(this.at) === 0x2e /* . */) {
      this.at++;
      path.push(this.bareKey());
    }
    for (let k = 0; k < (array ? 2 : 1); k++) if (text.charCodeAt(this.at++) !== 0x5d /* ] */) throw NOT_PLAIN;
    let parent = root;
    for (let i = 0; i < path.length - 1; i++) {
      const value = parent[path[i]!];
      if (Array.isArray(value) && this.tableArrays.has(value)) parent = value[value.length - 1] as Table;
      else if (isTable(value)) parent = value;
      else throw NOT_PLAIN;
    }
    const last = path[path.length - 1]!;
    const table: Table = Object.create(null);
    if (!Object.hasOwn(parent, last)) {
      if (array) {
        const list = [table];
        this.tableArrays.add(list);
        parent[last] = list;
      } else parent[last] = table;
      return table;
    }
    const existing = parent[last];
    if (!array || !Array.isArray(existing) || !this.tableArrays.has(existing)) throw NOT_PLAIN;
    existing.push(table);
    return table;
  }

  /** A `key = value` line into `table`. */
  private entry(table: Table): void {
    const key = this.bareKey();
    if (Object.hasOwn(table, key)) throw NOT_PLAIN;
    this.spaces();
    if (this.text.charCodeAt(this.at) !== 0x3d /* = */) throw NOT_PLAIN;
    this.at++;
    this.spaces();
    table[key] = this.value();
  }

  private value(): unknown {
    const text = this.text;
    const c = text.charCodeAt(this.at);
    if ((c === 0x22 || c === 0x27) && text.charCodeAt(this.at + 1) === c && text.charCodeAt(this.at + 2) === c) return this.multiline(c);
    if (c === 0x5b /* [ */) return this.array();
    return this.scalar();
  }

  /** A one-line string, integer or boolean. */
  private scalar(): unknown {
    const text = this.text;
    const c = text.charCodeAt(this.at);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const end = text.indexOf(c === 0x22 ? '"' : "'", this.at + 1);
      if (end === -1) throw NOT_PLAIN;
      const content = text.slice(this.at + 1, end);
      if (content.includes('\n') || (c === 0x22 && content.includes('\\'))) throw NOT_PLAIN;
      this.at = end + 1;
      return content;
    }
    const start = this.at;
    while (this.at < text.length && isBare(text.charCodeAt(this.at))) this.at++;
    const word = text.slice(start, this.at);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (INTEGER.test(word)) return Number(word);
    throw NOT_PLAIN;
  }

  /** A `"""` or `'''` string: a newline right after the opening quotes is left out. */
  private multiline(quote: number): string {
    const text = this.text;
    const delimiter = quote === 0x22 ? '"""' : "'''";
    let start = this.at + 3;
    if (text.charCodeAt(start) === 0x0a) start++;
    const end = text.indexOf(delimiter, start);
    // A fourth quote would belong to the string; escapes are smol-toml's to read.
    if (end === -1 || text.charCodeAt(end + 3) === quote) throw NOT_PLAIN;
    const content = text.slice(start, end);
    if (quote === 0x22 && content.includes('\\')) throw NOT_PLAIN;
    this.at = end + 3;
    return content;
  }

  /** `[a, b]` over one or several lines, of one-line scalars, with comments and a trailing comma. */
  private array(): unknown[] {
    const out: unknown[] = [];
    this.at++;
    for (;;) {
      this.blank();
      if (this.text.charCodeAt(this.at) === 0x5d /* ] */) break;
      const c = this.text.charCodeAt(this.at);
      if (c === 0x5b || ((c === 0x22 || c === 0x27) && this.text.charCodeAt(this.at + 1) === c)) throw NOT_PLAIN;
      out.push(this.scalar());
      this.blank();
      const next = this.text.charCodeAt(this.at);
      if (next === 0x2c /* , */) this.at++;
      else if (next !== 0x5d) throw NOT_PLAIN;
    }
    this.at++;
    return out;
  }

  /** Spaces, newlines and comments inside an array. */
  private blank(): void {
    for (;;) {
      this.spaces();
      const c = this.text.charCodeAt(this.at);
      if (c === 0x0a) this.at++;
      else if (c === 0x23) this.comment();
      else return;
    }
  }
}

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
