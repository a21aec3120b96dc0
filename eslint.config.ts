import js from '@eslint/js'
import ts from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'

/** `key: value` in an object literal, the key written as a name or as a string. */
function setting(key: string, value: boolean): string {
  return `Property:matches([key.name='${key}'], [key.value='${key}'])[value.value=${value}]`
}

const insecureWindow = [
  { selector: setting('sandbox', false), message: 'The renderer stays sandboxed.' },
  { selector: setting('nodeIntegration', true), message: 'Node integration stays off in the renderer.' },
  { selector: setting('contextIsolation', false), message: 'Context isolation stays on.' },
  { selector: setting('webSecurity', false), message: 'Web security stays on.' }
]

export default ts.config(
  { ignores: ['out/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
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
    // One module owns the data files and their formats: the rest of the back end opens them through src/main/store.
    files: ['src/main/**', 'src/preload/**'],
    ignores: ['src/main/store/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['lowdb', 'lowdb/*'], message: 'Data files are opened through src/main/store (JsonDatabase), which owns lowdb.' }] }]
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
    files: ['tests/e2e/**', 'tests/desktop/**'],
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
        },
        {
          selector: "MemberExpression[object.name='ipcRenderer']:not(CallExpression > MemberExpression.callee)",
          message: 'Call ipcRenderer here; never hand one of its methods to the page.'
        }
      ]
    }
  }
)
