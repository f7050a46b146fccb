/**
 * The Action's inputs and event, validated: a wrong value is a ConfigError with one clear line.
 * main.ts reads the raw values (core.getInput, the event file) and hands them here.
 */
import { ConfigError } from '../errors.js';
import { FILTER_MODES, type FilterMode } from '../github/filter.js';

export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const MODES = ['auto', 'pr', 'audit'] as const;
export type Mode = (typeof MODES)[number];

/** Events whose payload carries the pull request the run is about. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

export const DEFAULT_CONFIG_FILE = '.lofp.yml';

export interface ActionInputs {
  /** Files or folders to lint, relative to the workspace. */
  paths: string[];
  /** Empty: the config's `techniques`, else T1530. */
  techniques: string[];
  /** Extra catalog files, relative to the workspace. */
  catalogs: string[];
  /** Config file, relative to the workspace. */
  config: string;
  failOn: FailOn;
  filterMode: FilterMode;
  suggestions: boolean;
  token: string;
  /** Where to write SARIF, relative to the workspace; null when not wanted. */
  sarifFile: string | null;
  mode: Mode;
  /** Audit mode: a previous JSON report to compare with, relative to the workspace; null when not wanted. */
  baseline: string | null;
  /** Audit mode: where to write the JSON report with coverage (the next run's baseline). */
  reportFile: string | null;
  /** Audit mode: where to write the shields.io endpoint JSON. */
  badgeFile: string | null;
  /** Audit mode: keep one tracking issue with the report. */
  auditIssue: boolean;
}

/** Reads one input as the runner passes it (empty when unset). */
export type InputReader = (name: string) => string;

/** One item per line (paths may contain spaces and commas). */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(`input "${name}" is "${v}"; expected one of ${allowed.join(', ')}`);
}

/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function boolean(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError(`input "${name}" is "${v}"; expected true or false`);
}

/** A path input; null when empty. */
function optionalPath(value: string): string | null {
  const v = value.trim();
  return v === '' ? null : v;
}

export function parseInputs(read: InputReader): ActionInputs {
  const paths = lines(read('paths'));
  const techniques = read('technique')
    .split(/[\s,]+/)
    .filter((t) => t !== '');
  return {
    paths: paths.length ? paths : ['.'],
    techniques,
    catalogs: lines(read('catalog')),
    config: read('config').trim() || DEFAULT_CONFIG_FILE,
    failOn: oneOf('fail-on', read('fail-on'), FAIL_ON, 'error'),
    filterMode: oneOf('filter-mode', read('filter-mode'), FILTER_MODES, 'added'),
    suggestions: boolean('suggestions', read('suggestions'), true),
    token: read('github-token').trim(),
    sarifFile: optionalPath(read('sarif-file')),
    mode: oneOf('mode', read('mode'), MODES, 'auto'),
    baseline: optionalPath(read('baseline')),
    reportFile: optionalPath(read('report-file')),
    badgeFile: optionalPath(read('badge-file')),
    auditIssue: boolean('audit-issue', read('audit-issue'), false),
  };
}

/** The pull request a run is about, from the event payload. */
export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The pull request of a `pull_request`/`pull_request_target` payload, or null. `repository` is
 * GITHUB_REPOSITORY (`owner/name`): the base repository, where the pull request lives.
 */
export function pullRequestFromEvent(payload: unknown, repository: string): PullRequestEvent | null {
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request;
  if (typeof pr !== 'object' || pr === null) return null;
  const head = str((pr.head as { sha?: unknown } | undefined)?.sha);
  const base = str((pr.base as { sha?: unknown } | undefined)?.sha);
  const [owner, repo] = repository.split('/');
  if (typeof pr.number !== 'number' || !head || !base || !owner || !repo) return null;
  return { owner, repo, number: pr.number, headSha: head, baseSha: base };
}

/** `auto` is `pr` on pull-request events that carry a pull request, `audit` otherwise. */
export function resolveMode(mode: Mode, eventName: string, pull: PullRequestEvent | null): 'pr' | 'audit' {
  if (mode === 'pr') {
    if (!pull) throw new ConfigError(`mode "pr" needs a pull_request event; this run was triggered by "${eventName}"`);
    return 'pr';
  }
  if (mode === 'audit') return 'audit';
  return PULL_REQUEST_EVENTS.has(eventName) && pull ? 'pr' : 'audit';
}
