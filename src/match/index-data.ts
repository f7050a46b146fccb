/**
 * A catalog index (relevance.ts) as plain JSON data, and back. Building the index of the built-in
 * catalog stems and splits every entry's texts, which a run does before its first rule, in code
 * V8 has not optimized yet: 25-50 ms of each run's critical path, more than the whole linting of
 * a few rules. So the build stores that index (scripts/gen-index.ts writes
 * builtin-index.generated.ts) and a run that selects exactly those entries rebuilds it from the
 * data, which is the same index (test/match/index-data.test.ts holds the two equal).
 */
import type { CatalogEntry } from '../catalog/types.js';
import type { CatalogIndex, IndexedEntry } from './relevance.js';
import type { Cue } from './scenario.js';
import { sha256Hex } from '../sha256.js';
import { idfTable } from './similarity.js';

/** An indexed entry without its catalog entry (the same position of the selection). */
interface EntryData {
  platforms: string[];
  services: string[];
  operations: string[];
  tools: string[];
  terms: { term: string; words: string[] }[];
  gist: { weights: [string, number][]; norm: number };
  evidence: Cue[];
  excludes: Cue[];
  anchors: Cue[];
  actions: string[];
}

export interface IndexData {
  documents: number;
  weights: [string, number][];
  byOperation: [string, number[]][];
  byService: [string, number[]][];
  byTool: [string, number[]][];
  byTermWord: [string, number[]][];
  byWord: [string, number[]][];
  entries: EntryData[];
}

/** An index made for the built-in catalog at build time, and the selection of entries it is the index of. */
export interface StoredIndex {
  /** `entriesFingerprint` of the selection. */
  fingerprint: string;
  /** The IndexData, as JSON. */
  json: string;
}

/**
 * What a selection of entries is, whatever thread holds it (a worker receives a copy of the
 * catalog): the digest of its JSON, which holds every field an index is made from.
 */
export function entriesFingerprint(entries: readonly CatalogEntry[]): string {
  return sha256Hex(JSON.stringify(entries));
}

export function indexData(index: CatalogIndex): IndexData {
  const lists = (map: ReadonlyMap<string, readonly number[]>): [string, number[]][] => [...map].map(([key, positions]) => [key, [...positions]]);
  return {
    documents: index.idf.documents,
    weights: [...index.idf.weights],
    byOperation: lists(index.byOperation),
    byService: lists(index.byService),
    byTool: lists(index.byTool),
    byTermWord: lists(index.byTermWord),
    byWord: lists(index.byWord),
    entries: index.entries.map((e) => ({
      platforms: [...e.platforms],
      services: [...e.services],
      operations: [...e.operations],
      tools: [...e.tools],
      terms: e.terms.map((t) => ({ term: t.term, words: [...t.words] })),
      gist: { weights: [...e.gist.weights], norm: e.gist.norm },
      evidence: [...e.evidence],
      excludes: [...e.excludes],
      anchors: [...e.anchors],
      actions: [...e.actions],
    })),
  };
}

/** The index `data` was made from, on `entries` (the selection it was made of, or a copy of it). */
export function indexFromData(data: IndexData, entries: readonly CatalogEntry[]): CatalogIndex {
  return {
    entries: data.entries.map(
      (e, position): IndexedEntry => ({
        entry: entries[position]!,
        position,
        platforms: new Set(e.platforms),
        services: new Set(e.services),
        operations: new Set(e.operations),
        tools: new Set(e.tools),
        terms: e.terms,
        gist: { weights: new Map(e.gist.weights), norm: e.gist.norm },
        evidence: e.evidence,
        excludes: e.excludes,
        anchors: e.anchors,
        actions: new Set(e.actions),
      }),
    ),
    idf: idfTable(data.documents, new Map(data.weights)),
    byOperation: new Map(data.byOperation),
    byService: new Map(data.byService),
    byTool: new Map(data.byTool),
    byTermWord: new Map(data.byTermWord),
    byWord: new Map(data.byWord),
  };
}

/**
 * The index of `entries` stored at build time (see `StoredIndex`), if they are a selection the
 * build indexed; undefined otherwise.
 */
export function storedIndex(stored: readonly StoredIndex[], entries: readonly CatalogEntry[]): CatalogIndex | undefined {
  if (stored.length === 0) return undefined;
  const fingerprint = entriesFingerprint(entries);
  const found = stored.find((s) => s.fingerprint === fingerprint);
  return found && indexFromData(JSON.parse(found.json) as IndexData, entries);
}
