import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect, _electron as electron } from '@playwright/test'
import { electronBinary } from '../../scripts/electron-binary.mjs'

const binary = electronBinary()
const reason = 'No Electron binary here: npm 11 skips its download step and these machines cannot fetch it. Run `npm start` once where it can.'
if (!binary) console.log(`Skipping the Electron tests. ${reason}`)

test.skip(!binary, reason)

test('the desktop app shows the library and keeps an edited title', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'parallax-electron-'))
  const launch = () => electron.launch({ executablePath: binary!, args: [resolve('.'), '--data-dir', dataDir] })
  try {
    let app = await launch()
    let window = await app.firstWindow()
    await expect(window.getByRole('grid', { name: 'Documents' }).getByRole('row')).toHaveCount(6)
    const exposed = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as { parallax?: object }).parallax ?? {})
    }))
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['calls'] })
    await window.getByRole('row', { name: /Trump: Israel to Hunt Down Hamas/ }).click()
    await window.getByRole('button', { name: 'Edit details' }).click()
    await window.getByLabel('Title').fill('Edited in the desktop app')
    await window.getByRole('button', { name: 'Save' }).click()
    await expect(window.getByRole('heading', { level: 1 })).toHaveText('Edited in the desktop app')
    await app.close()

    app = await launch()
    window = await app.firstWindow()
    await expect(window.getByRole('row', { name: 'Edited in the desktop app' })).toBeVisible()
    await app.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})
