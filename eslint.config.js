// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/'] }, js.configs.recommended, ...tseslint.configs.recommended, {
  languageOptions: {
    globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', TextDecoder: 'readonly', setTimeout: 'readonly' },
  },
  rules: {
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
  },
});
