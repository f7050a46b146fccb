/**
 * The Action: inputs and event -> options -> lint -> annotations, review, check run, summary,
 * outputs. The only module that reads inputs and decides whether the job fails; everything it
 * calls is a plain module testable without a runner.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { loadCatalog } from '../catalog/load.js';
import { loadConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { SEVERITY_RANK, type Finding } from '../finding.js';
import { planAnnotations, overflowNotice, singleLine, type Annotation } from '../github/annotations.js';
import { CHECK_RUN_NAME, publishCheckRun, type PublishedCheckRun } from '../github/checks.js';
import { createGitHubClient, GitHubApiError, NoWriteAccessError, type GitHubClient } from '../github/client.js';
import { changedPaths, fetchPullRequestDiff, readGitDiff, PULL_REQUEST_FILES_MAX, type PullRequestDiff } from '../github/diff.js';
import { filterFindings } from '../github/filter.js';
import { planComments, publishReview, type ReviewOutcome } from '../github/review.js';
import { renderSummary, type BlobLinks } from '../github/summary.js';
import { entriesForTechniques, lint } from '../lint.js';
import { computeCoverage } from '../report/coverage.js';
import { renderSarif } from '../report/sarif.js';
import type { LintResult } from '../result.js';
import { VERSION } from '../version.js';
import {
  DEFAULT_CONFIG_FILE,
  parseInputs,
  pullRequestFromEvent,
  resolveMode,
  type ActionInputs,
  type FailOn,
  type PullRequestEvent,
} from './inputs.js';

const DEFAULT_TECHNIQUES = ['T1530'];

interface Runner {
  workspace: string;
  eventName: string;
  repository: string;
  sha: string;
  apiUrl: string;
  serverUrl: string;
  payload: unknown;
  hasStepSummary: boolean;
}

async function readRunner(env: NodeJS.ProcessEnv): Promise<Runner> {
  let payload: unknown = null;
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await fs.readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (error) {
      throw new ConfigError(`cannot read the event payload at GITHUB_EVENT_PATH (${(error as Error).message})`);
    }
  }
  return {
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    payload,
    hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY),
  };
}

function failing(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

function annotate(annotation: Annotation): void {
  const { level, message, file, title, startLine, endLine, startColumn, endColumn } = annotation;
  // @actions/core escapes the message and the properties, so rule text cannot inject commands.
  core[level](message, {
    title,
    file,
    startLine,
    endLine,
    ...(startColumn !== undefined ? { startColumn } : {}),
    ...(endColumn !== undefined ? { endColumn } : {}),
  });
}

function logFindings(findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  core.startGroup(`lofp-lint: ${findings.length} finding${findings.length === 1 ? '' : 's'}`);
  // Each line starts with our own word, never with text from a rule file.
  for (const f of findings) core.info(singleLine(`${f.severity}  ${f.path}:${f.line}:${f.column}  ${f.message}  [${f.check}]`));
  core.endGroup();
}

/** The pull request's diff: from git when the checkout has both commits, else from the REST API. */
async function readPullRequestDiff(runner: Runner, client: GitHubClient | null, pull: PullRequestEvent): Promise<PullRequestDiff> {
  const local = await readGitDiff(runner.workspace, pull.baseSha, pull.headSha);
  if (local) return local;
  if (!client) {
    throw new ConfigError(
      'no github-token to list the pull request\'s files, and the checkout lacks the base commit (use actions/checkout with fetch-depth: 0)',
    );
  }
  try {
    return await fetchPullRequestDiff(client, pull);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    throw new ConfigError(
      `cannot list the files of pull request #${pull.number}: ${singleLine(error.message)}. ` +
        'Grant the token `pull-requests: read`, or check out with fetch-depth: 0 so git can diff.',
    );
  }
}

/** Collects how the GitHub side went, for the log (once) and the job summary. */
class Publishing {
  readonly notes: string[] = [];
  private denied: NoWriteAccessError | null = null;

  get writeDenied(): boolean {
    return this.denied !== null;
  }

  /** Runs a write; a 403 disables later writes and is said once; other API errors become warnings. */
  async attempt<T>(what: string, send: () => Promise<T>): Promise<T | null> {
    if (this.denied) return null;
    try {
      return await send();
    } catch (error) {
      if (error instanceof NoWriteAccessError) {
        this.denied = error;
        core.info(
          singleLine(
            `lofp-lint: the token cannot write to this pull request (${error.message}); expected for pull requests ` +
              'from forks. Findings are shown as annotations and in the job summary only.',
          ),
        );
        this.notes.push('The token could not write to this pull request (a fork, or missing permissions): no review comments or check run.');
        return null;
      }
      if (error instanceof GitHubApiError) {
        core.info(singleLine(`lofp-lint: could not ${what}: ${error.message}`));
        this.notes.push(`Could not ${what} (GitHub answered HTTP ${error.status}).`);
        return null;
      }
      throw error;
    }
  }
}

function reviewNote(outcome: ReviewOutcome): string | null {
  const parts: string[] = [];
  if (outcome.posted) parts.push(`${outcome.posted} suggestion comment${outcome.posted === 1 ? '' : 's'} posted`);
  if (outcome.unchanged) parts.push(`${outcome.unchanged} already posted`);
  if (outcome.deleted) parts.push(`${outcome.deleted} outdated removed`);
  if (outcome.deferred) parts.push(`${outcome.deferred} left for the next run (at most 30 per run)`);
  return parts.length ? `Review: ${parts.join(', ')}.` : null;
}

