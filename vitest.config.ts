import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**', '.lofp-tmp/**'],
    testTimeout: 30_000,
  },
});
