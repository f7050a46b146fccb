/**
 * The Action: inputs and event -> options -> lint -> on a pull request: annotations, review,
 * check run, summary; in audit mode: annotations, the coverage report as the summary, report
 * files (JSON, SARIF, badge) and the tracking issue -> outputs. The only module that reads inputs
 * and decides whether the job fails; everything it calls is a plain module testable without a
 * runner.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { loadCatalog } from '../catalog/load.js';
import type { CatalogEntry } from '../catalog/types.js';
import { AUDIT_SARIF_CATEGORY, runAudit, type AuditOutcome } from '../commands/audit.js';
import { loadConfig } from '../config.js';
import type { LineSpan } from '../detection.js';
import { ConfigError } from '../errors.js';
import { SEVERITY_RANK, type Finding } from '../finding.js';
import { auditOverflowNotice, planAnnotations, overflowNotice, singleLine, type Annotation } from '../github/annotations.js';
import { CHECK_RUN_NAME, publishCheckRun, type PublishedCheckRun } from '../github/checks.js';
import {
  createGitHubClient,
  DeadlineError,
  GitHubApiError,
  NoWriteAccessError,
  UnusableAnswerError,
  type GitHubClient,
} from '../github/client.js';
import { changedPaths, fetchPullRequestDiff, readGitDiff, PULL_REQUEST_FILES_MAX, type PullRequestDiff } from '../github/diff.js';
import { filterFindings } from '../github/filter.js';
import { planComments, publishReview, type ReviewOutcome } from '../github/review.js';
import { escapeText } from '../github/markdown.js';
import { JOB_SUMMARY_MAX_BYTES, renderSummaryCounted, type BlobLinks } from '../github/summary.js';
import {
  ISSUE_LIMIT_NAME,
  ISSUE_REPORT_MAX_BYTES,
  syncTrackingIssue,
  type TrackingIssueOutcome,
} from '../github/tracking-issue.js';
import { entriesForTechniques, lint } from '../lint.js';
import { computeCoverage } from '../report/coverage.js';
import { writeJsonReport } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { writeSarif } from '../report/sarif.js';
import type { TextWriter } from '../report/writer.js';
import type { LintResult } from '../result.js';
import { VERSION } from '../version.js';
import { WriteError, writeFileAtomic } from '../write-file.js';
import { lintTree, type LintTree } from './head-tree.js';
import {
  DEFAULT_CONFIG_FILE,
  isFork,
  parseInputs,
  PULL_REQUEST_EVENTS,
  pullRequestFromEvent,
  resolveMode,
  type ActionInputs,
  type FailOn,
  type PullRequestEvent,
} from './inputs.js';

const DEFAULT_TECHNIQUES = ['T1530'];
/** Room kept at the end of an audit job summary for the lines about how the run went. */
const SUMMARY_NOTES_RESERVE_BYTES = 4 * 1024;

interface Runner {
  workspace: string;
  eventName: string;
  repository: string;
  sha: string;
  apiUrl: string;
  serverUrl: string;
  payload: unknown;
  hasStepSummary: boolean;
  /** GITHUB_RUN_ID, for links back to the workflow run; empty outside a runner. */
  runId: string;
  runAttempt: string;
}

/**
 * The event payload. A pull-request event needs it; a file that is set but unreadable or not a
 * JSON object is an error on any event (it would otherwise crash later, with a stack).
 */
