import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect, _electron as electron } from '@playwright/test'
import { electronBinary } from '../../scripts/electron-binary.mjs'

const binary = electronBinary()
test.skip(!binary, 'No Electron binary here: npm 11 skips its download step and these machines cannot fetch it.')

test('a drop in the desktop app goes through the same import service', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'parallax-electron-'))
  const app = await electron.launch({ executablePath: binary!, args: [resolve('.'), '--data-dir', dataDir] })
  try {
    const window = await app.firstWindow()
    await expect(window.getByRole('grid', { name: 'Documents' }).getByRole('row')).toHaveCount(6)
    const dataTransfer = await window.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['A dropped article headline here\n\nBody.'], 'dropped.txt'))
      transfer.items.add(new File([new Uint8Array([0, 1, 2, 3])], 'blob.txt'))
      return transfer
    })
    for (const type of ['dragenter', 'dragover', 'drop']) await window.dispatchEvent('body', type, { dataTransfer })
    const summary = window.getByRole('dialog', { name: 'Import finished' })
    await expect(summary).toContainText('1 document was added to the library.')
    await expect(summary.getByRole('list', { name: 'Not imported' })).toContainText('blob.txt')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
