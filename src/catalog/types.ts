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

export interface CatalogEntry {
  /** Stable kebab-case id, unique across all loaded catalogs. */
  id: string;
  /** Normalized technique id (`T1530`). */
  technique: string;
  /** The text exactly as the catalog source publishes it. */
  text: string;
  /** The sentence as a rule author would write it: what a fix inserts. */
  insert: string;
  source: CatalogSource;
  appliesTo: AppliesTo;
  theme: string;
  /** The catalog file the entry was loaded from (`builtin:T1530.yml` for shipped ones). */
  origin: string;
}

export interface Catalog {
  entries: CatalogEntry[];
}
