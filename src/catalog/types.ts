/** The catalog of documented false positives, per ATT&CK technique. */
export interface CatalogSource {
  product: string;
  title: string;
  ruleId: string;
  path: string;
  url: string;
}

/** What makes an entry relevant to a rule; all values lower case. */
export interface AppliesTo {
  platforms: string[];
  services: string[];
  /** API / event names, lower case (`createtrail`, `putbucketpolicy`). */
  operations: string[];
  tools: string[];
  terms: string[];
}

/**
 * What makes an entry specific beyond platform, service and operation (see catalog/README.md):
 * the benign actor, tool or mechanism it assumes, the evidence a rule must show for it, and what
 * rules it out. Phrases are lower case.
 */
export interface Scenario {
  summary: string;
  /** Every rule that selects one of the entry's operations meets the scenario. */
  anyRule: boolean;
  /** Also a note for rules that watch the service without selecting operations, or only reads. */
  serviceWide: boolean;
  evidence: string[];
  excludes: string[];
  /** Also applies to configuration policies that evaluate resource state. */
  resourceState: boolean;
  /** Other words authors use for the scenario (for coverage). */
  words: string[];
}

export interface CatalogEntry {
  /** Stable kebab-case id, unique across all loaded catalogs. */
  id: string;
  /** Normalized technique id (`T1530`). */
  technique: string;
  /** The text exactly as the catalog source publishes it. */
  text: string;
  /** The sentence as a rule author would write it: what a fix inserts. */
  insert: string;
  /** One line of at most 100 characters, for list-style fields (Sigma `falsepositives`). */
  short: string;
  source: CatalogSource;
  appliesTo: AppliesTo;
  scenario: Scenario;
  theme: string;
  /** The catalog file the entry was loaded from (`builtin:T1530.yml` for shipped ones). */
  origin: string;
}

export interface Catalog {
  entries: CatalogEntry[];
}
