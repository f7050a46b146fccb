/**
 * Transparent, deterministic text similarity for false-positive texts: normalize, split into
 * words, map domain synonyms, stem, drop function words, weight by IDF over the catalog, compare
 * by cosine. No model, no network: every score can be recomputed by hand from the word weights.
 */
import { textWords, wordTableCapacity, wordTableGeneration, type TextWords } from './tokens.js';

/**
 * An item covers a catalog entry when its similarity with the entry reaches COVER_THRESHOLD and
 * is within COVER_MARGIN of its best similarity with any entry of the technique.
 *
 * Chosen on the labelled pairs in test/match/pairs.ts (IDF over the 27 T1530 entries):
 * - paraphrases score 0.28 to 0.92 with their entry, and their entry is always their best;
 * - unrelated items score 0 (they share no word, or only generic ones: "Admin activity"), and
 *   advice sentences ("If known behavior is causing false positives...") at most 0.13 with any
 *   entry: the threshold sits between, at 0.2;
 * - near misses are siblings (a trail update for the trail-creation entry, a Pub/Sub topic for
 *   the subscription entry): they score up to 0.61, as high as paraphrases, but always at least
 *   0.09 below the item's own entry. The margin sits between 0 and that gap, at 0.05.
 * Every labelled pair is classified correctly for thresholds 0.1-0.28 with margins 0-0.08.
 * The margin applies per sentence of an item, so a paragraph that documents two entries covers both.
 */
export const COVER_THRESHOLD = 0.2;
export const COVER_MARGIN = 0.05;

/** Multi-word spellings folded into one word before stemming; longest first at each position. */
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['shared access signature', 'sas'],
  ['shared access signatures', 'sas'],
  ['sas token', 'sas'],
  ['sas tokens', 'sas'],
  ['sas url', 'sas'],
  ['sas uri', 'sas'],
  ['s3 bucket', 'bucket'],
  ['s3 buckets', 'bucket'],
  ['gcs bucket', 'bucket'],
  ['storage bucket', 'bucket'],
  ['storage buckets', 'bucket'],
  ['pub sub', 'pubsub'],
  ['ci cd', 'cicd'],
  ['continuous integration', 'cicd'],
  ['infrastructure as code', 'iac'],
  ['cloud trail', 'cloudtrail'],
  ['one drive', 'onedrive'],
  ['share point', 'sharepoint'],
  ['dev ops', 'devops'],
  ['user agent', 'useragent'],
  ['user agents', 'useragent'],
  ['key vault', 'keyvault'],
  ['dynamo db', 'dynamodb'],
  ['e discovery', 'ediscovery'],
  ['office 365', 'm365'],
  ['microsoft 365', 'm365'],
  ['google workspace', 'gworkspace'],
  ['google drive', 'drive'],
  ['google cloud storage', 'gcs'],
  ['amazon s3', 's3'],
  ['aws s3', 's3'],
  ['s3 browser', 's3browser'],
  ['pnp powershell', 'pnp'],
  ['and or', 'or'],
  ['set up', 'create'],
  ['sets up', 'create'],
  ['setting up', 'create'],
  ['system administrator', 'admin'],
  ['system administrators', 'admin'],
  ['network administrator', 'admin'],
  ['network administrators', 'admin'],
  ['it administrator', 'admin'],
  ['it administrators', 'admin'],
  ['it admins', 'admin'],
  ['it team', 'admin'],
  ['it teams', 'admin'],
];

/** Stems (after stemming) that mean the same thing in false-positive texts. */
const STEM_SYNONYMS: Readonly<Record<string, string>> = {
  admin: 'administr',
  sysadmin: 'administr',
  o365: 'm365',
  k8s: 'kubernet',
  retriev: 'download',
  provis: 'onboard',
  bootstrap: 'onboard',
  chang: 'updat',
  modifi: 'updat',
  add: 'creat',
  subscript: 'subscrib',
  publicli: 'public',
};

/** Function words and words every false-positive text uses; they say nothing about the subject. */
const STOPWORDS = new Set(
  (
    'a an the of to in on for from with by as at or and not no nor this that these those it its their they them ' +
    'such some any all each other also only if when whether than then so into over via per e g eg ie etc which who ' +
    'what where how there here our your you we us do doe done ha have had be been being is are was were may might ' +
    'can could should would will shall must made make mak cause caus trigger rule alert fals posit like s t' +
    ' v1 exampl part its during dure new has befor before up false positive positives'
  ).split(' '),
);

/**
 * Words that say a false positive is benign without saying what it is: no actor more precise than
 * "admin" or "user", no tool, no operation ("Legitimate administrative activity").
 */
