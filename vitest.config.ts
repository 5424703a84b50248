import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-yield.ts', 'test/setup-inputs.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
