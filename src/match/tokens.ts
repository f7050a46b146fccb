/**
 * A text split into lower-case words once, for every reader of the matcher: the vocabulary
 * (platforms, services, tools), the comparable words of the similarity and the scenario cues,
 * and the action verbs. They split alike (on anything but ASCII letters and digits, after
 * lower-casing) except for apostrophes, which the vocabulary splits on (`user's` is `user s`)
 * and the words drop (`users`).
 */

/** The words of a text, and where each is in the table of words seen (see `wordSlot`). */
export interface TextWords {
  /** Runs of `[a-z0-9]` of the lower-cased text, apostrophes dropped rather than split on. */
  readonly words: readonly string[];
  /** The slot of each of `words` in the table (-1: not kept there), valid while the table's generation is `generation`. */
  readonly wordSlots: readonly number[];
  /** The table's generation when the text was split; -1 when it changed meanwhile (the slots are stale). */
  readonly generation: number;
}

/** A text split for every reader; its `words` are its `tokens` themselves when it has no apostrophes. */
export interface TextTokens extends TextWords {
  /** The text lower-cased, as split. */
  readonly lower: string;
  /** Runs of `[a-z0-9]` of the lower-cased text (see `vocabularyTokens`). */
  readonly tokens: readonly string[];
}

const APOSTROPHE = 0x27;

/**
 * The words seen so far, each kept once: a word of a text is looked up here by its characters
 * rather than cut out of the text, so the thousands of repeated words ("the", "bucket") of a
 * run's rules cost no new string each, and the maps of the matcher find them by a hash computed
 * once. Open addressing; emptied when full, as the stem cache is.
 */
const WORDS_LIMIT = 1 << 17;
let slots: (string | undefined)[] = new Array<string | undefined>(1 << 12);
let hashes = new Int32Array(1 << 12);
let stored = 0;
/** Changes whenever words move to other slots or leave the table: slot numbers of an older generation mean nothing. */
let generation = 0;

/** The table's generation: slot numbers given under another one are stale. */
export function wordTableGeneration(): number {
  return generation;
}

/** How many slots the table has: every slot number is below it. */
export function wordTableCapacity(): number {
  return slots.length;
}

function resize(capacity: number, keep: boolean): void {
  const oldSlots = slots;
  const oldHashes = hashes;
  slots = new Array<string | undefined>(capacity);
  hashes = new Int32Array(capacity);
  stored = 0;
  generation++;
  if (!keep) return;
  for (let i = 0; i < oldSlots.length; i++) {
    const word = oldSlots[i];
    if (word === undefined) continue;
    let j = oldHashes[i]! & (capacity - 1);
    while (slots[j] !== undefined) j = (j + 1) & (capacity - 1);
    slots[j] = word;
    hashes[j] = oldHashes[i]!;
    stored++;
  }
}

/**
 * The text being split, as UTF-8 bytes: a scan of a byte array runs about twice as fast as
 * `charCodeAt` on a string, and words are only `[a-z0-9]`, the same bytes in UTF-8 as the
 * characters (any other character, in UTF-8 bytes of 0x80 and up, ends a word as it did).
 * Reused from text to text; a text of over SCRATCH_CHARS gets a buffer of its own.
 */
const SCRATCH_CHARS = 64 * 1024;
let scratch = Buffer.allocUnsafeSlow(4096);

function utf8Of(lower: string): { bytes: Buffer; length: number } {
  const size = lower.length * 3;
  let bytes = scratch;
  if (size > bytes.length) {
    bytes = Buffer.allocUnsafeSlow(size);
    if (lower.length <= SCRATCH_CHARS) scratch = bytes;
  }
  return { bytes, length: bytes.write(lower, 0, 'utf8') };
}

function isAlnumByte(c: number): boolean {
  return (c - 0x61) >>> 0 < 26 || (c - 0x30) >>> 0 < 10;
}

/** Whether `bytes` hold `w` from `start`: compared in place, without a string for the word. */
function sameAt(bytes: Buffer, start: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (bytes[start + k] !== w.charCodeAt(k)) return false;
  return true;
}

/**
 * The slot of the word of `bytes` from `start` to `end` (ASCII) in the table, where the word is
 * stored once: its copy there is `slots[slot]`. The table grows (or is emptied) before a word is
 * added, never after, so the slot returned stays the word's until the next word added changes
 * the generation.
 */
