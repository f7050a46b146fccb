import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/discover.js';

let root: string;
let outside: string;
const EXT = new Set(['.yml', '.toml']);

function write(rel: string, text = 'x') {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lofp-discover-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'lofp-outside-'));
  writeFileSync(path.join(outside, 'secret.yml'), 'x');
  write('rules/a.yml');
  write('rules/b.toml');
  write('rules/readme.md');
  write('rules/build/gen.yml');
  write('rules/sub/.gitignore', 'local.yml\n');
  write('rules/sub/local.yml');
  write('rules/sub/kept.yml');
  write('.gitignore', 'build/\n');
  write('node_modules/pkg/x.yml');
  write('.git/config.yml');
  symlinkSync(outside, path.join(root, 'rules/escape'));
  symlinkSync(path.join(root, 'rules/a.yml'), path.join(root, 'rules/alias.yml'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('discoverFiles', () => {
  it('skips .git, node_modules, .gitignore matches and symlinks leaving the root', async () => {
    const { files, skipped } = await discoverFiles({ root, paths: ['.'], extensions: EXT, include: [], exclude: [] });
    expect(files.map((f) => f.relative)).toEqual(['rules/a.yml', 'rules/b.toml', 'rules/sub/kept.yml']);
    expect(skipped).toEqual([{ path: 'rules/escape', reason: 'symbolic link leads outside the scanned root; not followed' }]);
  });

  it('applies --include and --exclude globs', async () => {
    const inc = await discoverFiles({ root, paths: ['rules'], extensions: EXT, include: ['**/*.toml'], exclude: [] });
    expect(inc.files.map((f) => f.relative)).toEqual(['rules/b.toml']);
    const exc = await discoverFiles({ root, paths: ['rules'], extensions: EXT, include: [], exclude: ['rules/sub/**'] });
    expect(exc.files.map((f) => f.relative)).toEqual(['rules/a.yml', 'rules/b.toml']);
  });

  it('reads an explicitly named file whatever its extension, and reports missing paths', async () => {
    const { files, skipped } = await discoverFiles({ root, paths: ['rules/readme.md', 'nope.yml'], extensions: EXT, include: [], exclude: [] });
    expect(files.map((f) => f.relative)).toEqual(['rules/readme.md']);
    expect(skipped).toEqual([{ path: 'nope.yml', reason: 'no such file or folder' }]);
  });

  it('applies a parent .gitignore when scanning a sub-folder', async () => {
    const { files } = await discoverFiles({ root, paths: ['rules/sub'], extensions: EXT, include: [], exclude: [] });
    expect(files.map((f) => f.relative)).toEqual(['rules/sub/kept.yml']);
  });
});
