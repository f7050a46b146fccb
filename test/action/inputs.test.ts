import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isFork, parseInputs, pullRequestFromEvent, resolveMode } from '../../src/action/inputs.js';
import { ConfigError } from '../../src/errors.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('reads exactly the inputs action.yml documents', () => {
    const action = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { description: string }> };
    const read: string[] = [];
    parseInputs((name) => (read.push(name), ''));
    expect(read.sort()).toEqual(Object.keys(action.inputs).sort());
    expect(Object.values(action.inputs).every((i) => i.description.length > 40)).toBe(true);
  });

  it('applies the defaults for unset inputs', () => {
    expect(parseInputs(reader({}))).toEqual({
      paths: ['.'],
      techniques: [],
      catalogs: [],
      config: '.lofp.yml',
      failOn: 'error',
      filterMode: 'added',
      suggestions: true,
      token: '',
      sarifFile: null,
      mode: 'auto',
      baseline: null,
      reportFile: null,
      badgeFile: null,
      auditIssue: false,
      apiTimeoutMs: 30_000,
      apiDeadlineMs: 600_000,
    });
  });

  it('reads lists, enums and booleans', () => {
    expect(
      parseInputs(
        reader({
          paths: 'rules/sigma\n  rules/elastic dir \n\n',
          technique: 'T1530, t1078.004',
          catalog: 'catalog/extra.yml',
          config: 'cfg/lofp.yml',
          'fail-on': 'warning',
          'filter-mode': 'diff_context',
          suggestions: 'False',
          'github-token': ' ghs_x ',
          'sarif-file': 'out/lofp.sarif',
          mode: 'audit',
          baseline: ' .lofp/previous.json ',
          'report-file': '.lofp/report.json',
          'badge-file': 'badges/lofp.json',
          'audit-issue': 'true',
          'api-timeout': '2.5',
          'api-deadline': '90',
        }),
      ),
    ).toEqual({
      paths: ['rules/sigma', 'rules/elastic dir'],
      techniques: ['T1530', 't1078.004'],
      catalogs: ['catalog/extra.yml'],
      config: 'cfg/lofp.yml',
      failOn: 'warning',
      filterMode: 'diff_context',
      suggestions: false,
      token: 'ghs_x',
      sarifFile: 'out/lofp.sarif',
      mode: 'audit',
      baseline: '.lofp/previous.json',
      reportFile: '.lofp/report.json',
      badgeFile: 'badges/lofp.json',
      auditIssue: true,
      apiTimeoutMs: 2500,
      apiDeadlineMs: 90_000,
    });
  });

  it.each([
    ['fail-on', 'errors', 'input "fail-on" is "errors"; expected one of error, warning, note, never'],
    ['filter-mode', 'diff-context', 'input "filter-mode" is "diff-context"; expected one of added, diff_context, file, nofilter'],
    ['suggestions', 'yes', 'input "suggestions" is "yes"; expected true or false'],
    ['mode', 'push', 'input "mode" is "push"; expected one of auto, pr, audit'],
    ['audit-issue', 'on', 'input "audit-issue" is "on"; expected true or false'],
    ['api-timeout', '0', 'input "api-timeout" is "0"; expected a number of seconds above 0 (at most 86400)'],
    ['api-deadline', '10m', 'input "api-deadline" is "10m"; expected a number of seconds above 0 (at most 86400)'],
  ])('rejects %s=%s as a ConfigError', (name, value, message) => {
    expect(() => parseInputs(reader({ [name]: value }))).toThrow(new ConfigError(message));
  });
});

const payload = { pull_request: { number: 12, head: { sha: 'h1' }, base: { sha: 'b1' } } };
const forkPayload = { pull_request: { number: 12, changed_files: 4, head: { sha: 'h1', repo: { full_name: 'someone/fork' } }, base: { sha: 'b1' } } };

describe('pullRequestFromEvent', () => {
  it('reads number and commits; owner and repo from GITHUB_REPOSITORY', () => {
    expect(pullRequestFromEvent(payload, 'acme/detections')).toEqual({
      owner: 'acme',
      repo: 'detections',
      number: 12,
      headSha: 'h1',
      baseSha: 'b1',
      headRepository: null,
      changedFiles: null,
    });
  });

  it('reads the head repository (a fork when it is not the base) and the count of changed files', () => {
    const pull = pullRequestFromEvent(forkPayload, 'acme/detections')!;
    expect([pull.headRepository, pull.changedFiles, isFork(pull)]).toEqual(['someone/fork', 4, true]);
    expect(isFork(pullRequestFromEvent(payload, 'acme/detections')!)).toBe(false);
  });

  it('is null for other payloads', () => {
    expect(pullRequestFromEvent({ schedule: '0 0 * * 1' }, 'acme/detections')).toBeNull();
    expect(pullRequestFromEvent(null, 'acme/detections')).toBeNull();
    expect(pullRequestFromEvent(payload, '')).toBeNull();
  });
});

describe('resolveMode', () => {
  const pull = pullRequestFromEvent(payload, 'a/b');
  it.each([
    ['auto', 'pull_request', true, 'pr'],
    ['auto', 'pull_request_target', true, 'pr'],
    ['auto', 'push', false, 'audit'],
    ['auto', 'schedule', false, 'audit'],
    ['audit', 'pull_request', true, 'audit'],
    ['pr', 'pull_request', true, 'pr'],
  ] as const)('%s on %s -> %s', (mode, event, hasPull, expected) => {
    expect(resolveMode(mode, event, hasPull ? pull : null)).toBe(expected);
  });

  it('refuses a pull-request event whose payload holds no pull request, instead of a silent full scan', () => {
    expect(() => resolveMode('auto', 'pull_request', null)).toThrow(
      new ConfigError('the pull_request event payload (GITHUB_EVENT_PATH) holds no pull request with number, head.sha and base.sha'),
    );
  });

  it('refuses mode pr without a pull request', () => {
    expect(() => resolveMode('pr', 'push', null)).toThrow(new ConfigError('mode "pr" needs a pull_request event; this run was triggered by "push"'));
  });
});