async function readEventPayload(env: NodeJS.ProcessEnv, eventName: string): Promise<unknown> {
  const file = env.GITHUB_EVENT_PATH;
  const needed = PULL_REQUEST_EVENTS.has(eventName);
  if (!file) {
    if (needed) throw new ConfigError(`GITHUB_EVENT_PATH is not set; a ${eventName} event needs its payload to know the pull request`);
    return null;
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    if (!needed && code === 'ENOENT') return null;
    throw new ConfigError(`cannot read the event payload at GITHUB_EVENT_PATH ${file} (${code})`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new ConfigError(`the event payload at GITHUB_EVENT_PATH ${file} is not valid JSON`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new ConfigError(`the event payload at GITHUB_EVENT_PATH ${file} is not a JSON object`);
  }
  return payload;
}

async function readRunner(env: NodeJS.ProcessEnv): Promise<Runner> {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  return {
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    eventName,
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    payload: await readEventPayload(env, eventName),
    hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY),
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
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
    const advice =
      error instanceof UnusableAnswerError || error instanceof DeadlineError || error.status === 0 || error.status >= 500
        ? 'Nothing was linted; re-run the job, or check out with fetch-depth: 0 so git can diff.'
        : 'Grant the token `pull-requests: read`, or check out with fetch-depth: 0 so git can diff.';
    throw new ConfigError(`cannot list the files of pull request #${pull.number}: ${singleLine(error.message)}. ${advice}`);
  }
}

/** What the Action writes through the API, each with the permission it needs. */
type Capability = 'check run' | 'review' | 'tracking issue';

const PERMISSION: Readonly<Record<Capability, string>> = {
  'check run': 'checks: write',
  review: 'pull-requests: write',
  'tracking issue': 'issues: write',
};

/**
 * Collects how the GitHub side went, for the log and the job summary. Each capability degrades
 * on its own: a token without `checks: write` still posts the review, and the reverse.
 */
class Publishing {
  readonly notes: string[] = [];

  /** `fork`: the pull request comes from a fork, whose `pull_request` token is read-only. */
  constructor(private readonly fork: boolean) {}

  /** Runs a write; a refusal or an API failure is said (log and summary) and ends only this capability. */
  async attempt<T>(capability: Capability, what: string, send: () => Promise<T>): Promise<T | null> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof NoWriteAccessError) {
        const permission = PERMISSION[capability];
        const why = this.fork
          ? `a pull request from a fork gets a read-only token on \`pull_request\` events (see the README for \`pull_request_target\`)`
          : `give the job \`permissions: ${permission}\``;
        core.info(singleLine(`lofp-lint: no ${capability}: the token lacks \`${permission}\` (${error.message}); ${why}.`));
        this.notes.push(`No ${capability}: the token lacks \`${permission}\`${this.fork ? ' (a pull request from a fork)' : ''}.`);
        return null;
      }
      if (error instanceof GitHubApiError) {
        core.info(singleLine(`lofp-lint: could not ${what}: ${error.message}`));
        this.notes.push(
          error.status === 0 || error instanceof UnusableAnswerError
            ? `Could not ${what}: ${escapeText(error.detail)}.`
            : `Could not ${what} (GitHub answered HTTP ${error.status}).`,
        );
        return null;
      }
      throw error;
    }
  }
}

/**
 * Names this run's check run, so that a create retried after an ambiguous failure finds the run
 * the first attempt made instead of making a second one.
 */
function checkRunExternalId(runner: Runner): string {
  return `lofp-lint:${runner.runId || 'local'}:${runner.runAttempt || '1'}:${randomUUID()}`;
}

function reviewNote(outcome: ReviewOutcome): string | null {
  const parts: string[] = [];
  if (outcome.posted) parts.push(`${outcome.posted} suggestion comment${outcome.posted === 1 ? '' : 's'} posted`);
  if (outcome.unchanged) parts.push(`${outcome.unchanged} already posted`);
  if (outcome.deleted) parts.push(`${outcome.deleted} outdated removed`);
  if (outcome.deferred) parts.push(`${outcome.deferred} left for the next run (at most 30 per run)`);
  return parts.length ? `Review: ${parts.join(', ')}.` : null;
}

/** Writes a report file the user asked for; a path that cannot be written is their mistake. */
async function writeReport(input: string, file: string, render: (out: TextWriter) => void): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    writeFileAtomic(file, render, `${input} ${file}`);
  } catch (error) {
    if (error instanceof WriteError) throw new ConfigError(error.message);
    throw new ConfigError(`cannot write ${input} ${file}: ${(error as Error).message}`);
  }
}

