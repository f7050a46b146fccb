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
  /** Gitignore-style patterns, relative to `dir`, of paths never linted. */
  ignore: string[];
  /** Catalog entry ids never suggested. */
  disabledEntries: string[];
  /** Techniques to select when `--technique` is not given. */
  techniques: string[];
  /** The config file as messages name it (`.lofp.yml`); absent when no file was read. */
  source?: string;
  /** The absolute folder of the config file: `ignore` and `catalogs` are relative to it. */
  dir?: string;
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
 * The folders a config file is looked up in, nearest first: `start` and its parents up to the
 * repository root (the nearest folder holding `.git`); only `start` outside a repository, so
 * that a stray file in a home folder never configures a run.
 */
export function configSearchDirs(start: string): string[] {
  const dirs: string[] = [];
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (existsSync(path.join(dir, '.git'))) return dirs;
    if (path.dirname(dir) === dir) return [path.resolve(start)];
  }
}

/**
 * Reads `explicitPath` (relative to `root` when not absolute), or else the nearest `.lofp.yml` /
 * `.lofp.yaml` from `root` up to the repository root; no file means the defaults. Throws
 * ConfigError for a missing explicit file, two default files in one folder, YAML errors and
 * schema violations (file, JSON path, what is wrong).
 */
export function loadConfig(root: string, explicitPath?: string): LintConfig {
  let file: string | undefined;
  if (explicitPath !== undefined) {
    file = path.resolve(root, explicitPath);
    if (!existsSync(file)) throw new ConfigError(`${explicitPath}: config file not found`);
  } else {
    for (const dir of configSearchDirs(root)) {
      const found = CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).filter((f) => existsSync(f));
      if (found.length > 1) throw new ConfigError(`${CONFIG_FILE_NAMES.join(' and ')} both exist in ${dir}: keep one`);
      file = found[0];
      if (file) break;
    }
    if (file === undefined) return { ...DEFAULT_CONFIG, catalogs: [], checks: {}, ignore: [], disabledEntries: [], techniques: [] };
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
    dir,
  };
}

function displayPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  const shown = relative && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}
