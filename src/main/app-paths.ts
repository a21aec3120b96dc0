import { join } from 'node:path'

/** Folders of the built app, from the app's root (the folder holding package.json, out/ and seeds/). */
export function appPaths(appRoot: string) {
  return {
    rendererDir: join(appRoot, 'out', 'renderer'),
    preloadFile: join(appRoot, 'out', 'preload', 'index.cjs'),
    seedsDir: join(appRoot, 'seeds')
  }
}
