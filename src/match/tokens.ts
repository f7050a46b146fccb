/**
 * A text split into lower-case words once, for every reader of the matcher: the vocabulary
 * (platforms, services, tools), the comparable words of the similarity and the scenario cues,
 * and the action verbs. They split alike (on anything but ASCII letters and digits, after
 * lower-casing) except for apostrophes, which the vocabulary splits on (`user's` is `user s`)
 * and the words drop (`users`).
 */

export interface TextTokens {
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
 * Maximal runs of `[a-z0-9]` of a lower-cased text, and with `apostrophes`, of `[a-z0-9'\u2019]`
 * without the apostrophes (empty runs left out): `text.replace(/['\u2019]/g, '').split(/[^a-z0-9]+/)`
 * without building the intermediate strings. A scan by character code; the regular expression
 * split cost twice as much.
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
    for (; i < n; i++) {
      c = lower.charCodeAt(i);
      if (isAlnum(c)) continue;
      if (apostrophes && (c === APOSTROPHE || c === RIGHT_QUOTE)) {
        plain = false;
        continue;
      }
      break;
    }
    if (plain) out.push(lower.slice(start, i));
    else {
      const word = lower.slice(start, i).replace(/['\u2019]/g, '');
      if (word !== '') out.push(word);
    }
  }
  return out;
}

export function tokenize(text: string): TextTokens {
  const lower = text.toLowerCase();
  const tokens = runs(lower, false);
  const apostrophes = lower.includes("'") || lower.includes('\u2019');
  return { tokens, words: apostrophes ? runs(lower, true) : tokens };
}

/** Lower case words, split on anything but letters and digits: `Pub/Sub` -> `pub sub`. */
export function vocabularyTokens(text: string): string[] {
  return runs(text.toLowerCase(), false);
}

/** Lower-case words of a text: letters and digits, `Pub/Sub` -> `pub sub`, apostrophes dropped. */
export function rawWords(text: string): string[] {
  return runs(text.toLowerCase(), true);
}
