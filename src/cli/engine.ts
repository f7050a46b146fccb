/**
 * The CLI proper, bundled on its own (dist/cli/engine.js): index.ts answers `--version` and
 * `--help` without it, and loads it for everything else. It is also the script of the lint
 * worker threads, which thus load neither the entry nor its argument parsing twice.
 */
import { isMainThread } from 'node:worker_threads';
import { ConfigError } from '../errors.js';
import { runLintWorkerIfAsked } from '../lint-worker.js';
import { readLimited } from '../read.js';
import { run } from './main.js';

/** Runs the CLI on the process's arguments and streams; sets the exit code. */
export function main(argv: string[]): void {
  run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    workerEntry: new URL(import.meta.url),
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
