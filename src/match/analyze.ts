/**
 * Everything the matcher concludes about one detection, computed once and shared by the checks:
 * the entries that apply (ranked, with reasons), whether the rule already documents each one in
 * its own words, and how each documented item relates to the catalog.
 */
import type { CatalogEntry } from '../catalog/types.js';
import type { Detection, FalsePositiveItem } from '../detection.js';
import { isPlaceholder } from '../placeholders.js';
import { BUILTIN_INDEXES } from './builtin-index.generated.js';
import { extractEvidence } from './evidence.js';
import { storedIndex } from './index-data.js';
import { actionsIn, buildCatalogIndex, rankEntries, sharesAny, type CatalogIndex, type IndexedEntry } from './relevance.js';
import { findTermsIn } from './vocabulary.js';
import { COVER_MARGIN, COVER_THRESHOLD, cosine, sentences, terms, termsOfTokens, vectorize, type TermVector } from './similarity.js';
import { tokenize } from './tokens.js';
import type { ItemMatch, RelevantEntry, RuleAnalysis, Suggestion } from './types.js';

/**
 * The engine passes each detection the entries of its techniques as a fresh array; the index of
 * the same entries is reused by comparing them one by one (cheap next to rebuilding it).
 */
const INDEX_CACHE_SIZE = 8;
const indexCache: { entries: readonly CatalogEntry[]; index: CatalogIndex }[] = [];

export function catalogIndexFor(entries: readonly CatalogEntry[]): CatalogIndex {
  for (const cached of indexCache) {
    if (cached.entries === entries) return cached.index;
    if (cached.entries.length === entries.length && cached.entries.every((e, i) => e === entries[i])) return cached.index;
  }
  const index = storedIndex(BUILTIN_INDEXES, entries) ?? buildCatalogIndex(entries);
  indexCache.unshift({ entries: [...entries], index });
  if (indexCache.length > INDEX_CACHE_SIZE) indexCache.pop();
  return index;
}

/**
 * The item as compared: whole, and each of its sentences when it has several, so that an item
 * copying a catalog text (gist first, advice after) still meets the gist on its own.
 * `words`: the terms of the whole text, when already known.
 */
function itemVectors(text: string, index: CatalogIndex, words: readonly string[] = terms(text)): TermVector[] {
  const whole = vectorize(words, index.idf);
  const parts = sentences(text);
  return parts.length > 1 ? [whole, ...parts.map((t) => vectorize(terms(t), index.idf))] : [whole];
}

/** Similarity of a documented item with an entry: the best of its statements against the gist. */
export function entrySimilarity(item: readonly TermVector[], entry: IndexedEntry): number {
  let best = 0;
  for (const v of item) best = Math.max(best, cosine(v, entry.gist));
  return best;
}

/** Similarity of a text with the entry `entryId` of `index`, or 0 when the index has no such entry. */
export function textSimilarity(text: string, entryId: string, index: CatalogIndex): number {
  const entry = index.entries.find((e) => e.entry.id === entryId);
  return entry ? entrySimilarity(itemVectors(text, index), entry) : 0;
}

interface EntryScore {
  similarity: number;
  /** One statement of the item covers the entry (see `covers`). */
  covers: boolean;
}

interface ScoredItem {
  item: FalsePositiveItem;
  /** Entry position -> score, for the entries sharing a word with the item. */
  scores: Map<number, EntryScore>;
}

/**
 * Each statement of the item against the gists of the entries it shares a word with. Coverage is
 * decided per statement: a paragraph that a fix wrote from two entries covers both, each by its
 * own sentence, while one sentence covers only the entry it is closest to.
 */
function scoreItem(item: FalsePositiveItem, index: CatalogIndex): ScoredItem {
  const scores = new Map<number, EntryScore>();
  const itemTokens = tokenize(item.text);
  const { tokens } = itemTokens;
  const itemPlatforms = platformsNamed(tokens);
  const itemWords = termsOfTokens(itemTokens);
  const itemActions = actionsIn(tokens);
  const anchored = anchoredEntries(itemWords, index);
  // Whether the item speaks of an entry's scenario does not depend on the statement.
  const speaks = new Map<number, boolean>();
  for (const statement of itemVectors(item.text, index, itemWords)) {
    const similarities = new Map<number, number>();
    for (const w of statement.weights.keys()) {
      const positions = index.byWord.get(w);
      if (positions === undefined) continue;
      for (const p of positions) {
        if (similarities.has(p)) continue;
        const entry = index.entries[p]!;
        let speaksOf = speaks.get(p);
        if (speaksOf === undefined) {
          speaksOf = speaksOfScenario(itemPlatforms, itemActions, anchored, entry);
          speaks.set(p, speaksOf);
        }
        similarities.set(p, speaksOf ? cosine(statement, entry.gist) : 0);
      }
    }
    let best = 0;
    for (const sim of similarities.values()) best = Math.max(best, sim);
    for (const [p, sim] of similarities) {
      const previous = scores.get(p);
      scores.set(p, {
        similarity: Math.max(previous?.similarity ?? 0, sim),
        covers: (previous?.covers ?? false) || covers(sim, best),
      });
    }
  }
  return { item, scores };
}

/** Ids of the entries of `index` that a documented item with this text covers. */
export function entriesCoveredBy(text: string, index: CatalogIndex): string[] {
  const { scores } = scoreItem({ text, line: 1, endLine: 1 }, index);
  return [...scores].filter(([, s]) => s.covers).map(([p]) => index.entries[p]!.entry.id);
}

