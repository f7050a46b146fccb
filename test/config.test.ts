import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

let root: string;

function repo(files: Record<string, string>): string {
  root = mkdtempSync(path.join(tmpdir(), 'lofp-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('no config file: the defaults', () => {
    expect(loadConfig(repo({}))).toEqual(DEFAULT_CONFIG);
  });

  it('an empty .lofp.yml (comments only): the defaults', () => {
    const dir = repo({ '.lofp.yml': '# nothing configured yet\n' });
    expect(loadConfig(dir)).toEqual({ ...DEFAULT_CONFIG, source: '.lofp.yml', dir });
  });

  it('reads every field; catalogs become absolute, relative to the config file', () => {
    const dir = repo({
      '.lofp.yml': [
        'catalogs: [catalogs/team.yml]',
        'checks:',
        '  missing-false-positives: error',
        '  placeholder-false-positives: off',
        'ignore: ["rules/_deprecated/**"]',
        'disabledEntries: [aws-cloudtrail-trail-created-by-admin]',
        'techniques: [T1530, T1552.004]',
        '',
      ].join('\n'),
    });
    expect(loadConfig(dir)).toEqual({
      catalogs: [path.join(dir, 'catalogs/team.yml')],
      checks: { 'missing-false-positives': 'error', 'placeholder-false-positives': 'off' },
      ignore: ['rules/_deprecated/**'],
      disabledEntries: ['aws-cloudtrail-trail-created-by-admin'],
      techniques: ['T1530', 'T1552.004'],
      source: '.lofp.yml',
      dir,
    });
  });

  it('reads .lofp.yaml too', () => {
    expect(loadConfig(repo({ '.lofp.yaml': 'techniques: [T1530]\n' })).techniques).toEqual(['T1530']);
  });

  it('both .lofp.yml and .lofp.yaml: an error', () => {
    const dir = repo({ '.lofp.yml': '{}\n', '.lofp.yaml': '{}\n' });
    expect(() => loadConfig(dir)).toThrow(new ConfigError(`.lofp.yml and .lofp.yaml both exist in ${dir}: keep one`));
  });

  it('an explicit path, relative to the root, wins; catalogs are relative to it', () => {
    const dir = repo({ '.lofp.yml': 'techniques: [T1530]\n', 'ci/lint.yml': 'catalogs: [../extra.yml]\ntechniques: [T1552]\n' });
    expect(loadConfig(dir, 'ci/lint.yml')).toMatchObject({
      catalogs: [path.join(dir, 'extra.yml')],
      techniques: ['T1552'],
      source: 'ci/lint.yml',
    });
  });

  it('walks up from a sub-folder to the repository root, and no further', () => {
    const dir = repo({ '.git/HEAD': 'ref: refs/heads/main\n', '.lofp.yml': 'techniques: [T1552]\n', 'rules/aws/x.yml': '' });
    expect(loadConfig(path.join(dir, 'rules/aws'))).toMatchObject({ techniques: ['T1552'], source: '../../.lofp.yml', dir });
    // Without a .git folder (not a repository), only the folder itself is searched.
    rmSync(path.join(dir, '.git'), { recursive: true });
    expect(loadConfig(path.join(dir, 'rules/aws'))).toEqual(DEFAULT_CONFIG);
  });

  it('the nearest config wins over one higher up', () => {
    const dir = repo({ '.git/HEAD': '', '.lofp.yml': 'techniques: [T1552]\n', 'team/.lofp.yml': 'techniques: [T1530]\n' });
    expect(loadConfig(path.join(dir, 'team'))).toMatchObject({ techniques: ['T1530'], source: '.lofp.yml', dir: path.join(dir, 'team') });
  });

  it('a missing explicit file is an error', () => {
    expect(() => loadConfig(repo({}), 'nope.yml')).toThrow(new ConfigError('nope.yml: config file not found'));
  });

  it.each([
    ['checks:\n  missing-false-positives: fatal\n', ".lofp.yml: /checks/missing-false-positives: 'fatal' is not a severity (expected error, warning, note or off)"],
    ['checks:\n  Missing_FP: error\n', ".lofp.yml: /checks: key 'Missing_FP' is not a check id (expected lower-case letters and digits joined by single hyphens)"],
    ['technique: [T1530]\n', ".lofp.yml: /: unknown field 'technique' (allowed: catalogs, checks, ignore, disabledEntries, techniques)"],
    ['techniques: [t1530]\n', ".lofp.yml: /techniques/0: 't1530' is not an ATT&CK technique id (expected T1234 or T1234.001)"],
    ['techniques: T1530\n', '.lofp.yml: /techniques: must be a list (found the string \'T1530\')'],
    ['disabledEntries: [Bad Id]\n', ".lofp.yml: /disabledEntries/0: 'Bad Id' is not a kebab-case id (expected lower-case letters and digits joined by single hyphens)"],
    ['catalogs: [""]\n', ".lofp.yml: /catalogs/0: '' must not be empty"],
    ['ignore: [1]\n', '.lofp.yml: /ignore/0: must be a string (found number 1)'],
    ['- techniques\n', '.lofp.yml: /: must be a map (found a list)'],
    ['checks: {a: error\n', '.lofp.yml:2:1: unexpected end of the stream within a flow collection'],
  ])('rejects %j', (text, message) => {
    expect(() => loadConfig(repo({ '.lofp.yml': text }))).toThrow(new ConfigError(message));
  });
});
