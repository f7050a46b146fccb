import { describe, expect, it } from 'vitest';
import {
  CHECK_RUN_ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_TEXT_MAX_CHARS,
  checkAnnotationFor,
  publishCheckRun,
  truncateChars,
} from '../../src/github/checks.js';
import { clientFrom, type GitHubClient } from '../../src/github/client.js';
import { finding } from './helpers.js';

function recordingClient() {
  const requests: [string, Record<string, unknown>][] = [];
  const client: GitHubClient = {
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
      requests.push([route, params]);
      return { id: 77, html_url: 'https://github.com/o/r/runs/77' } as T;
    },
    async paginate<T>(): Promise<T[]> {
      return [];
    },
  };
  return { client, requests };
}

describe('checkAnnotationFor', () => {
  it('maps severity to the Checks API levels and keeps columns on one line only', () => {
    expect(checkAnnotationFor(finding({ line: 2, endLine: 2, column: 3, endColumn: 8 }))).toEqual({
      path: 'rules/a.yml',
      start_line: 2,
      end_line: 2,
      start_column: 3,
      end_column: 8,
      annotation_level: 'failure',
      title: 'missing-false-positives',
      message: '"A" documents no false positives',
    });
    const multi = checkAnnotationFor(finding({ severity: 'note', line: 2, endLine: 4, column: 3 }));
    expect([multi.annotation_level, multi.start_column, multi.end_line]).toEqual(['notice', undefined, 4]);
    expect(checkAnnotationFor(finding({ severity: 'warning' })).annotation_level).toBe('warning');
  });
});

describe('publishCheckRun', () => {
  it('creates the run with 50 annotations and appends the rest 50 at a time, most severe first', async () => {
    const { client, requests } = recordingClient();
    const findings = [
      ...Array.from({ length: 70 }, (_, i) => finding({ severity: 'warning', line: i + 1, endLine: i + 1 })),
      ...Array.from({ length: 50 }, (_, i) => finding({ severity: 'error', line: i + 1, endLine: i + 1 })),
    ];
    const run = await publishCheckRun(client, {
      owner: 'o',
      repo: 'r',
      headSha: 'abc',
      conclusion: 'failure',
      title: '120 findings',
      summary: 'x'.repeat(CHECK_RUN_TEXT_MAX_CHARS + 10),
      findings,
    }, 'ext-1');
    expect(run).toEqual({ id: 77, url: 'https://github.com/o/r/runs/77', annotations: 120 });
    expect(requests.map(([route]) => route)).toEqual([
      'POST /repos/{owner}/{repo}/check-runs',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    ]);
    const batches = requests.map(([, p]) => (p.output as { annotations: { annotation_level: string }[] }).annotations);
    expect(batches.map((b) => b.length)).toEqual([CHECK_RUN_ANNOTATIONS_PER_REQUEST, 50, 20]);
    expect(batches[0]!.every((a) => a.annotation_level === 'failure')).toBe(true);
    const created = requests[0]![1];
    expect([created.name, created.head_sha, created.status, created.conclusion]).toEqual(['lofp-lint', 'abc', 'completed', 'failure']);
    expect((created.output as { summary: string }).summary.length).toBe(CHECK_RUN_TEXT_MAX_CHARS);
    expect(requests[1]![1].check_run_id).toBe(77);
  });
});

describe('publishCheckRun after ambiguous failures', () => {
  const request = (findings: ReturnType<typeof finding>[]) => ({
    owner: 'o',
    repo: 'r',
    headSha: 'abc',
    conclusion: 'failure' as const,
    title: 't',
    summary: 's',
    findings,
  });
  const gatewayError = () => Object.assign(new Error('Bad Gateway'), { status: 502, response: { headers: {}, data: { message: 'Bad Gateway' } } });

  /** A GitHub that stores every write, and answers 502 to the first POST and the first PATCH. */
  function flakyGitHub() {
    const runs: { id: number; external_id: string; annotations: number }[] = [];
    const routes: string[] = [];
    const failed = new Set<string>();
    const client = clientFrom(
      async (route, params) => {
        routes.push(route);
        const method = route.split(' ')[0]!;
        if (method === 'POST') runs.push({ id: 9, external_id: params.external_id as string, annotations: (params.output as { annotations: unknown[] }).annotations.length });
        if (method === 'PATCH') runs[0]!.annotations += (params.output as { annotations: unknown[] }).annotations.length;
        if ((method === 'POST' || method === 'PATCH') && !failed.has(method)) {
          failed.add(method);
          throw gatewayError();
        }
        const json = (run: (typeof runs)[number]) => ({ id: run.id, html_url: 'https://github.com/o/r/runs/9', external_id: run.external_id, output: { annotations_count: run.annotations } });
        if (route.includes('/commits/')) return { status: 200, headers: {}, data: { total_count: runs.length, check_runs: runs.map(json) } };
        return { status: 200, headers: {}, data: json(runs[0]!) };
      },
      { sleep: async () => {} },
    );
    return { client, runs, routes };
  }

  it('finds the run and the appended batch that GitHub stored, and sends neither again', async () => {
    const { client, runs, routes } = flakyGitHub();
    const findings = Array.from({ length: 60 }, (_, i) => finding({ line: i + 1, endLine: i + 1 }));
    const run = await publishCheckRun(client, request(findings), 'ext-7');
    expect(run).toEqual({ id: 9, url: 'https://github.com/o/r/runs/9', annotations: 60 });
    expect(runs).toEqual([{ id: 9, external_id: 'ext-7', annotations: 60 }]);
    expect(routes).toEqual([
      'POST /repos/{owner}/{repo}/check-runs',
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
    ]);
  });
});

describe('truncateChars', () => {
  it('cuts with an ellipsis only when needed', () => {
    expect(truncateChars('abcdef', 4)).toBe('abc…');
    expect(truncateChars('abc', 4)).toBe('abc');
  });
});
