import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Lint, plus the layering rule (as VS Code's code-layering): shared/ imports neither main/ nor
// renderer/ nor Node or Electron; main/ and renderer/ never import each other.
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'worker_threads', 'stream', 'buffer', 'module'];
const nodePatterns = [...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`), 'node:*'];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '.test-output/', 'test-results/', '**/.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Binary sniffing and text cleaning legitimately match control characters.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'bin/**/*.js', '*.config.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ runs everywhere: no Electron.' }],
          patterns: [
            { group: ['**/main/**', '../main/*', '../../main/*'], message: 'shared/ must not import main/.' },
            { group: ['**/renderer/**', '../renderer/*', '../../renderer/*'], message: 'shared/ must not import renderer/.' },
            { group: nodePatterns, message: 'shared/ is pure: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', '../renderer/*', '../../renderer/*'], message: 'main/ never imports renderer/.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the app only through the API client.' }],
          patterns: [
            { group: ['**/main/**', '../main/*', '../../main/*', '../../../main/*'], message: 'renderer/ never imports main/.' },
            { group: nodePatterns, message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
);
