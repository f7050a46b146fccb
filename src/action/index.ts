// The Action's entry point (bundled to dist/index.js): everything happens in run().
import { run } from './main.js';

void run();
