import { fileURLToPath } from 'node:url'
import { Arch, log, type Configuration } from 'electron-builder'
import { desktopMainModules } from './build/desktop-main-modules'
import { renderIcons } from './build/render-icons'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * electron-builder's configuration (https://www.electron.build/configuration), found by that name whatever command
 * runs it. A function, because it reads the built bundles and renders the icons from build/icon.svg each time it is
 * loaded: run it after `electron-vite build`, as `npm run dist` does. productName and version come from package.json.
 */
export default async function config(): Promise<Configuration> {
  const icons = await renderIcons(`${root}out/icons`)
  return {
    // Keys the macOS bundle, the Windows AppUserModelID and the NSIS install GUID: it cannot change after a release.
    appId: 'local.parallax.app',
    directories: { buildResources: 'build', output: 'out/installers' },
    // What the installed app runs. Every dependency the desktop main process uses is bundled into out/main by
    // electron-vite; `open`, the one left external, is loaded only by serve.js, which is not shipped. So no
    // node_modules: tests/unit/packaging fails if a shipped bundle ever imports a package the archive lacks.
    files: ['package.json', ...desktopMainModules(root), 'out/preload/**', 'out/renderer/**', 'seeds/**', '!node_modules/**'],
    asar: true,
    // Electron takes the Linux window's app_id from this; it matches the desktop entry, parallax.desktop.
    extraMetadata: { desktopName: 'parallax.desktop' },
    // No native modules, so nothing to rebuild (which would download Electron's headers).
    npmRebuild: false,
    publish: null,
    // electron-builder says nothing before it fetches Electron, so without this a machine that cannot reach GitHub
    // would see only "getaddrinfo ENOTFOUND github.com" after "packaging".
    beforePack: ({ packager, electronPlatformName, arch }) => {
      if (packager.config.electronDist) return
      const electron = `Electron ${packager.config.electronVersion} for ${electronPlatformName}-${Arch[arch]}`
      log.info({ from: 'GitHub releases, or ELECTRON_MIRROR' }, `fetching ${electron} (from the cache, else downloaded)`)
    },
    // docs/fuses.md's release column, as electron-builder's electronFuses (FuseOptionsV1 in app-builder-lib's
    // configuration.d.ts): it flips them on the packaged binary after the afterPack hooks and before signing.
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    },
    // Info.plist's CFBundleURLTypes on macOS (https://www.electron.build/app-builder-lib.interface.protocol) and, though
    // that page says macOS only, the desktop entry's MimeType=x-scheme-handler/parallax on Linux (LinuxTargetHelper's
    // computeDesktopEntry). Windows gets the scheme from build/installer.nsh.
    protocols: [{ name: 'Parallax passage link', schemes: ['parallax'], role: 'Viewer' }],
    linux: {
      target: ['AppImage', 'deb'],
      icon: icons.linux,
      category: 'Office',
      synopsis: 'Read several texts side by side and take notes on them',
      maintainer: 'Parallax <dev@parallax.local>'
    },
    mac: { target: ['dmg'], icon: icons.mac, category: 'public.app-category.productivity' },
    win: { target: ['nsis'], icon: icons.win },
    nsis: { include: 'build/installer.nsh' }
  }
}
