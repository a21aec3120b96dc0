import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { dataFolder } from '../../src/main/store/data-folder'
import type { DataFolder, JsonFormat } from '../../src/main/store/json-database'
import { JsonDatabase } from '../../src/main/store/json-database'
import { tempDir } from './temp-dir'

export interface OpenedFile<T> {
  /** What Parallax holds once it has opened the file. */
  data: T
  /** The file as it is on disk after that. */
  onDisk: unknown
  folder: DataFolder
}

/** Writes `contents` as JSON at `relative` in a fresh data folder, and opens that file as `format` the way the app does. */
export async function openDataFile<T>(relative: string, format: JsonFormat<T>, contents: unknown): Promise<OpenedFile<T>> {
  const dir = await tempDir()
  const path = join(dir, relative)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, JSON.stringify(contents))
  const folder = dataFolder(dir)
  const database = await JsonDatabase.open(folder, relative, format)
  return { data: database.data, onDisk: JSON.parse(await readFile(path, 'utf8')), folder }
}