function wordSlot(bytes: Buffer, start: number, end: number, hash: number): number {
  const length = end - start;
  for (;;) {
    const mask = slots.length - 1;
    let j = hash & mask;
    for (let w = slots[j]; w !== undefined; w = slots[j]) {
      if (hashes[j] === hash && w.length === length && sameAt(bytes, start, w)) return j;
      j = (j + 1) & mask;
    }
    if ((stored + 1) * 2 > slots.length) {
      resize(slots.length >= WORDS_LIMIT ? 1 << 12 : slots.length * 2, slots.length < WORDS_LIMIT);
      continue;
    }
    slots[j] = bytes.toString('latin1', start, end);
    hashes[j] = hash;
    stored++;
    return j;
  }
}

/** The UTF-8 bytes of U+2019 (right single quotation mark), an apostrophe in prose. */
const RIGHT_QUOTE_BYTES = [0xe2, 0x80, 0x99] as const;

/** How many bytes of an apostrophe start at `i` (`'` or U+2019), or 0. */
function apostropheAt(bytes: Buffer, i: number, n: number): number {
  const c = bytes[i]!;
  if (c === APOSTROPHE) return 1;
  if (c === RIGHT_QUOTE_BYTES[0] && i + 2 < n && bytes[i + 1] === RIGHT_QUOTE_BYTES[1] && bytes[i + 2] === RIGHT_QUOTE_BYTES[2]) return 3;
  return 0;
}

/**
 * Maximal runs of `[a-z0-9]` of a lower-cased text, and with `apostrophes`, of `[a-z0-9'\u2019]`
 * without the apostrophes (empty runs left out): `text.replace(/['\u2019]/g, '').split(/[^a-z0-9]+/)`
 * without building the intermediate strings. A scan of the text's UTF-8 bytes.
 */
function runs(lower: string, apostrophes: boolean, slotsOut?: number[]): string[] {
  const out: string[] = [];
  const { bytes, length: n } = utf8Of(lower);
  let i = 0;
  while (i < n) {
    let c = bytes[i]!;
    if (!isAlnumByte(c) && !(apostrophes && apostropheAt(bytes, i, n) > 0)) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    let hash = 0;
    while (i < n) {
      c = bytes[i]!;
      if (isAlnumByte(c)) {
        hash = (Math.imul(hash, 31) + c) | 0;
        i++;
        continue;
      }
      const quote = apostrophes ? apostropheAt(bytes, i, n) : 0;
      if (quote === 0) break;
      plain = false;
      i += quote;
    }
    if (plain) {
      const slot = wordSlot(bytes, start, i, hash);
      out.push(slots[slot]!);
      slotsOut?.push(slot);
    } else {
      const w = bytes.toString('utf8', start, i).replace(/['\u2019]/g, '');
      if (w !== '') {
        out.push(w);
        slotsOut?.push(-1);
      }
    }
  }
  return out;
}

/** The words of a lower-cased text (`runs`) with their slots, and the table's generation they hold for. */
function wordsWithSlots(lower: string, apostrophes: boolean): TextWords {
  const wordSlots: number[] = [];
  const from = generation;
  const words = runs(lower, apostrophes, wordSlots);
  // Slots taken before the table changed in the middle of the text are stale: none are given then.
  return { words, wordSlots, generation: generation === from ? generation : -1 };
}

export function tokenize(text: string): TextTokens {
  const lower = text.toLowerCase();
  const apostrophes = lower.includes("'") || lower.includes('\u2019');
  // Without apostrophes the words are the tokens: one split gives both.
  const split = wordsWithSlots(lower, apostrophes);
  const tokens = apostrophes ? runs(lower, false) : split.words;
  return { lower, tokens, words: split.words, wordSlots: split.wordSlots, generation: split.generation };
}

/** Lower case words, split on anything but letters and digits: `Pub/Sub` -> `pub sub`. */
export function vocabularyTokens(text: string): string[] {
  return runs(text.toLowerCase(), false);
}

/** Lower-case words of a text: letters and digits, `Pub/Sub` -> `pub sub`, apostrophes dropped; and their slots. */
export function textWords(text: string): TextWords {
  return wordsWithSlots(text.toLowerCase(), true);
}
