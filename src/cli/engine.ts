/**
 * The CLI proper, bundled on its own (dist/cli/engine.js, a classic script: see load-engine.ts):
 * index.ts answers `--version` and `--help` without it, and loads it for everything else. Lint
 * worker threads start from the entry, which loads this and nothing else in a worker.
 */
import { isMainThread } from 'node:worker_threads';
import { ConfigError } from '../errors.js';
import { runLintWorkerIfAsked } from '../lint-worker.js';
import { readLimited } from '../read.js';
import { run } from './main.js';

/**
 * Runs the CLI on the process's arguments and streams; sets the exit code. `workerEntry`: the
 * script lint worker threads start from (the entry bundle).
 */
export function main(argv: string[], workerEntry: URL): void {
  run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    workerEntry,
    // Typing a rule into a terminal is no use case: say how to pipe one instead of waiting.
    readStdin: () =>
      process.stdin.isTTY
        ? Promise.reject(new ConfigError('standard input is a terminal: pipe a rule into it (`lofp-lint - < rule.yml`)'))
        : readLimited(process.stdin),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`lofp-lint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

if (!isMainThread) runLintWorkerIfAsked();
