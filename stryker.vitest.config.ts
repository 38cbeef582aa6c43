// Vitest config for mutation testing (npm run mutation): only the pure engine/platform unit tests,
// without the WXT plugin, so the Stryker sandbox needs only core/ and these tests.
import { defineConfig } from 'vitest/config';

if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K) {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: { include: ['test/unit/engine*.test.ts', 'test/unit/platform.test.ts'], environment: 'node' },
});
