/**
 * The catalog a run uses: the shipped catalogs, then the user's (config `catalogs`, then each
 * `--catalog FILE`), merged by id (a later entry with an existing id replaces it, in place), minus
 * the entry ids the config disables.
 */
import path from 'node:path';
import type { LintConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { readProblem, readRegularFile } from '../regular-file.js';
import { builtinCatalogFiles, builtinOrigin } from './builtin.js';
import { checkCatalogDocument, parseDocument, type CatalogDocument } from './schema.js';
import type { Catalog, CatalogEntry } from './types.js';

export interface LoadCatalogOptions {
  /** User catalog files (YAML or JSON), absolute or relative to `cwd`, in override order. */
  files?: string[];
  /**
   * The loaded `.lofp.yml`: its `catalogs` load before `files`, its `disabledEntries` are left
   * out (named by its `source` in messages).
   */
  config?: LintConfig;
  /** Entry ids to leave out. */
  disabledEntries?: string[];
  /** Where `disabledEntries` came from, for messages (`.lofp.yml`). */
  disabledEntriesOrigin?: string;
  /** Base of relative `files` and of the file names in messages; defaults to the process's cwd. */
  cwd?: string;
  /** Leave the shipped catalogs out (default: include them). */
  builtin?: boolean;
}

let builtinEntries: CatalogEntry[] | undefined;

/** The shipped entries; already validated when the module was generated. */
export function loadBuiltinEntries(): CatalogEntry[] {
  builtinEntries ??= builtinCatalogFiles().flatMap((file) => documentEntries(file.document, builtinOrigin(file.name)));
  return builtinEntries;
}

/** Throws ConfigError (one line: file, JSON path, problem) for an unreadable or invalid catalog. */
export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const cwd = options.cwd ?? process.cwd();
  const byId = new Map<string, CatalogEntry>();
  const add = (entries: CatalogEntry[]): void => {
    for (const entry of entries) byId.set(entry.id, entry);
  };
  if (options.builtin !== false) add(loadBuiltinEntries());
  const files = [...(options.config?.catalogs ?? []), ...(options.files ?? [])];
  for (const file of files) add(readCatalogFile(path.resolve(cwd, file), displayPath(cwd, file)));

  const disabled = [...(options.config?.disabledEntries ?? []), ...(options.disabledEntries ?? [])];
  for (const id of disabled) {
    if (!byId.has(id)) {
      const origin = options.disabledEntriesOrigin ?? options.config?.source ?? 'disabledEntries';
      throw new ConfigError(`${origin}: disabledEntries: no catalog entry has the id '${id}'`);
    }
  }
  const off = new Set(disabled);
  return { entries: [...byId.values()].filter((entry) => !off.has(entry.id)) };
}

/** Entries of a technique; a sub-technique (T1552.004) also gets its parent's (T1552). */
export function entriesFor(catalog: Catalog, technique: string): CatalogEntry[] {
  return catalog.entries.filter((e) => e.technique === technique || technique.startsWith(`${e.technique}.`));
}

/** Reads and validates one catalog file; `label` names it in messages. */
export function readCatalogFile(absolute: string, label: string): CatalogEntry[] {
  let text: string;
  try {
    text = readRegularFile(absolute).toString('utf8');
  } catch (error) {
    throw new ConfigError(`${label}: cannot read the catalog (${readProblem(error)})`);
  }
  const document = checkCatalogDocument(parseDocument(text, label), label);
  return documentEntries(document, label);
}

/** A validated document's entries, with the file's defaults applied. */
export function documentEntries(document: CatalogDocument, origin: string): CatalogEntry[] {
  return document.entries.map((entry) => {
    const insert = entry.insert ?? capitalize(entry.text);
    return {
      id: entry.id,
      // The schema requires a technique on the entry when the file has none.
      technique: (entry.technique ?? document.technique)!,
      text: entry.text,
      insert,
      short: entry.short ?? insert,
      source: {
        product: entry.source?.product ?? '',
        title: entry.source?.title ?? '',
        ruleId: entry.source?.ruleId ?? '',
        path: entry.source?.path ?? '',
        url: entry.source?.url ?? '',
      },
      appliesTo: {
        platforms: entry.appliesTo?.platforms ?? [],
        services: entry.appliesTo?.services ?? [],
        operations: entry.appliesTo?.operations ?? [],
        tools: entry.appliesTo?.tools ?? [],
        terms: entry.appliesTo?.terms ?? [],
      },
      scenario: {
        summary: entry.scenario?.summary ?? '',
        anyRule: entry.scenario?.anyRule ?? false,
        serviceWide: entry.scenario?.serviceWide ?? false,
        evidence: entry.scenario?.evidence ?? [],
        excludes: entry.scenario?.excludes ?? [],
        resourceState: entry.scenario?.resourceState ?? false,
        words: entry.scenario?.words ?? [],
      },
      theme: entry.theme ?? 'other',
      origin,
    };
  });
}

function capitalize(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** The path as the user should read it: relative to cwd when inside it, POSIX separators. */
function displayPath(cwd: string, file: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
  return shown.split(path.sep).join('/');
}
