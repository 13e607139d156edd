// ESLint runs only the regex rules of eslint-plugin-regexp; Biome does the rest of the linting and the formatting.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    // The parser only, without type information: the regex rules read literals, and this keeps the run fast.
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  regexp.configs['flat/recommended'],
  // Biome's noControlCharactersInRegex already checks this, with its per-line ignores where matching controls is the point.
  { rules: { 'no-control-regex': 'off' } },
];
