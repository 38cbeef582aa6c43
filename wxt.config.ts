import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// PG_OUT_DIR lets parallel builds (tests, benchmarks, several engineers) use separate output folders.
const outDir = process.env.PG_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Passkey Guide',
    description: 'Step-by-step help to register a passkey on Microsoft Entra ID\'s Security info page.',
    permissions: ['storage'],
    action: { default_title: 'Passkey Guide' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'passkey-guide@passkey-guide.github.io',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