export function analyzeDetection(detection: Detection, entries: readonly CatalogEntry[], index?: CatalogIndex): RuleAnalysis {
  const catalog = index ?? catalogIndexFor(entries);
  const items = detection.falsePositives.flatMap((s) => s.items).filter((i) => !isPlaceholder(i.text));
  const scored = items.map((item) => scoreItem(item, catalog));

  const itemMatches: ItemMatch[] = scored.map(({ item, scores }) => {
    // The covered entry it is closest to; the best similarity either way, for the record.
    let entryId: string | null = null;
    let coveredSimilarity = 0;
    let best = 0;
    for (const [p, score] of [...scores].sort((a, b) => a[0] - b[0])) {
      best = Math.max(best, score.similarity);
      if (score.covers && score.similarity > coveredSimilarity) {
        coveredSimilarity = score.similarity;
        entryId = catalog.entries[p]!.entry.id;
      }
    }
    return { item, entryId, similarity: round(best) };
  });

  const ranking = rankEntries(extractEvidence(detection), catalog);
  const relevant: RelevantEntry[] = ranking.ranked.map((r) => {
    // The most similar item that covers the entry; else the most similar one, for the record.
    let coveredBy: FalsePositiveItem | null = null;
    let similarity = 0;
    let covered = false;
    for (const { item, scores } of scored) {
      const score = scores.get(r.indexed.position);
      if (!score) continue;
      if ((score.covers && !covered) || (score.covers === covered && score.similarity > similarity)) {
        similarity = score.similarity;
        coveredBy = item;
        covered = score.covers;
      }
    }
    return {
      entryId: r.indexed.entry.id,
      score: r.score,
      confidence: r.confidence,
      reason: r.reason,
      coveredBy: covered ? coveredBy : null,
      similarity: round(similarity),
    };
  });

  const suggestions: Suggestion[] = [];
  relevant.forEach((r, i) => {
    if (r.coveredBy !== null) return;
    const { entry } = ranking.ranked[i]!.indexed;
    suggestions.push({ id: entry.id, text: entry.text, insert: entry.insert, short: entry.short, confidence: r.confidence, reason: r.reason });
  });
  const excluded = ranking.excluded.map((x) => ({ entryId: x.indexed.entry.id, reason: x.reason }));
  return { relevant, excluded, suggestions, items: itemMatches };
}

/** Platforms an item names, itself or through a service or tool of one platform (`GitHub`, `GCS`). */
function platformsNamed(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const { term } of findTermsIn(tokens)) {
    const platform = term.kind === 'platform' ? term.id : term.platform;
    if (platform) out.add(platform);
  }
  return out;
}

/**
 * An item can cover an entry only when it speaks of the entry's platform (or of none), of its
 * action (or of none), and names a phrase of its scenario: "ownership transfer" shares
 * "transfer" with an AzCopy entry, not AzCopy; "deleting trails" is not "creating trails".
 * `anchored`: the positions of the entries one of whose anchors the item names (`anchoredEntries`).
 */
function speaksOfScenario(
  itemPlatforms: ReadonlySet<string>,
  itemActions: ReadonlySet<string>,
  anchored: ReadonlySet<number>,
  entry: IndexedEntry,
): boolean {
  if (itemPlatforms.size > 0 && entry.platforms.size > 0 && !sharesAny(itemPlatforms, entry.platforms)) return false;
  if (itemActions.size > 0 && entry.actions.size > 0 && !sharesAny(itemActions, entry.actions)) return false;
  return entry.anchors.length === 0 || anchored.has(entry.position);
}

/** An anchor of an entry (its comparable words, the first one being the key it is filed under). */
interface Anchor {
  position: number;
  words: readonly string[];
}

/** Anchors of an index's entries by their first word, worked out once per index. */
const anchorIndexes = new WeakMap<CatalogIndex, ReadonlyMap<string, readonly Anchor[]>>();

function anchorsByFirstWord(index: CatalogIndex): ReadonlyMap<string, readonly Anchor[]> {
  let byFirst = anchorIndexes.get(index);
  if (byFirst === undefined) {
    const map = new Map<string, Anchor[]>();
    for (const entry of index.entries) {
      for (const cue of entry.anchors) {
        // Anchors are word cues (see relevance `anchorsOf`): found as a run of the item's words.
        const list = map.get(cue.words[0]!) ?? [];
        list.push({ position: entry.position, words: cue.words });
        map.set(cue.words[0]!, list);
      }
    }
    anchorIndexes.set(index, (byFirst = map));
  }
  return byFirst;
}

/**
 * Positions of the entries one of whose anchors is a run of `words` (what `findCue(entry.anchors,
 * ...)` finds), looked up from the item's words: an item has a few words, a catalog many anchors.
 */
function anchoredEntries(words: readonly string[], index: CatalogIndex): Set<number> {
  const byFirst = anchorsByFirstWord(index);
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const anchors = byFirst.get(words[i]!);
    if (anchors === undefined) continue;
    for (const { position, words: run } of anchors) {
      if (out.has(position) || i + run.length > words.length) continue;
      let k = 1;
      while (k < run.length && words[i + k] === run[k]) k++;
      if (k === run.length) out.add(position);
    }
  }
  return out;
}

/** See COVER_THRESHOLD: similar enough, and not a sibling of the entry the item is really about. */
function covers(similarity: number, itemBest: number): boolean {
  return similarity >= COVER_THRESHOLD && similarity >= itemBest - COVER_MARGIN;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
