import type { FalsePositiveItem } from '../detection.js';

export type Confidence = 'high' | 'medium';

/** A catalog entry proposed for a rule; the JSON contract of `findings[].suggestions[]`. */
export interface Suggestion {
  id: string;
  /** The catalog text verbatim. */
  text: string;
  /** The text a fix writes into the rule. */
  insert: string;
  confidence: Confidence;
  /** Why the entry applies ("query matches eventName CreateTrail; entry applies to CreateTrail"). */
  reason: string;
}

/** One catalog entry judged relevant to a rule, and whether the rule already documents it. */
export interface RelevantEntry {
  entryId: string;
  score: number;
  confidence: Confidence;
  reason: string;
  /** The documented item that covers the entry, or null when it is missing. */
  coveredBy: FalsePositiveItem | null;
  similarity: number;
}

/** How one documented item relates to the catalog. */
export interface ItemMatch {
  item: FalsePositiveItem;
  /** Best matching entry of the rule's techniques, or null below the coverage threshold. */
  entryId: string | null;
  similarity: number;
}

/** Everything the matcher concludes about one detection, computed once and shared by checks. */
export interface RuleAnalysis {
  /** Relevant entries, most relevant first, covered or not. */
  relevant: RelevantEntry[];
  /** Relevant entries not yet documented, as suggestions, most relevant first. */
  suggestions: Suggestion[];
  items: ItemMatch[];
}
