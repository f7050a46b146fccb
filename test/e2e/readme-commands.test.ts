/**
 * The README's commands, as written, on a fresh copy of the examples (issue 13: "a fresh clone's
 * README commands still work as written"), through the built CLI bundle.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
let repo: string;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** README lines starting with `lofp-lint <prefix>`, without their trailing `# comment`, as arguments. */
function commands(prefix: string): string[][] {
  return README.split('\n')
    .filter((line) => line.startsWith(`lofp-lint ${prefix}`))
    .map((line) => line.replace(/\s+#.*$/, '').split(/\s+/).slice(1));
}

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'lofp-readme-'));
  cpSync(path.join(ROOT, 'examples'), path.join(repo, 'rules'), { recursive: true });
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('README commands', () => {
  it('the quick start prints exactly what the README shows, and exits 1', () => {
    const shown = /The first command prints[^\n]*\n\n```\n([\s\S]*?)```\n/.exec(README)?.[1];
    expect(shown).toBeDefined();
    const r = run(['examples'], ROOT);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(shown);
  });

  it('the audit command lines run in order, each without a usage error', () => {
    const lines = commands('audit rules');
    expect(lines).toHaveLength(5);
    for (const args of lines) {
      const r = run(args, repo);
      expect([args.join(' '), r.stderr, r.code === 0 || r.code === 1]).toEqual([args.join(' '), '', true]);
    }
    for (const file of ['prev.json', 'badge.json', 'lofp.sarif']) expect(existsSync(path.join(repo, file)), file).toBe(true);
  });

  it('the reviewdog command line writes rdjson and exits 0', () => {
    const [args] = commands('rules --format rdjson').map((a) => a.slice(0, a.indexOf('|')));
    const r = run(args!, repo);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toHaveLength(10);
  });
});
