import type { SeveritySetting } from './finding.js';

/** `.lofp.yml` at the repository root, after validation. */
export interface LintConfig {
  /** Extra catalog files, relative to the config file. */
  catalogs: string[];
  /** Severity per check id, or `off`. */
  checks: Record<string, SeveritySetting>;
  /** Globs (relative to the root) of paths never linted. */
  ignore: string[];
  /** Catalog entry ids never suggested. */
  disabledEntries: string[];
  /** Techniques to select when `--technique` is not given. */
  techniques: string[];
}

export const DEFAULT_CONFIG: LintConfig = {
  catalogs: [],
  checks: {},
  ignore: [],
  disabledEntries: [],
  techniques: [],
};
