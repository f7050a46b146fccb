import type { FalsePositiveItem } from '../detection.js';

export type Confidence = 'high' | 'medium';

/** A catalog entry proposed for a rule; the JSON contract of `findings[].suggestions[]`. */
export interface Suggestion {
  id: string;
  /** The catalog text verbatim. */
  text: string;
  /** The text a fix writes into the rule. */
  insert: string;
  /** The one-line form a fix writes into list-style fields (Sigma `falsepositives`); `insert` when absent. */
  short?: string;
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
/** An entry the rule's subject admits but its own evidence rules out, and why. */
export interface ExcludedEntryReason {
  entryId: string;
  reason: string;
}

export interface RuleAnalysis {
  /** Relevant entries, most relevant first, covered or not. */
  relevant: RelevantEntry[];
  /** Entries left out because the rule contradicts their scenario. */
  excluded: ExcludedEntryReason[];
  /** Relevant entries not yet documented, as suggestions, most relevant first. */
  suggestions: Suggestion[];
  items: ItemMatch[];
}
