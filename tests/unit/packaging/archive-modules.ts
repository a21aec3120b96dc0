import { existsSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, posix } from 'node:path'
import { extractFile, listPackage, statFile } from '@electron/asar'
import { parseAst } from 'vite'

/** An app.asar's files (not its folders), as paths without the leading slash. */
export function archiveFiles(archive: string): string[] {
  return listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/^[/\\]/, '').replaceAll('\\', '/'))
    .filter((path) => !('files' in statFile(archive, path, false)))
}

export function readArchived(archive: string, path: string): string {
  return extractFile(archive, path).toString('utf8')
}

/**
 * Every module a built bundle names: import and export ... from, import(), require() and Rolldown's __require(), and
 * `new URL('./x.js', import.meta.url)`, the script of a worker thread.
 */
export function moduleSpecifiers(code: string): string[] {
  const found: string[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (node === null || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    const source = specifierOf(record)
    if (source !== undefined) found.push(source)
    Object.values(record).forEach(visit)
  }
  visit(parseAst(code))
  return found
}

function specifierOf(node: Record<string, unknown>): string | undefined {
  const literal = (value: unknown): string | undefined => {
    const candidate = value as { type?: string; value?: unknown } | null | undefined
    return candidate?.type === 'Literal' && typeof candidate.value === 'string' ? candidate.value : undefined
  }
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ImportExpression':
      return literal(node.source)
    case 'NewExpression': {
      const callee = node.callee as { type?: string; name?: string }
      const [script, base] = node.arguments as unknown[]
      const member = base as { type?: string; object?: { type?: string }; property?: { name?: string } } | undefined
      const importMetaUrl = member?.type === 'MemberExpression' && member.object?.type === 'MetaProperty' && member.property?.name === 'url'
      return callee.type === 'Identifier' && callee.name === 'URL' && importMetaUrl ? literal(script) : undefined
    }
    case 'CallExpression': {
      const callee = node.callee as { type?: string; name?: string }
      const args = node.arguments as unknown[]
      return callee.type === 'Identifier' && /^_*require$/.test(callee.name ?? '') ? literal(args[0]) : undefined
    }
    default:
      return undefined
  }
}

/** Node's own modules and Electron's, which no archive holds. */
export function isProvidedByElectron(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier) || specifier === 'electron' || specifier.startsWith('electron/')
}

/** `@scope/name/sub` and `name/sub` are packages `@scope/name` and `name`. */
export function packageOf(specifier: string): string {
  return specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')
}

/** The packages an archive holds, at any depth of node_modules. */
export function archivedPackages(files: readonly string[]): string[] {
  const names = files.map((file) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(file)?.[1])
  return [...new Set(names.filter((name) => name !== undefined))].sort()
}

/** The packages that `names` load at run time as the project has them installed: each, its dependencies and its installed optional dependencies, transitively. */
export function installedClosure(projectRoot: string, names: readonly string[]): string[] {
  const found = new Set<string>()
  const visit = (name: string, optional: boolean): void => {
    const manifestPath = join(projectRoot, 'node_modules', name, 'package.json')
    if (found.has(name) || (optional && !existsSync(manifestPath))) return
    found.add(name)
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { dependencies?: object; optionalDependencies?: object }
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, false)
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) visit(dependency, true)
  }
  for (const name of names) visit(name, false)
  return [...found].sort()
}

/**
 * Where Node would load a bare specifier from, importing it from `importer`, within the archive: the nearest
 * node_modules/<package> up the importer's folders, then the file its package.json's "exports" (or "main", or
 * index.js) names. Null if the archive does not hold it.
 */
export function resolveInArchive(files: ReadonlySet<string>, read: (path: string) => string, importer: string, specifier: string): string | null {
  const name = packageOf(specifier)
  const subpath = `.${specifier.slice(name.length)}`
  for (let dir = posix.dirname(importer); ; dir = posix.dirname(dir)) {
    const root = posix.join(dir === '.' ? '' : dir, 'node_modules', name)
    if (files.has(`${root}/package.json`)) {
      const manifest = JSON.parse(read(`${root}/package.json`)) as { exports?: unknown; main?: string }
      const target = manifest.exports === undefined ? (subpath === '.' ? (manifest.main ?? 'index.js') : subpath) : exportTarget(manifest.exports, subpath)
      if (target === undefined) return null
      const file = posix.join(root, target)
      return [file, `${file}.js`, `${file}/index.js`].find((candidate) => files.has(candidate)) ?? null
    }
    if (dir === '.' || dir === '/') return null
  }
}

function exportTarget(exports: unknown, subpath: string): string | undefined {
  const isSubpathMap = typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'))
  if (!isSubpathMap) return subpath === '.' ? conditionTarget(exports) : undefined
  return conditionTarget((exports as Record<string, unknown>)[subpath])
}

/** The conditions a package is loaded under by import or require in Electron's main process. */
const CONDITIONS = new Set(['import', 'require', 'node', 'default'])

/** Node takes the first matching condition, in the file's order, whose target resolves. */
function conditionTarget(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry
  if (Array.isArray(entry)) return entry.map(conditionTarget).find((target) => target !== undefined)
  if (entry === null || typeof entry !== 'object') return undefined
  return Object.entries(entry)
    .filter(([condition]) => CONDITIONS.has(condition))
    .map(([, target]) => conditionTarget(target))
    .find((target) => target !== undefined)
}
