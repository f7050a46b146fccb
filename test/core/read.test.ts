/**
 * readCandidate: what a file read gives, whatever was read before it (files are read into one
 * reused buffer), at the sizes around that buffer's and the 5 MiB limit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { techniquePrefilter } from '../../src/attack.js';
import { MAX_FILE_BYTES, readCandidate, type ReadOutcome } from '../../src/read.js';

let dir: string;
const mayCarryTag = techniquePrefilter(['T1530']);

function read(name: string, content: string | Buffer): ReadOutcome {
  const absolute = path.join(dir, name);
  writeFileSync(absolute, content);
  return readCandidate({ absolute, relative: name }, mayCarryTag);
}

const textOf = (outcome: ReadOutcome) => (outcome.kind === 'text' ? outcome.file.text : outcome);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lofp-read-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readCandidate', () => {
  it('gives each file its own bytes only, after a longer file and after a kept one', () => {
    const first = read('long.yml', `tags: [attack.t1530]\n${'x'.repeat(100_000)}\n`);
    expect(read('unrelated.yml', 'y'.repeat(50_000))).toEqual({ kind: 'unrelated' });
    expect(textOf(read('short.yml', 'tags: [attack.t1530]\n'))).toBe('tags: [attack.t1530]\n');
    // The text kept from the first read did not change with the reads after it.
    expect(textOf(first)).toBe(`tags: [attack.t1530]\n${'x'.repeat(100_000)}\n`);
    expect(read('empty.yml', '')).toEqual({ kind: 'unrelated' });
  });

  it('reads files larger than the reused buffer whole, and skips files over the limit', () => {
    const large = `# T1530\n${'z'.repeat(300 * 1024)}\n`;
    expect(textOf(read('large.yml', large))).toBe(large);
    const limit = `# T1530\n${'z'.repeat(MAX_FILE_BYTES - 9)}\n`;
    expect(limit.length).toBe(MAX_FILE_BYTES);
    expect(textOf(read('at-limit.yml', limit))).toBe(limit);
    expect(read('over-limit.yml', `${limit}z`)).toEqual({ kind: 'skip', reason: 'file is 5.0 MiB, over the 5 MiB limit; not read' });
    expect(textOf(read('after.yml', 'T1530'))).toBe('T1530');
  });

  it('classifies bytes read after other files: NUL, invalid UTF-8, UTF-16, lone CR', () => {
    expect(read('nul.yml', Buffer.from('T1530\0'))).toEqual({ kind: 'skip', reason: 'binary file (contains NUL bytes); not a rule' });
    expect(read('latin1.yml', Buffer.from('T1530 caf\xe9', 'latin1'))).toEqual({ kind: 'skip', reason: 'file is not valid UTF-8; not parsed' });
    expect(read('utf16.yml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('T1530', 'utf16le')]))).toEqual({
      kind: 'skip',
      reason: 'file is UTF-16 LE (byte-order mark); convert it to UTF-8 to lint it',
    });
    expect(read('cr.yml', 'T1530\rx\r')).toEqual({
      kind: 'skip',
      reason: 'lines end with a lone CR (classic Mac OS); convert them to LF or CRLF to lint the file',
    });
    expect(textOf(read('bom.yml', '\ufeffT1530\n'))).toBe('T1530\n');
  });

  it('never opens a FIFO for a blocking read', () => {
    const fifo = path.join(dir, 'fifo.yml');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
    expect(readCandidate({ absolute: fifo, relative: 'fifo.yml' }, mayCarryTag)).toEqual({ kind: 'skip', reason: 'a FIFO, not a regular file; not read' });
    expect(readCandidate({ absolute: path.join(dir, 'missing.yml'), relative: 'missing.yml' }, mayCarryTag)).toEqual({ kind: 'skip', reason: 'cannot read file: ENOENT' });
  });
});
