import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium; run `wxt build` first.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
