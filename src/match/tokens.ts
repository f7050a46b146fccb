/**
 * A text split into lower-case words once, for every reader of the matcher: the vocabulary
 * (platforms, services, tools), the comparable words of the similarity and the scenario cues,
 * and the action verbs. They split alike (on anything but ASCII letters and digits, after
 * lower-casing) except for apostrophes, which the vocabulary splits on (`user's` is `user s`)
 * and the words drop (`users`).
 */

export interface TextTokens {
  /** The text lower-cased, as split. */
  readonly lower: string;
  /** Runs of `[a-z0-9]` of the lower-cased text (see `vocabularyTokens`). */
  readonly tokens: readonly string[];
  /** The same with apostrophes dropped rather than split on; `tokens` itself when the text has none. */
  readonly words: readonly string[];
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

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

function resize(capacity: number, keep: boolean): void {
  const oldSlots = slots;
  const oldHashes = hashes;
  slots = new Array<string | undefined>(capacity);
  hashes = new Int32Array(capacity);
  stored = 0;
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

/** `lower.startsWith(w, start)`, compared in place: a builtin call per word cost more than the loop. */
function sameAt(lower: string, start: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (lower.charCodeAt(start + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** `lower.slice(start, end)`, the stored copy when the word was seen before. */
function word(lower: string, start: number, end: number, hash: number): string {
  const mask = slots.length - 1;
  const length = end - start;
  let j = hash & mask;
  for (let w = slots[j]; w !== undefined; w = slots[j]) {
    if (hashes[j] === hash && w.length === length && sameAt(lower, start, w)) return w;
    j = (j + 1) & mask;
  }
  const w = lower.slice(start, end);
  slots[j] = w;
  hashes[j] = hash;
  if (++stored * 2 > slots.length) resize(slots.length >= WORDS_LIMIT ? 1 << 12 : slots.length * 2, slots.length < WORDS_LIMIT);
  return w;
}

/**
 * Maximal runs of `[a-z0-9]` of a lower-cased text, and with `apostrophes`, of `[a-z0-9'\u2019]`
 * without the apostrophes (empty runs left out): `text.replace(/['\u2019]/g, '').split(/[^a-z0-9]+/)`
 * without building the intermediate strings. A scan by character code.
 */
function runs(lower: string, apostrophes: boolean): string[] {
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isAlnum(c) && !(apostrophes && (c === APOSTROPHE || c === RIGHT_QUOTE))) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    let hash = 0;
    for (; i < n; i++) {
      c = lower.charCodeAt(i);
      if (isAlnum(c)) {
        hash = (Math.imul(hash, 31) + c) | 0;
        continue;
      }
      if (apostrophes && (c === APOSTROPHE || c === RIGHT_QUOTE)) {
        plain = false;
        continue;
      }
      break;
    }
    if (plain) out.push(word(lower, start, i, hash));
    else {
      const w = lower.slice(start, i).replace(/['\u2019]/g, '');
      if (w !== '') out.push(w);
    }
  }
  return out;
}

export function tokenize(text: string): TextTokens {
  const lower = text.toLowerCase();
  const tokens = runs(lower, false);
  const apostrophes = lower.includes("'") || lower.includes('\u2019');
  return { lower, tokens, words: apostrophes ? runs(lower, true) : tokens };
}

/** Lower case words, split on anything but letters and digits: `Pub/Sub` -> `pub sub`. */
export function vocabularyTokens(text: string): string[] {
  return runs(text.toLowerCase(), false);
}

/** Lower-case words of a text: letters and digits, `Pub/Sub` -> `pub sub`, apostrophes dropped. */
export function rawWords(text: string): string[] {
  return runs(text.toLowerCase(), true);
}
