import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { IconIcns, IconIco } from '@shockpkg/icon-encoder'

export const ICON_SOURCE = new URL('icon.svg', import.meta.url)

/** The hicolor theme's sizes and 1024 px; electron-builder installs each as NxN.png on Linux. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
/** Windows picks from these for the taskbar, Explorer and the installer; 256 px is the largest it shows. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** Apple's icon types and their pixel sizes (the @2x types hold twice the size their name suggests). */
export const ICNS_TYPES: Record<string, number> = {
  ic04: 16,
  ic11: 32,
  ic05: 32,
  ic12: 64,
  ic07: 128,
  ic13: 256,
  ic08: 256,
  ic14: 512,
  ic09: 512,
  ic10: 1024
}

export interface RenderedIcons {
  /** A folder of NxN.png files, for linux.icon. */
  linux: string
  /** icon.icns, for mac.icon (and the DMG). */
  mac: string
  /** icon.ico, for win.icon (and the NSIS installer). */
  win: string
}

/**
 * Renders every icon the installers need from the one source, build/icon.svg. Done here, and not by electron-builder,
 * because electron-builder 26 converts icons with a toolset it downloads from GitHub; these libraries come from npm.
 */
export async function renderIcons(outDir: string): Promise<RenderedIcons> {
  const svg = await readFile(ICON_SOURCE)
  const rendered = new Map<number, Buffer>()
  const png = (size: number): Buffer => {
    const image = rendered.get(size) ?? new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
    rendered.set(size, image)
    return image
  }

  const linux = join(outDir, 'png')
  await mkdir(linux, { recursive: true })
  await Promise.all(LINUX_SIZES.map((size) => writeFile(join(linux, `${size}x${size}.png`), png(size))))

  const ico = new IconIco()
  // The library's default encoding: bitmaps for the small sizes, which old Windows versions need, PNG for 256 px.
  for (const size of ICO_SIZES) await ico.addFromPng(png(size))
  const win = join(outDir, 'icon.ico')
  await writeFile(win, ico.encode())

  const icns = new IconIcns()
  icns.toc = true
  for (const [type, size] of Object.entries(ICNS_TYPES)) await icns.addFromPng(png(size), [type])
  const mac = join(outDir, 'icon.icns')
  await writeFile(mac, icns.encode())

  return { linux, mac, win }
}
