/**
 * package.json and the lock file (issue 13, item 11): the repository is named, and `npm ci` on the
 * running Node (20 and 24 in CI) warns no EBADENGINE, i.e. every locked package's engines admit it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

type Version = [number, number, number];

function parse(v: string): Version {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  return [a, b, c];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The npm semver subset engines fields use: `||`, space-joined comparators, ^, >=, >, <=, <, =, x ranges. */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => {
        const m = /^([<>]=?|=|\^|~)?v?([\d.x*]+)$/.exec(comparator);
        if (comparator === '' || comparator === '*') return true;
        if (!m) throw new Error(`unsupported engines range "${range}"`);
        const bound = parse(m[2]!.replace(/[x*]/g, '0'));
        const c = compare(v, bound);
        switch (m[1]) {
          case '>=':
            return c >= 0;
          case '>':
            return c > 0;
          case '<=':
            return c <= 0;
          case '<':
            return c < 0;
          case '^':
            return c >= 0 && v[0] === bound[0];
          case '~':
            return c >= 0 && v[0] === bound[0] && v[1] === bound[1];
          default:
            return m[2]!.split('.').length < 3 ? v[0] === bound[0] : c === 0;
        }
      }),
  );
}

describe('package.json', () => {
  it('names its repository, homepage and issue tracker', () => {
    const pkg = read('package.json');
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/lofp-lint/lofp-lint.git' });
    expect(pkg.homepage).toBe('https://github.com/lofp-lint/lofp-lint#readme');
    expect(pkg.bugs).toEqual({ url: 'https://github.com/lofp-lint/lofp-lint/issues' });
  });

  it('the range check reads engines fields as npm does', () => {
    expect(satisfies('20.20.2', '>=22')).toBe(false);
    expect(satisfies('20.20.2', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.0', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('24.1.0', '>= 20')).toBe(true);
    expect(satisfies('20.20.2', '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(true);
  });

  it(`every locked package admits the running Node ${process.versions.node} (no EBADENGINE)`, () => {
    const lock = read('package-lock.json') as { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }> };
    const refused = Object.entries(lock.packages)
      // Platform packages for other systems are never installed here; npm checks only what it installs.
      .filter(([, p]) => (!p.os || p.os.includes(process.platform)) && (!p.cpu || p.cpu.includes(process.arch)))
      .flatMap(([name, p]) => {
        const node = Array.isArray(p.engines) ? undefined : p.engines?.node;
        return node && !satisfies(process.versions.node, node) ? [`${name || 'lofp-lint'}: node ${node}`] : [];
      });
    expect(refused).toEqual([]);
  });
});
