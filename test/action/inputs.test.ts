import { describe, expect, it } from 'vitest';
import { parseInputs, pullRequestFromEvent, resolveMode } from '../../src/action/inputs.js';
import { ConfigError } from '../../src/errors.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
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
    });
  });

  it.each([
    ['fail-on', 'errors', 'input "fail-on" is "errors"; expected one of error, warning, note, never'],
    ['filter-mode', 'diff-context', 'input "filter-mode" is "diff-context"; expected one of added, diff_context, file, nofilter'],
    ['suggestions', 'yes', 'input "suggestions" is "yes"; expected true or false'],
    ['mode', 'push', 'input "mode" is "push"; expected one of auto, pr, audit'],
  ])('rejects %s=%s as a ConfigError', (name, value, message) => {
    expect(() => parseInputs(reader({ [name]: value }))).toThrow(new ConfigError(message));
  });
});

const payload = { pull_request: { number: 12, head: { sha: 'h1' }, base: { sha: 'b1' } } };

describe('pullRequestFromEvent', () => {
  it('reads number and commits; owner and repo from GITHUB_REPOSITORY', () => {
    expect(pullRequestFromEvent(payload, 'acme/detections')).toEqual({ owner: 'acme', repo: 'detections', number: 12, headSha: 'h1', baseSha: 'b1' });
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

  it('refuses mode pr without a pull request', () => {
    expect(() => resolveMode('pr', 'push', null)).toThrow(new ConfigError('mode "pr" needs a pull_request event; this run was triggered by "push"'));
  });
});