/**
 * The listing of changed files was cut (GitHub lists 3,000) or ended early: rules among the
 * missing files were not linted, and the numbers must not read as the whole pull request.
 */
function truncationNote(diff: PullRequestDiff): string {
  const changed = diff.changedFiles !== undefined ? `changes ${diff.changedFiles} files` : `may change more than ${PULL_REQUEST_FILES_MAX} files`;
  return (
    `lofp-lint: the pull request ${changed}, but the GitHub API listed only ${diff.files.size} ` +
    `(it lists at most ${PULL_REQUEST_FILES_MAX}); rules in the other files were not linted, so the findings and the coverage cover part of the pull request. ` +
    'Check out with fetch-depth: 0 so git can diff every file.'
  );
}

/** The tree to lint; an API failure reading the head is the run's failure, said in one line. */
async function headTree(request: Parameters<typeof lintTree>[0]): Promise<LintTree> {
  try {
    return await lintTree(request);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    const advice =
      error.status === 403 || error.status === 404
        ? 'the token needs `contents: read`, or check out with fetch-depth: 0 so git has the head'
        : 're-run the job, or check out with fetch-depth: 0 so git has the head';
    throw new ConfigError(`cannot read the head version of the pull request's files: ${singleLine(error.message)}. Nothing was linted; ${advice}.`);
  }
}

/** What both modes report as outputs. */
interface RunOutcome {
  /** Findings reported (after the pull-request filter). */
  findings: Finding[];
  /** Documentation coverage of the linted rules, in percent. */
  coverage: number;
  sarifPath: string;
  reportPath: string;
  badgePath: string;
  issueUrl: string;
}

interface Linted {
  inputs: ActionInputs;
  runner: Runner;
  result: LintResult;
  entries: CatalogEntry[];
  client: GitHubClient | null;
}

async function reportPullRequest(linted: Linted, pull: PullRequestEvent, diff: PullRequestDiff): Promise<RunOutcome> {
  const { inputs, runner, result, entries, client } = linted;
  const rules = new Map<string, LineSpan[]>();
  for (const d of result.detections) rules.set(d.path, [...(rules.get(d.path) ?? []), d.span]);
  const { kept, dropped } = filterFindings(result.findings, diff, inputs.filterMode, rules);
  const failures = failing(kept, inputs.failOn);
  logFindings(kept);

  const plan = planAnnotations(kept);
  for (const annotation of plan.shown) annotate(annotation);

  const publishing = new Publishing(isFork(pull));
  if (diff.truncated) publishing.notes.push(`**Incomplete:** ${escapeText(truncationNote(diff).replace(/^lofp-lint: /, ''))}`);
  const [owner, repo] = runner.repository.split('/');
  let checkRun: PublishedCheckRun | null = null;
  if (plan.hidden.length > 0 && client && owner && repo) {
    checkRun = await publishing.attempt('check run', 'create the check run', () =>
      publishCheckRun(client, {
        owner,
        repo,
        headSha: pull.headSha,
        conclusion: failures.length ? 'failure' : kept.length ? 'neutral' : 'success',
        title: `${kept.length} finding${kept.length === 1 ? '' : 's'}`,
        summary: `${CHECK_RUN_NAME} ${VERSION}: ${failures.length} at or above fail-on "${inputs.failOn}". See the job summary for suggestions.`,
        findings: kept,
      }, checkRunExternalId(runner)),
    );
  }

  if (client && inputs.suggestions) {
    const sources = new Map(result.detections.map((d) => [d.path, d.source.text]));
    const planned = planComments(kept, sources, diff);
    // Runs even with nothing planned: comments of earlier runs that no longer apply are removed.
    const outcome = await publishing.attempt('review', 'post the review', () => publishReview(client, pull, planned));
    if (outcome) {
      const note = reviewNote(outcome);
      if (note) publishing.notes.push(note);
      if (outcome.rejected.length) {
        core.info(singleLine(`lofp-lint: GitHub refused ${outcome.rejected.length} request(s): ${outcome.rejected.join('; ')}`));
        publishing.notes.push('GitHub refused some review comments (HTTP 422); the suggestions are listed below.');
      }
    }
  }

  const coverage = computeCoverage(result, entries).total;
  let summaryListed: number | null = null;
  if (runner.hasStepSummary) {
    const links: BlobLinks | null = runner.repository ? { serverUrl: runner.serverUrl, repository: runner.repository, sha: pull.headSha } : null;
    const summary = renderSummaryCounted({
      result,
      findings: kept,
      outsideFilter: dropped.length,
      filterMode: inputs.filterMode,
      coverage,
      links,
      notes: publishing.notes,
    });
    summaryListed = summary.findingsListed;
    await core.summary.addRaw(summary.markdown).write();
  }

  let sarifPath = '';
  if (inputs.sarifFile) {
    sarifPath = path.resolve(runner.workspace, inputs.sarifFile);
    await writeReport('sarif-file', sarifPath, (out) => writeSarif(out, result, {}));
  }
  if (plan.hidden.length > 0) {
    core.notice(
      overflowNotice(plan.hidden.length, kept.length, {
        checkRun: checkRun ? { url: checkRun.url, findings: checkRun.annotations } : null,
        summary: summaryListed,
        sarifFile: inputs.sarifFile,
      }),
    );
  }
  return { findings: kept, coverage: coverage.percentComplete, sarifPath, reportPath: '', badgePath: '', issueUrl: '' };
}

