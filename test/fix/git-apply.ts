/**
 * `git apply` as the reference applier of `--fix-dry-run` diffs: what a user piping the diff into
 * git gets must be exactly what `--fix` writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `text` (written as `name`, a relative path) after `git apply` of `diff`, run in a scratch folder that is no repository. */
export function gitApply(name: string, text: string, diff: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lofp-git-apply-'));
  try {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
    writeFileSync(path.join(dir, 'fix.diff'), diff);
    execFileSync('git', ['apply', '--whitespace=nowarn', 'fix.diff'], { cwd: dir, stdio: 'pipe' });
    return readFileSync(path.join(dir, name), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
