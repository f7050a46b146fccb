import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SeveritySetting } from './finding.js';
import { ConfigError } from './errors.js';
import { checkConfigDocument, parseDocument } from './catalog/schema.js';
import { readProblem, readRegularFile } from './regular-file.js';

/** `.lofp.yml` at the repository root, after validation. */
export interface LintConfig {
  /** Extra catalog files. Written relative to the config file; `loadConfig` makes them absolute. */
  catalogs: string[];
  /** Severity per check id, or `off`. */
  checks: Record<string, SeveritySetting>;
  /** Globs (relative to the root) of paths never linted. */
  ignore: string[];
  /** Catalog entry ids never suggested. */
  disabledEntries: string[];
  /** Techniques to select when `--technique` is not given. */
  techniques: string[];
  /** The config file as messages name it (`.lofp.yml`); absent when no file was read. */
  source?: string;
}

export const DEFAULT_CONFIG: LintConfig = {
  catalogs: [],
  checks: {},
  ignore: [],
  disabledEntries: [],
  techniques: [],
};

/** Looked up at the root, in this order, when no config file is named. */
export const CONFIG_FILE_NAMES = ['.lofp.yml', '.lofp.yaml'] as const;

/**
 * Reads `explicitPath` (relative to `root` when not absolute), or else `.lofp.yml` / `.lofp.yaml`
 * at `root`; no file means the defaults. Throws ConfigError for a missing explicit file, two
 * default files, YAML errors and schema violations (file, JSON path, what is wrong).
 */
export function loadConfig(root: string, explicitPath?: string): LintConfig {
  let file: string;
  if (explicitPath !== undefined) {
    file = path.resolve(root, explicitPath);
    if (!existsSync(file)) throw new ConfigError(`${explicitPath}: config file not found`);
  } else {
    const found = CONFIG_FILE_NAMES.map((name) => path.join(root, name)).filter((f) => existsSync(f));
    if (found.length > 1) throw new ConfigError(`${CONFIG_FILE_NAMES.join(' and ')} both exist in ${root}: keep one`);
    if (found.length === 0) return { ...DEFAULT_CONFIG, catalogs: [], checks: {}, ignore: [], disabledEntries: [], techniques: [] };
    file = found[0]!;
  }

  const label = displayPath(root, file);
  let text: string;
  try {
    text = readRegularFile(file).toString('utf8');
  } catch (error) {
    throw new ConfigError(`${label}: cannot read the config (${readProblem(error)})`);
  }
  const document = checkConfigDocument(parseDocument(text, label), label);
  const dir = path.dirname(file);
  return {
    catalogs: (document.catalogs ?? []).map((c) => path.resolve(dir, c)),
    checks: { ...document.checks },
    ignore: [...(document.ignore ?? [])],
    disabledEntries: [...(document.disabledEntries ?? [])],
    techniques: [...(document.techniques ?? [])],
    source: label,
  };
}

function displayPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}