/**
 * The baseline to compare with, or null when none was asked for or the file is not there yet:
 * on the first run of a workflow that restores it from a cache or an artifact, that is normal.
 */
async function baselineFile(inputs: ActionInputs, workspace: string): Promise<string | null> {
  if (!inputs.baseline) return null;
  const file = path.resolve(workspace, inputs.baseline);
  try {
    await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      core.info(singleLine(`lofp-lint: no baseline at ${inputs.baseline} yet (normal on a first run); this report shows no trend.`));
      return null;
    }
    // Other failures (permissions...) are reported by the baseline reader, with the file's name.
  }
  return file;
}

function trackingIssueNote(outcome: TrackingIssueOutcome): string {
  if (outcome.action === 'none' || outcome.number === null || outcome.url === null) {
    return 'No tracking issue: every rule documents its false positives completely.';
  }
  // Our own issue: a cross-reference from the summary is fine, so the number is not escaped.
  const issue = `[#${outcome.number}](${outcome.url})`;
  switch (outcome.action) {
    case 'created':
      return `Tracking issue ${issue} opened.`;
    case 'closed':
      return `Tracking issue ${issue} closed: every rule documents its false positives completely.`;
    case 'reopened':
      return `Tracking issue ${issue} reopened: coverage dropped below 100%.`;
    case 'updated':
    case 'unchanged':
      return `Tracking issue ${issue} ${outcome.action === 'updated' ? 'updated' : 'already current'}${outcome.keptClosed ? ' (closed as not planned, so left closed)' : ''}.`;
  }
}

/** The issue body's report: the audit Markdown within the issue limit, and where it came from. */
function issueReport(linted: Linted, audit: AuditOutcome, linkBase: string | undefined): string {
  const { runner, result } = linted;
  const markdown = renderMarkdown(result, audit.coverage, {
    ...(audit.baseline ? { baseline: audit.baseline } : {}),
    ...(linkBase ? { linkBase } : {}),
    maxBytes: ISSUE_REPORT_MAX_BYTES,
    limitName: ISSUE_LIMIT_NAME,
  });
  const run =
    runner.runId && runner.repository
      ? ` by [workflow run ${runner.runId}](${runner.serverUrl}/${runner.repository}/actions/runs/${encodeURIComponent(runner.runId)})`
      : '';
  return `${markdown}\n---\n\n_Kept current by lofp-lint ${VERSION}${run}: closed when every rule documents its false positives, reopened when one no longer does._\n`;
}

