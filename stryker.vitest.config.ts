// Vitest config for mutation testing (npm run mutation): only the pure engine/platform unit tests,
// without the WXT plugin, so the Stryker sandbox needs only core/ and these tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/unit/engine*.test.ts', 'test/unit/platform.test.ts'], environment: 'node' },
});
