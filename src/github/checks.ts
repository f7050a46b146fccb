/**
 * A check run that carries every finding as an annotation, for when workflow annotations would
 * leave some out. Needs `checks: write`.
 */
import type { Finding } from '../finding.js';
import { annotationMessage, compareBySeverity } from './annotations.js';
import type { GitHubClient } from './client.js';
import { is, isObject, record } from './shape.js';

/**
 * "The Checks API limits the number of annotations to a maximum of 50 per API request. To create
 * more than 50 annotations, you have to make multiple requests to the Update a check run
 * endpoint. Each time you update the check run, annotations are appended"
 * (docs.github.com/rest/checks/runs#create-a-check-run).
 */
export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
/** `output.summary` and `output.text`: "Maximum length: 65535 characters" (same page). */
export const CHECK_RUN_TEXT_MAX_CHARS = 65_535;
/** Annotation `title`: "The maximum size is 255 characters" (same page). */
export const CHECK_ANNOTATION_TITLE_MAX_CHARS = 255;
/** Annotation `message`: "The maximum size is 64 KB" (same page). */
export const CHECK_ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024;

/**
 * Annotations one check run carries. Each 50 cost one write, and writes are paced (about one a
 * second past a burst of ten): 500 keep a run within ten writes. Findings past them are in the
 * job summary and the SARIF file, and the overflow notice says so.
 */
export const CHECK_RUN_ANNOTATIONS_MAX = 500;

export const CHECK_RUN_NAME = 'lofp-lint';

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

const LEVEL: Readonly<Record<Finding['severity'], CheckAnnotation['annotation_level']>> = {
  error: 'failure',
  warning: 'warning',
  note: 'notice',
};

/** `text` cut to `max` UTF-16 units with an ellipsis. */
export function truncateChars(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let cut = Buffer.from(text, 'utf8').subarray(0, maxBytes - 3).toString('utf8');
  // A multi-byte character split at the cut decodes to U+FFFD: drop it.
  cut = cut.replace(/\uFFFD$/, '');
  return `${cut}…`;
}

export function checkAnnotationFor(finding: Finding): CheckAnnotation {
  const endLine = Math.max(finding.line, finding.endLine);
  const oneLine = endLine === finding.line;
  return {
    path: finding.path,
    start_line: finding.line,
    end_line: endLine,
    // Columns are only accepted when the annotation starts and ends on the same line.
    ...(oneLine ? { start_column: finding.column } : {}),
    ...(oneLine && finding.endColumn !== undefined ? { end_column: finding.endColumn } : {}),
    annotation_level: LEVEL[finding.severity],
    title: truncateChars(finding.check, CHECK_ANNOTATION_TITLE_MAX_CHARS),
    message: truncateBytes(annotationMessage(finding), CHECK_ANNOTATION_MESSAGE_MAX_BYTES),
  };
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  /** The pull request's head commit: the check shows on the pull request. */
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown; cut to the API limit. */
  summary: string;
  findings: readonly Finding[];
}

export interface PublishedCheckRun {
  id: number;
  url: string;
  /** Findings in the check run (the most severe first, at most CHECK_RUN_ANNOTATIONS_MAX). */
  annotations: number;
}

interface CreatedCheckRun {
  id: number;
  html_url: string;
  external_id?: string | null;
  output?: { annotations_count?: number };
}

const isCheckRun = record<CreatedCheckRun>({ id: is.id, html_url: is.string });
const isCheckRunList = (value: unknown): value is { check_runs: CreatedCheckRun[] } =>
  isObject(value) && Array.isArray(value.check_runs) && value.check_runs.every((run) => isCheckRun(run));

/**
 * Creates a completed check run with the first 50 annotations, then appends the rest 50 at a time.
 * Both writes create something each time GitHub processes them, so after an ambiguous failure
 * they are retried only when GitHub shows no effect: the run is found again by its `external_id`,
 * an append by the run's annotation count.
 */
export async function publishCheckRun(client: GitHubClient, request: CheckRunRequest, externalId: string): Promise<PublishedCheckRun> {
  const annotations = [...request.findings].sort(compareBySeverity).slice(0, CHECK_RUN_ANNOTATIONS_MAX).map(checkAnnotationFor);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + CHECK_RUN_ANNOTATIONS_PER_REQUEST));
  }
  const output = {
    title: truncateChars(request.title, CHECK_RUN_TEXT_MAX_CHARS),
    summary: truncateChars(request.summary, CHECK_RUN_TEXT_MAX_CHARS),
  };
  const repo = { owner: request.owner, repo: request.repo };
  const created = await client.request<CreatedCheckRun>(
    'POST /repos/{owner}/{repo}/check-runs',
    {
      ...repo,
      name: CHECK_RUN_NAME,
      head_sha: request.headSha,
      external_id: externalId,
      status: 'completed',
      conclusion: request.conclusion,
      output: { ...output, annotations: batches[0] ?? [] },
    },
    {
      valid: isCheckRun,
      what: 'a check run',
      verify: async () => {
        const listed = await client.request(
          'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
          { ...repo, ref: request.headSha, check_name: CHECK_RUN_NAME, filter: 'all', per_page: 100 },
          { valid: isCheckRunList, what: 'a list of check runs' },
        );
        return listed.check_runs.find((run) => run.external_id === externalId) ?? null;
      },
    },
  );
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    const expected = sent + batch.length;
    await client.request(
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      { ...repo, check_run_id: created.id, output: { ...output, annotations: batch } },
      {
        valid: isCheckRun,
        what: 'a check run',
        verify: async () => {
          const run = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: created.id }, {
            valid: isCheckRun,
            what: 'a check run',
          });
          return (run.output?.annotations_count ?? 0) >= expected ? run : null;
        },
      },
    );
    sent = expected;
  }
  return { id: created.id, url: created.html_url, annotations: annotations.length };
}
