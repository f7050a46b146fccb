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
/** Defaults of `api-timeout` and `api-deadline` (action.yml states the same). */
export const DEFAULT_API_TIMEOUT_SECONDS = 30;
export const DEFAULT_API_DEADLINE_SECONDS = 600;

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
  /** Milliseconds one API request may take (input `api-timeout`, in seconds). */
  apiTimeoutMs: number;
  /** Milliseconds all API requests of the run may take together (input `api-deadline`, in seconds). */
  apiDeadlineMs: number;
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

/** A duration in seconds (decimals allowed), as milliseconds. */
function seconds(name: string, value: string, fallbackSeconds: number): number {
  const v = value.trim();
  if (v === '') return fallbackSeconds * 1000;
  const n = /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
  if (!(n > 0) || n > 86_400) throw new ConfigError(`input "${name}" is "${v}"; expected a number of seconds above 0 (at most 86400)`);
  return Math.round(n * 1000);
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
    apiTimeoutMs: seconds('api-timeout', read('api-timeout'), DEFAULT_API_TIMEOUT_SECONDS),
    apiDeadlineMs: seconds('api-deadline', read('api-deadline'), DEFAULT_API_DEADLINE_SECONDS),
  };
}

/** The pull request a run is about, from the event payload. */
export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  /** `owner/name` of the head repository; another name than the base's is a fork. */
  headRepository: string | null;
  /** `pull_request.changed_files`: how many files the pull request changes. */
  changedFiles: number | null;
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
  const headRef = pr.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined;
  const head = str(headRef?.sha);
  const base = str((pr.base as { sha?: unknown } | undefined)?.sha);
  const [owner, repo] = repository.split('/');
  if (typeof pr.number !== 'number' || !head || !base || !owner || !repo) return null;
  const changed = pr.changed_files;
  return {
    owner,
    repo,
    number: pr.number,
    headSha: head,
    baseSha: base,
    headRepository: str(headRef?.repo?.full_name),
    changedFiles: typeof changed === 'number' && Number.isInteger(changed) && changed >= 0 ? changed : null,
  };
}

/** True when the pull request comes from another repository (its token is read-only on `pull_request`). */
export function isFork(pull: PullRequestEvent): boolean {
  return pull.headRepository !== null && pull.headRepository.toLowerCase() !== `${pull.owner}/${pull.repo}`.toLowerCase();
}

/**
 * `auto` is `pr` on pull-request events, `audit` otherwise. A pull-request event whose payload
 * holds no usable pull request is an error: a silent full scan would report on the wrong thing.
 */
export function resolveMode(mode: Mode, eventName: string, pull: PullRequestEvent | null): 'pr' | 'audit' {
  if (mode === 'audit') return 'audit';
  if (mode === 'pr' || PULL_REQUEST_EVENTS.has(eventName)) {
    if (pull) return 'pr';
    throw new ConfigError(
      PULL_REQUEST_EVENTS.has(eventName)
        ? `the ${eventName} event payload (GITHUB_EVENT_PATH) holds no pull request with number, head.sha and base.sha`
        : `mode "pr" needs a pull_request event; this run was triggered by "${eventName}"`,
    );
  }
  return 'audit';
}