async function writeSarif(result: LintResult, file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(renderSarif(result, {}), null, 2)}\n`);
}

async function lintAndReport(inputs: ActionInputs, runner: Runner): Promise<void> {
  const pull = pullRequestFromEvent(runner.payload, runner.repository);
  const mode = resolveMode(inputs.mode, runner.eventName, pull);
  const config = loadConfig(runner.workspace, inputs.config === DEFAULT_CONFIG_FILE ? undefined : inputs.config);
  const techniques = inputs.techniques.length ? inputs.techniques : config.techniques.length ? config.techniques : DEFAULT_TECHNIQUES;
  const catalog = loadCatalog({
    files: [...config.catalogs, ...inputs.catalogs],
    disabledEntries: config.disabledEntries,
    ...(config.source ? { disabledEntriesOrigin: config.source } : {}),
    cwd: runner.workspace,
  });
  const client = inputs.token ? createGitHubClient(inputs.token, runner.apiUrl, { log: (m) => core.info(m) }) : null;

  let diff: PullRequestDiff | null = null;
  if (mode === 'pr') {
    diff = await readPullRequestDiff(runner, client, pull!);
    core.info(
      `lofp-lint ${VERSION}: pull request #${pull!.number}, ${diff.files.size} changed file${diff.files.size === 1 ? '' : 's'} ` +
        `(from ${diff.source === 'git' ? 'git' : 'the REST API'}), filter-mode ${inputs.filterMode}`,
    );
    if (diff.truncated) {
      core.info(
        `lofp-lint: GitHub lists only the first ${PULL_REQUEST_FILES_MAX} files of a pull request; ` +
          'check out with fetch-depth: 0 so git can diff all of them.',
      );
    }
  } else {
    core.info(`lofp-lint ${VERSION}: full scan (${runner.eventName || 'no event'})`);
  }

  const result = await lint({
    root: runner.workspace,
    paths: inputs.paths.map((p) => path.resolve(runner.workspace, p)),
    techniques,
    includeDeprecated: false,
    catalog,
    config,
    ...(diff && inputs.filterMode !== 'nofilter' ? { onlyPaths: changedPaths(diff) } : {}),
  });
  const { kept, dropped } = diff ? filterFindings(result.findings, diff, inputs.filterMode) : { kept: result.findings, dropped: [] };
  const failures = failing(kept, inputs.failOn);
  logFindings(kept);

  const plan = planAnnotations(kept);
  for (const annotation of plan.shown) annotate(annotation);

  const publishing = new Publishing();
  const headSha = pull?.headSha ?? runner.sha;
  const [owner, repo] = runner.repository.split('/');
  let checkRun: PublishedCheckRun | null = null;
  if (plan.hidden.length > 0 && client && owner && repo && headSha) {
    checkRun = await publishing.attempt('create the check run', () =>
      publishCheckRun(client, {
        owner,
        repo,
        headSha,
        conclusion: failures.length ? 'failure' : kept.length ? 'neutral' : 'success',
        title: `${kept.length} finding${kept.length === 1 ? '' : 's'}`,
        summary: `${CHECK_RUN_NAME} ${VERSION}: ${failures.length} at or above fail-on "${inputs.failOn}". See the job summary for suggestions.`,
        findings: kept,
      }),
    );
  }
  if (plan.hidden.length > 0) core.notice(overflowNotice(plan.hidden.length, kept.length, checkRun?.url ?? null));

  if (mode === 'pr' && diff && client && inputs.suggestions) {
    const sources = new Map(result.detections.map((d) => [d.path, d.source.text]));
    const planned = planComments(kept, sources, diff);
    // Runs even with nothing planned: comments of earlier runs that no longer apply are removed.
    const outcome = await publishing.attempt('post the review', () => publishReview(client, pull!, planned));
    if (outcome) {
      const note = reviewNote(outcome);
      if (note) publishing.notes.push(note);
      if (outcome.rejected.length) {
        core.info(singleLine(`lofp-lint: GitHub refused ${outcome.rejected.length} request(s): ${outcome.rejected.join('; ')}`));
        publishing.notes.push('GitHub refused some review comments (HTTP 422); the suggestions are listed below.');
      }
    }
  }

  const coverage = computeCoverage(result, entriesForTechniques(catalog, techniques)).total;
  if (runner.hasStepSummary) {
    const links: BlobLinks | null = runner.repository && headSha ? { serverUrl: runner.serverUrl, repository: runner.repository, sha: headSha } : null;
    const markdown = renderSummary({
      result,
      findings: kept,
      outsideFilter: dropped.length,
      filterMode: diff ? inputs.filterMode : null,
      coverage,
      links,
      notes: publishing.notes,
    });
    await core.summary.addRaw(markdown).write();
  }

  let sarifPath = '';
  if (inputs.sarifFile) {
    sarifPath = path.resolve(runner.workspace, inputs.sarifFile);
    await writeSarif(result, sarifPath);
  }

  core.setOutput('findings', kept.length);
  core.setOutput('errors', kept.filter((f) => f.severity === 'error').length);
  core.setOutput('warnings', kept.filter((f) => f.severity === 'warning').length);
  core.setOutput('detections', result.summary.detections);
  core.setOutput('coverage', coverage.percentComplete);
  core.setOutput('sarif-file', sarifPath);

  if (failures.length > 0) {
    core.setFailed(
      `lofp-lint: ${failures.length} finding${failures.length === 1 ? '' : 's'} at or above fail-on "${inputs.failOn}"`,
    );
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const runner = await readRunner(env);
    await lintAndReport(inputs, runner);
  } catch (error) {
    if (error instanceof ConfigError) {
      core.setFailed(`lofp-lint: ${singleLine(error.message)}`);
      return;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.setFailed(`lofp-lint failed unexpectedly (please report this bug): ${detail}`);
  }
}
