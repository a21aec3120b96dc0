import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/shared/csp'

/** Puts the shared CSP into the built page; a meta tag cannot carry frame-ancestors, the servers send that. */
function contentSecurityPolicy(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ').filter((rule) => !rule.startsWith('frame-ancestors')).join('; ')
  return {
    name: 'parallax-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }]
  }
}

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: ['zod', 'lowdb', 'yaml', 'iconv-lite', 'jschardet', 'diff', 'minisearch', 'stemmer', 'approx-string-match', 'compromise', 'tldts', 'chardet', 'html-encoding-sniffer', 'whatwg-encoding', 'encoding-japanese', '@mozilla/readability', 'linkedom', 'mammoth', 'fflate', 'postal-mime', 'unpdf'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          serve: resolve('src/main/serve.ts'),
          cli: resolve('src/main/cli.ts'),
          // Started by the others as worker threads (src/main/analysis/fingerprint-workers.ts,
          // src/main/search/search-index.ts), not imported.
          'fingerprint-worker': resolve('src/main/analysis/fingerprint-worker.ts'),
          'search-worker': resolve('src/main/search/search-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src/renderer',
    plugins: [svelte(), contentSecurityPolicy()],
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
