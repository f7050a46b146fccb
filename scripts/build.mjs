#!/usr/bin/env node
// Bundles the two committed entry points with ncc: dist/index.js (the Action) and
// dist/cli/index.js (the npx CLI, which must never load Action-only code).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

if (existsSync('scripts/gen-catalog.mjs')) run(process.execPath, ['scripts/gen-catalog.mjs']);
run(process.execPath, ['scripts/gen-docs.mjs']);

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];
rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of bundles) {
  if (!existsSync(entry)) continue;
  run(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--no-source-map-register', '--transpile-only', '--quiet', '--license', 'licenses.txt']);
}

const cli = 'dist/cli/index.js';
let text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) text = `#!/usr/bin/env node\n${text}`;
writeFileSync(cli, text);
chmodSync(cli, 0o755);

// The CLI bundle must stay free of Action-only code (the engine never imports @actions/*).
if (/@actions\/(core|github)|octokit/i.test(text)) {
  console.error('build: dist/cli/index.js contains Action-only code (@actions/* or Octokit)');
  process.exit(1);
}
