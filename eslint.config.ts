import js from '@eslint/js'
import ts from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'

const insecureWindow = [
  {
    selector: "Property[key.name='sandbox'][value.value=false]",
    message: 'The renderer stays sandboxed.'
  },
  {
    selector: "Property[key.name='nodeIntegration'][value.value=true]",
    message: 'Node integration stays off in the renderer.'
  },
  {
    selector: "Property[key.name='contextIsolation'][value.value=false]",
    message: 'Context isolation stays on.'
  }
]

export default ts.config(
  { ignores: ['out/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...insecureWindow]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] }, globals: { ...globals.browser } }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'node:*', '**/main/**', '**/preload/**'], message: 'The renderer reaches the back end through lib/api.ts only.' }] }],
      'svelte/no-at-html-tags': 'error'
    }
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'node:*', '**/main/**', '**/preload/**', '**/renderer/**', 'svelte', 'svelte/*'], message: 'src/shared is pure: no Electron, Node or DOM.' }] }
      ]
    }
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, so `{}` means "none".
    files: ['tests/e2e/**', 'tests/electron/**'],
    rules: { 'no-empty-pattern': 'off' }
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...insecureWindow,
        {
          selector: "Identifier[name='ipcRenderer']:not(MemberExpression > Identifier.object):not(ImportSpecifier > Identifier)",
          message: 'Expose named methods, never ipcRenderer itself.'
        }
      ]
    }
  }
)
