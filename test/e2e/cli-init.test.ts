/**
 * `lofp-lint init` (issue 13, item 7) through the built CLI bundle: the config it writes loads,
 * validates against the shipped schema, and the workflows are the README's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
let dir: string;

function cli(args: string[], cwd = dir) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function readmeBlock(firstLine: string): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\`\`\`yaml\n${firstLine}\n`);
  expect(start).toBeGreaterThan(-1);
  const body = readme.slice(start + '```yaml\n'.length);
  return body.slice(0, body.indexOf('```\n'));
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lofp-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('lofp-lint init', () => {
  it('writes a .lofp.yml that validates against the shipped schema and configures the next run', () => {
    expect(cli(['init'])).toEqual({ code: 0, stdout: 'wrote .lofp.yml\n', stderr: '' });
    const text = readFileSync(path.join(dir, '.lofp.yml'), 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/lofp-lint/lofp-lint/main/catalog/config.schema.json',
      '# lofp-lint configuration: https://github.com/lofp-lint/lofp-lint#configuration-lofpyml',
      '$schema: https://raw.githubusercontent.com/lofp-lint/lofp-lint/main/catalog/config.schema.json',
    ]);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'catalog/config.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(yaml.load(text)), JSON.stringify(validate.errors)).toBe(true);
    // The commented examples are valid too, once uncommented.
    const uncommented = text.replace(/^# (catalogs|checks|  uncatalogued|  missing|ignore|disabledEntries)/gm, '$1');
    expect(validate(yaml.load(uncommented)), JSON.stringify(validate.errors)).toBe(true);
    mkdirSync(path.join(dir, 'rules'));
    writeFileSync(path.join(dir, 'rules/x.yml'), 'title: x\n');
    expect(cli(['rules'])).toEqual({ code: 0, stdout: '✔ No problems: 0 rules tagged T1530 in 1 file\n', stderr: '' });
  });

  it('--workflows also writes the README\'s pull-request and audit workflows', () => {
    expect(cli(['init', '--workflows']).stdout).toBe('wrote .lofp.yml\nwrote .github/workflows/lofp-lint.yml\nwrote .github/workflows/lofp-audit.yml\n');
    expect(readFileSync(path.join(dir, '.github/workflows/lofp-lint.yml'), 'utf8')).toBe(readmeBlock('# .github/workflows/lofp-lint.yml'));
    expect(readFileSync(path.join(dir, '.github/workflows/lofp-audit.yml'), 'utf8')).toBe(readmeBlock('# .github/workflows/lofp-audit.yml'));
  });

  it('never overwrites: an existing file stops it before anything is written', () => {
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github/workflows/lofp-audit.yml'), 'mine\n');
    expect(cli(['init', '--workflows'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lofp-lint: init: .github/workflows/lofp-audit.yml already exists; nothing written (edit it, or remove it first)\n',
    });
    expect(existsSync(path.join(dir, '.lofp.yml'))).toBe(false);
    expect(readFileSync(path.join(dir, '.github/workflows/lofp-audit.yml'), 'utf8')).toBe('mine\n');
  });
});
