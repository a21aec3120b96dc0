import { access, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createServices } from './container'
import { requestedDataDir } from './data-dir'
import { builtAppPaths, exitWithMessage, UsageError } from './command-line'
import { CATALOG_FILE } from './store/formats/catalog'
import { AppError } from '../shared/errors'
import { version } from '../../package.json'

const USAGE = `Usage:
  npm run cli -- list --data-dir DIR
  npm run cli -- export --data-dir DIR --format md|json|csv [--group document|tag|category] [--tag T] [--out FILE]
      Markdown: [--no-outlets] [--no-links] [--empty-documents]`

/** The headless command line: the same services and export code as the app, on a data folder. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      format: { type: 'string' },
      group: { type: 'string' },
      tag: { type: 'string' },
      out: { type: 'string' },
      'no-outlets': { type: 'boolean' },
      'no-links': { type: 'boolean' },
      'empty-documents': { type: 'boolean' }
    }
  })
  const [command] = positionals
  if (command !== 'list' && command !== 'export') {
    throw new UsageError(command ? `There is no command "${command}".` : 'Name a command: list or export.')
  }
  const dataDir = requestedDataDir(values['data-dir'], process.env)
  if (!dataDir) throw new UsageError('Name the data folder with --data-dir DIR (or PARALLAX_DATA_DIR).')
  const paths = builtAppPaths(import.meta.url)
  await access(join(dataDir, CATALOG_FILE)).catch(() => {
    throw new AppError('not-found', `There is no Parallax library in ${dataDir}.`)
  })
  if (command === 'list') {
    const services = await createServices({ dataDir, seedsDir: paths.seedsDir, version, transport: 'http' })
    for (const doc of services.library.list()) console.log([doc.id, doc.date ?? '', doc.outlet ?? '', doc.title].join('\t'))
    await services.shutdown()
    return
  }
  const format = values.format
  if (format !== 'md' && format !== 'json' && format !== 'csv') throw new UsageError('--format takes md, json or csv.')
  const group = values.group ?? 'document'
  if (group !== 'document' && group !== 'tag' && group !== 'category') throw new UsageError('--group takes document, tag or category.')
  const services = await createServices({ dataDir, seedsDir: paths.seedsDir, version, transport: 'http' })
  const report = { outlets: !values['no-outlets'], links: !values['no-links'], emptyDocuments: values['empty-documents'] === true }
  const file = await services.exports.export({ format, group, tag: values.tag, report })
  await services.shutdown()
  if (values.out) {
    await writeFile(resolve(values.out), file.content)
    console.error(`Wrote ${resolve(values.out)}`)
  } else {
    process.stdout.write(file.content)
  }
}

main().catch((error: unknown) => exitWithMessage(error, USAGE, 'parallax: '))
