import { defineConfig } from 'vitest/config';

// Unit tests of the panel's parts that need no JupyterLab: pure functions and the
// chat DOM (jsdom). They run from pytest too (tests/test_labextension_unit.py).
export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts'],
    environment: 'jsdom',
    reporters: ['default'],
    pool: 'threads',
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } }
  }
});
