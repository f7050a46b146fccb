#!/usr/bin/env node
// Launches the CLI bundle (lofp-lint.js) with the compile cache on where Node has one.
import module from 'node:module';

module.enableCompileCache?.();
await import('./lofp-lint.js');