const GENERIC_WORDS =
  'legitimate legit valid authorized authorised approved expected intended normal usual regular routine benign ' +
  'known typical standard common general generic ordinary everyday day daily admin administrator administrative ' +
  'administration user users activity usage use behavior behaviour action operation business purpose reason task work ' +
  'access change event traffic system process people person staff personnel employee team someone anyone account';

// --- A compact Porter stemmer (M. F. Porter, 1980), steps 1a-5; enough to fold inflections. ---

const VOWEL = /[aeiou]/;

function measure(stem: string): number {
  // Number of vowel-consonant sequences, treating y after a consonant as a vowel.
  const form = stem.replace(/[^aeiouy]/g, 'c').replace(/[aeiou]|(?<=c)y/g, 'v').replace(/^y/, 'c');
  return (form.replace(/c+/g, 'C').replace(/v+/g, 'V').match(/VC/g) ?? []).length;
}

function hasVowel(stem: string): boolean {
  return VOWEL.test(stem) || /[^aeiou]y/.test(stem);
}

function endsCvc(stem: string): boolean {
  return /[^aeiou][aeiouy][^aeiouwxy]$/.test(stem);
}

const STEP2: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3: ReadonlyArray<readonly [string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti',
  'ous', 've', 'ize',
].sort((a, b) => b.length - a.length);

function replaceSuffix(word: string, rules: ReadonlyArray<readonly [string, string]>, minMeasure: number): string {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return measure(stem) > minMeasure ? stem + replacement : word;
  }
  return word;
}

/** Stems of words already seen: texts repeat the same few thousand words. */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  let stemmed = STEM_CACHE.get(word);
  if (stemmed === undefined) {
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    stemmed = porter(word);
    STEM_CACHE.set(word, stemmed);
  }
  return stemmed;
}

function porter(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  // 1a: plurals
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // 1b: -eed, -ed, -ing
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else {
    const m = /(ed|ing)$/.exec(w);
    if (m && hasVowel(w.slice(0, -m[0].length))) {
      w = w.slice(0, -m[0].length);
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeioulsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (measure(w) === 1 && endsCvc(w)) w += 'e';
    }
  }
  // 1c: y -> i
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const s = w.slice(0, -suffix.length);
    // -ion goes after one syllable already, so that "creation" meets "creating" (Porter keeps it).
    if (suffix === 'ion' ? measure(s) > 0 && /[st]$/.test(s) : measure(s) > 1) w = s;
    break;
  }
  // 5: final e, double l
  if (w.endsWith('e')) {
    const s = w.slice(0, -1);
    if (measure(s) > 1 || (measure(s) === 1 && !endsCvc(s))) w = s;
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}

// --- Words ---

const PHRASE_TABLE = new Map<string, { words: string[]; to: string }[]>();
for (const [phrase, to] of PHRASES) {
  const words = phrase.split(' ');
  const list = PHRASE_TABLE.get(words[0]!) ?? [];
  list.push({ words, to });
  PHRASE_TABLE.set(words[0]!, list);
}
for (const list of PHRASE_TABLE.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * What a word is to `terms`: its comparable form (stemmed and folded, or null for a function
 * word) and the phrases it starts. Kept per word, so a word costs one look-up: texts repeat the
 * same few thousand words.
 */
interface WordForm {
  folded: string | null;
  phrases: readonly { words: readonly string[]; to: string }[] | undefined;
}

const FORMS = new Map<string, WordForm>();
const FORMS_LIMIT = 50_000;

function formOf(word: string): WordForm {
  let form = FORMS.get(word);
  if (form === undefined) {
    let folded: string | null = null;
    if (!STOPWORDS.has(word)) {
      const stemmed = stem(word);
      const synonym = STEM_SYNONYMS[stemmed] ?? stemmed;
      folded = STOPWORDS.has(synonym) ? null : synonym;
    }
    form = { folded, phrases: PHRASE_TABLE.get(word) };
    if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
    FORMS.set(word, form);
  }
  return form;
}

/** The comparable words of a text: synonyms folded, stemmed, function words dropped, in order. */
export function terms(text: string): string[] {
  return termsOfTokens(textWords(text));
}

/** `terms` of a text already split into its words (`textWords(text).words`), each word's form looked up by the word. */
export function termsOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) i = addTerm(words, i, formOf(words[i]!), out);
  return out;
}

/** Adds the term of `words[i]` (whose form is `form`) or of the phrase it starts; returns the index of the last word used. */
function addTerm(words: readonly string[], i: number, form: WordForm, out: string[]): number {
  if (form.phrases) {
    const hit = form.phrases.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (hit) {
      form = formOf(hit.to);
      i += hit.words.length - 1;
    }
  }
  if (form.folded !== null) out.push(form.folded);
  return i;
}

