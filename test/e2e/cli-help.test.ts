/**
 * `lofp-lint --help` (the built bundle), the README's option table and the parser's flags name
 * the same options: a flag added to one and not the others fails here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAGS } from '../../src/cli/args.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function longFlags(text: string): string[] {
  return [...new Set([...text.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]!))].sort();
}

function readmeOptionTable(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('| option | meaning |');
  expect(start).toBeGreaterThan(-1);
  const rows = readme.slice(start).split('\n');
  const table = rows.slice(0, rows.findIndex((line) => !line.startsWith('|')));
  // Only the option column: the meaning column may mention other flags.
  return table.map((row) => row.split('|')[1] ?? '').join('\n');
}

describe('--help and the README', () => {
  it('list the same options, and every option the parser accepts', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const options = run.stdout.slice(run.stdout.indexOf('Options:'), run.stdout.indexOf('Exit codes:'));
    const optionColumn = options
      .split('\n')
      .map((line) => /^\s+((?:-\w, )?--[a-z-]+(?:, --[a-z-]+)?)/.exec(line)?.[1] ?? '')
      .join('\n');
    const parser = Object.keys(FLAGS).sort();
    expect(longFlags(optionColumn)).toEqual(parser);
    expect(longFlags(readmeOptionTable())).toEqual(parser);
  });

  it('short options match too', () => {
    const shorts = Object.entries(FLAGS)
      .flatMap(([name, spec]) => ('short' in spec ? [`-${spec.short}, --${name}`] : []))
      .sort();
    const help = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), '--help'], { encoding: 'utf8' }).stdout;
    for (const s of shorts) {
      expect(help).toContain(`  ${s}`);
      expect(readmeOptionTable()).toContain(s);
    }
  });
});