async function reportAudit(linted: Linted): Promise<RunOutcome> {
  const { inputs, runner, result, entries, client } = linted;
  const findings = result.findings;
  logFindings(findings);
  const plan = planAnnotations(findings);
  for (const annotation of plan.shown) annotate(annotation);
  if (plan.hidden.length > 0) core.notice(auditOverflowNotice(plan.hidden.length, findings.length, inputs.sarifFile));

  const linkBase = runner.repository && runner.sha ? `${runner.serverUrl}/${runner.repository}/blob/${runner.sha}/` : undefined;
  const baselinePath = await baselineFile(inputs, runner.workspace);
  const badgePath = inputs.badgeFile ? path.resolve(runner.workspace, inputs.badgeFile) : '';
  const audit = await runAudit(result, entries, {
    format: 'markdown',
    ...(baselinePath ? { baselinePath } : {}),
    ...(badgePath ? { badgePath } : {}),
    ...(linkBase ? { linkBase } : {}),
    maxBytes: JOB_SUMMARY_MAX_BYTES - SUMMARY_NOTES_RESERVE_BYTES,
  });

  let reportPath = '';
  if (inputs.reportFile) {
    reportPath = path.resolve(runner.workspace, inputs.reportFile);
    // Without the baseline diff: the file is the next run's baseline, a snapshot of this one.
    await writeReport('report-file', reportPath, (out) => writeJsonReport(out, result, { coverage: audit.coverage }));
  }
  let sarifPath = '';
  if (inputs.sarifFile) {
    sarifPath = path.resolve(runner.workspace, inputs.sarifFile);
    await writeReport('sarif-file', sarifPath, (out) => writeSarif(out, result, { category: AUDIT_SARIF_CATEGORY }));
  }

  const publishing = new Publishing(false);
  let issueUrl = '';
  if (inputs.auditIssue) {
    const [owner, repo] = runner.repository.split('/');
    if (!client) throw new ConfigError('input "audit-issue" needs a github-token with issues: write');
    if (!owner || !repo) throw new ConfigError(`input "audit-issue" needs GITHUB_REPOSITORY as owner/name; it is "${runner.repository}"`);
    const outcome = await publishing.attempt('tracking issue', 'update the tracking issue', () =>
      syncTrackingIssue(client, {
        owner,
        repo,
        techniques: result.techniques,
        percentComplete: audit.coverage.total.percentComplete,
        report: issueReport(linted, audit, linkBase),
      }),
    );
    if (outcome) {
      const where = outcome.number !== null ? ` #${outcome.number} ${outcome.url ?? ''}` : '';
      core.info(singleLine(`lofp-lint: tracking issue${where}: ${outcome.action}${outcome.keptClosed ? ' (closed as not planned, left closed)' : ''}`));
      publishing.notes.push(trackingIssueNote(outcome));
      issueUrl = outcome.state === 'open' ? (outcome.url ?? '') : '';
    }
  }

  if (runner.hasStepSummary) {
    const notes = publishing.notes.length ? `\n${publishing.notes.join('\n\n')}\n` : '';
    await core.summary.addRaw(`${audit.output}${notes}`).write();
  }
  return { findings, coverage: audit.coverage.total.percentComplete, sarifPath, reportPath, badgePath, issueUrl };
}

