/**
 * Scenario cues: the phrases of a catalog entry's `scenario.evidence` and `scenario.excludes`,
 * looked for in what a rule selects and says. A cue of plain words matches a run of the same
 * comparable words (stemmed, synonyms folded: `secret files` meets "Secret file"); a cue with
 * punctuation (`principal=*`, `sh.helm.release.v1`, `.pem`) matches the rule's text as written,
 * case and quotes aside, because its punctuation is what it says.
 */
import type { EvidenceOrigin } from './evidence.js';
import { terms } from './similarity.js';

export interface Cue {
  /** As the catalog writes it. */
  phrase: string;
  /** `bucket policy + public`: every part must be found in the same text. */
  all?: readonly Cue[];
  /** Comparable words, for a word cue; empty for a literal cue. */
  words: readonly string[];
  /** Normalized text, for a literal cue. */
  literal: string | null;
}

/** A text of the rule in both forms cues are looked for in. */
export interface RuleText {
  origin: EvidenceOrigin;
  /** The text as written, for literal cues (see `literalOf`). */
  raw: string;
  /** Lower case, quotes and backslashes dropped, white space collapsed: made on first use. */
  literal?: string;
  /** `raw` lower-cased, when already made: the literal form is made from it. */
  lower?: string;
  words: readonly string[];
  /**
   * A set holding every one of `words`, and maybe more (the words of the whole rule): a word cue
   * whose first word it lacks is not in the text, without a search of `words`.
   */
  within?: ReadonlySet<string>;
}

/** The literal form of a text, normalized once and only when a literal cue is looked for. */
function literalOf(text: RuleText): string {
  text.literal ??= text.lower === undefined ? normalizeLiteral(text.raw) : normalizeLower(text.lower);
  return text.literal;
}

/** Characters `normalizeLiteral` changes in a lower-case text: quotes, backslashes, white space other than single spaces. */
const NOT_LITERAL = /["'`\\]|[^\S ]| {2}/;

function normalizeLower(lower: string): string {
  return NOT_LITERAL.test(lower) ? lower.replace(/["'`\\]/g, '').replace(/\s+/g, ' ') : lower;
}

export interface CueHit {
  cue: Cue;
  origin: EvidenceOrigin;
}

const LITERAL_CUE = /[^a-z0-9\s/-]/i;

export function normalizeLiteral(text: string): string {
  return normalizeLower(text.toLowerCase());
}

export function prepareCue(phrase: string): Cue | null {
  if (phrase.includes(' + ')) {
    const all = phrase.split(' + ').map((p) => prepareCue(p.trim()));
    return all.every((c) => c !== null) ? { phrase, words: [], literal: null, all: all as Cue[] } : null;
  }
  if (LITERAL_CUE.test(phrase)) {
    const literal = normalizeLiteral(phrase).trim();
    return literal === '' ? null : { phrase, words: [], literal };
  }
  const words = terms(phrase);
  return words.length === 0 ? null : { phrase, words, literal: null };
}

/** `literalText` (default `text`): a query keeps its field names for literal cues (`principal=*`). */
export function ruleText(origin: EvidenceOrigin, text: string, literalText = text): RuleText {
  return { origin, raw: literalText, words: terms(text) };
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first); i !== -1 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** The literal as a whole token: `.pem` in `id.pem"` but not in `.pem2`, `kubeconfig` not in `kubeconfigs`. */
function containsLiteral(text: string, literal: string): boolean {
  for (let i = text.indexOf(literal); i !== -1; i = text.indexOf(literal, i + 1)) {
    const after = text[i + literal.length];
    if (after === undefined || !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}

function matches(cue: Cue, text: RuleText): boolean {
  if (cue.all) return cue.all.every((part) => matches(part, text));
  if (cue.literal !== null) return containsLiteral(literalOf(text), cue.literal);
  return (text.within === undefined || text.within.has(cue.words[0]!)) && containsRun(text.words, cue.words);
}

/** The first cue found, searching the texts in order (most reliable first). */
export function findCue(cues: readonly Cue[], texts: readonly RuleText[]): CueHit | null {
  for (const text of texts) {
    for (const cue of cues) if (matches(cue, text)) return { cue, origin: text.origin };
  }
  return null;
}