/**
 * The forms of the words in the tokenizer's table, by slot: a word of a tokenized text finds
 * its form by its slot number instead of a look-up in FORMS (a hash-table probe per word, the
 * largest cost of `termsOf` on descriptions of hundreds of words). Emptied when the table's
 * slots change (its generation).
 */
let formsBySlot: (WordForm | undefined)[] = [];
let formsGeneration = -1;

/** `termsOf(tokens.words)`, the same terms, finding the words' forms by their slots. */
export function termsOfTokens(tokens: TextWords): string[] {
  const { words, wordSlots, generation } = tokens;
  if (generation < 0 || generation !== wordTableGeneration()) return termsOf(words);
  if (formsGeneration !== generation) {
    formsBySlot = new Array<WordForm | undefined>(wordTableCapacity());
    formsGeneration = generation;
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const slot = wordSlots[i]!;
    let form = slot < 0 ? undefined : formsBySlot[slot];
    if (form === undefined) {
      form = formOf(words[i]!);
      if (slot >= 0) formsBySlot[slot] = form;
    }
    i = addTerm(words, i, form, out);
  }
  return out;
}

const GENERIC_TERMS: ReadonlySet<string> = new Set(terms(GENERIC_WORDS));

/**
 * Words of statements about the rate of false positives rather than their cause ("The false
 * positive rate may vary with the thresholds"): they name no actor, tool or operation either.
 */
const TUNING_TERMS: ReadonlySet<string> = new Set(
  terms('rate rates vary varies depending depends based value values threshold thresholds tune tuning tuned adjust adjusted sensitivity baseline environment environments number noise volume high low level'),
);

function isGenericOrTuning(word: string): boolean {
  return GENERIC_TERMS.has(word) || TUNING_TERMS.has(word) || word.includes('threshold');
}

/**
 * True for "Legitimate activity", "Admin activity", "Normal usage": benign, but not saying by whom
 * or how; and for statements about the false-positive rate ("may vary with the thresholds").
 */
export function isVagueFalsePositive(text: string): boolean {
  // In a statement about the false-positive rate, identifiers (`spikeThreshold`, `min_count`) are
  // the tuning parameters it names.
  const parameters = RATE_STATEMENT.test(text) ? new Set(terms((text.match(IDENTIFIER) ?? []).join(' '))) : new Set<string>();
  const words = terms(text);
  return words.length > 0 && words.every((w) => isGenericOrTuning(w) || parameters.has(w));
}

const RATE_STATEMENT = /\bfalse[\s-]+positive\s+rates?\b|\brates?\s+of\s+false[\s-]+positives\b/i;
const IDENTIFIER = /\b[a-z]+[A-Z]\w*\b|\b[A-Za-z]+_\w+\b/g;

// --- Weights ---

/** Inverse document frequencies over a set of texts (the catalog entries of a run). */
export interface IdfTable {
  readonly documents: number;
  /** The weight of each word of the documents (others weigh as much as the rarest could). */
  readonly weights: ReadonlyMap<string, number>;
  weight(term: string): number;
}

/**
 * `ln((N + 1) / (df + 1)) + 1`: a word in every entry still weighs 1, a word in none weighs the
 * most. Words unknown to the catalog weigh as much as its rarest: an item that talks about
 * something else is less similar, whatever that something is.
 */
export function buildIdf(documents: readonly (readonly string[])[]): IdfTable {
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  const weights = new Map<string, number>();
  for (const [t, f] of df) weights.set(t, Math.log((n + 1) / (f + 1)) + 1);
  return idfTable(n, weights);
}

/** The table of `documents` documents whose words weigh `weights` (see `buildIdf`). */
export function idfTable(documents: number, weights: ReadonlyMap<string, number>): IdfTable {
  const max = Math.log(documents + 1) + 1;
  return { documents, weights, weight: (t) => weights.get(t) ?? max };
}

/** A text as a weighted set of terms, ready to compare. */
export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

export function vectorize(termList: readonly string[], idf: IdfTable): TermVector {
  const weights = new Map<string, number>();
  for (const t of termList) weights.set(t, idf.weight(t));
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return { weights, norm: Math.sqrt(sum) };
}

/**
 * Cosine of two binary term vectors weighted by IDF, in [0, 1]; 0 when they share only generic
 * words: "Admin activity" says nothing of an entry about administrators creating trails.
 */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  let specific = false;
  for (const [t, w] of small.weights) {
    if (!large.weights.has(t)) continue;
    dot += w * w;
    specific ||= !GENERIC_TERMS.has(t);
  }
  return specific ? dot / (a.norm * b.norm) : 0;
}

/** Sentences of a text, for comparing an item with each statement of a long entry. */
export function sentences(text: string): string[] {
  if (!/[.!?]/.test(text)) {
    // Nowhere to split: most documented items are one short statement.
    const trimmed = text.trim();
    return trimmed === '' ? [] : [trimmed];
  }
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