async function lintAndReport(inputs: ActionInputs, runner: Runner, workerEntry: URL | undefined): Promise<void> {
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
  const client = inputs.token
    ? await createGitHubClient(inputs.token, runner.apiUrl, {
        log: (m) => core.info(singleLine(m)),
        requestTimeoutMs: inputs.apiTimeoutMs,
        deadlineMs: inputs.apiDeadlineMs,
      })
    : null;

  let diff: PullRequestDiff | null = null;
  if (mode === 'pr') {
    diff = await readPullRequestDiff(runner, client, pull!);
    core.info(
      `lofp-lint ${VERSION}: pull request #${pull!.number}, ${diff.files.size} changed file${diff.files.size === 1 ? '' : 's'} ` +
        `(from ${diff.source === 'git' ? 'git' : 'the REST API'}), filter-mode ${inputs.filterMode}`,
    );
    if (diff.truncated) core.warning(truncationNote(diff));
  } else {
    core.info(`lofp-lint ${VERSION}: full scan (${runner.eventName || 'no event'})`);
  }

  const tree: LintTree = diff
    ? await headTree({
        workspace: runner.workspace,
        runSha: runner.sha,
        headSha: pull!.headSha,
        diff,
        paths: inputs.paths,
        wholeTree: inputs.filterMode === 'nofilter',
        client,
        repo: { owner: pull!.owner, repo: pull!.repo },
      })
    : { root: runner.workspace, head: null, checkedOut: null, dispose: () => {} };
  let result: LintResult;
  try {
    if (tree.head) {
      const holds = runner.eventName === 'pull_request_target' ? 'the base branch' : 'the merge commit';
      core.info(
        `lofp-lint: the workspace holds ${tree.checkedOut!.slice(0, 7)} (${holds}), not the pull request's head ${pull!.headSha.slice(0, 7)}: ` +
          `linting the head version of ${tree.head.texts.size} changed rule file${tree.head.texts.size === 1 ? '' : 's'}, read from ` +
          `${tree.head.source === 'git' ? 'git' : 'the REST API'}; config and catalogs from the workspace.`,
      );
    }
    // In the head tree, paths and the config's folder point to the same places as in the workspace.
    const inTree = (p: string) => path.join(tree.root, path.relative(runner.workspace, p));
    const paths = inputs.paths.map((p) => inTree(path.resolve(runner.workspace, p)));
    result = await lint({
      root: tree.root,
      paths: tree.head ? paths.filter((p) => existsSync(p)) : paths,
      techniques,
      includeDeprecated: false,
      catalog,
      config: tree.head && config.dir ? { ...config, dir: inTree(config.dir) } : config,
      // Runners are dedicated machines: every CPU may lint.
      jobs: Math.min(availableParallelism(), 4),
      ...(workerEntry ? { workerEntry } : {}),
      ...(diff && inputs.filterMode !== 'nofilter' ? { onlyPaths: changedPaths(diff) } : {}),
    });
  } finally {
    tree.dispose();
  }
  if (tree.head?.skipped.length) {
    result.skipped.push(...tree.head.skipped);
    result.summary.skipped += tree.head.skipped.length;
  }
  const linted: Linted = { inputs, runner, result, entries: entriesForTechniques(catalog, techniques), client };
  const outcome = diff ? await reportPullRequest(linted, pull!, diff) : await reportAudit(linted);
  const { findings } = outcome;
  const failures = failing(findings, inputs.failOn);

  core.setOutput('findings', findings.length);
  core.setOutput('errors', findings.filter((f) => f.severity === 'error').length);
  core.setOutput('warnings', findings.filter((f) => f.severity === 'warning').length);
  core.setOutput('detections', result.summary.detections);
  core.setOutput('coverage', outcome.coverage);
  core.setOutput('sarif-file', outcome.sarifPath);
  core.setOutput('report-file', outcome.reportPath);
  core.setOutput('badge-file', outcome.badgePath);
  core.setOutput('issue-url', outcome.issueUrl);
  core.setOutput('truncated', diff?.truncated ? 'true' : 'false');

  if (failures.length > 0) {
    core.setFailed(
      `lofp-lint: ${failures.length} finding${failures.length === 1 ? '' : 's'} at or above fail-on "${inputs.failOn}"`,
    );
  }
}

/** `workerEntry`: the running bundle, which lint worker threads start from (none: no workers). */
export async function run(env: NodeJS.ProcessEnv = process.env, options: { workerEntry?: URL } = {}): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const runner = await readRunner(env);
    await lintAndReport(inputs, runner, options.workerEntry);
  } catch (error) {
    if (error instanceof ConfigError) {
      core.setFailed(`lofp-lint: ${singleLine(error.message)}`);
      return;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.setFailed(`lofp-lint failed unexpectedly (please report this bug): ${detail}`);
  }
}
