// The Action's entry point (bundled to dist/index.js): everything happens in run(). The bundle is
// also the script of its lint worker threads.
import { runLintWorkerIfAsked } from '../lint-worker.js';
import { run } from './main.js';

if (!runLintWorkerIfAsked()) void run(process.env, { workerEntry: new URL(import.meta.url) });
