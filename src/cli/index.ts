#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { ConfigError } from '../errors.js';
import { readLimited } from '../read.js';
import { run } from './main.js';

function main(): void {
  run(process.argv.slice(2), {
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

// The bundle is also the script of its lint worker threads. The engine is loaded only when
// needed (main.ts), so the main thread's start-up does not pay for the worker's code either.
if (isMainThread) main();
else
  void import('../lint-worker.js').then(({ runLintWorkerIfAsked }) => {
    if (!runLintWorkerIfAsked()) main();
  });
