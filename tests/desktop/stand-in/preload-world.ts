/** The binding through which the page's preload reaches the stand-in's main process (exposed by Playwright). */
export const IPC_BINDING = '__standInIpc'

type PreloadModule = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void

/**
 * Runs in each page before its own scripts, as Electron runs a sandboxed preload: the BUILT preload, as CommonJS,
 * with `require('electron')` giving the renderer half of Electron (contextBridge, ipcRenderer, webUtils) and nothing
 * else requirable. Only the top frame gets it, as in Electron without nodeIntegrationInSubFrames. Sent to the page as
 * text, so it refers to nothing outside itself.
 */
export function installPreloadWorld(preload: PreloadModule, binding: string): void {
  if (window !== window.top) return
  const send = (window as unknown as Record<string, (message: unknown) => Promise<unknown>>)[binding]!
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>()
  const droppedPaths = new Map<string, string>()
  const fileKey = (file: File) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => send({ kind: 'invoke', channel, args }),
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
      return ipcRenderer
    },
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      listeners.set(channel, (listeners.get(channel) ?? []).filter((each) => each !== listener))
      return ipcRenderer
    }
  }
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      const freeze = (value: unknown): unknown => {
        if (value && typeof value === 'object') Object.values(value).forEach(freeze)
        return typeof value === 'object' && value !== null ? Object.freeze(value) : value
      }
      Object.defineProperty(window, key, { value: freeze(api), enumerable: true })
    }
  }
  const webUtils = { getPathForFile: (file: File) => droppedPaths.get(fileKey(file)) ?? '' }
  Object.defineProperty(window, '__standInDeliver', {
    value: (channel: string, args: unknown[]) => (listeners.get(channel) ?? []).forEach((listener) => listener({ sender: ipcRenderer }, ...args))
  })
  Object.defineProperty(window, '__standInDropped', {
    value: (files: File[], paths: string[]) => files.forEach((file, index) => droppedPaths.set(fileKey(file), paths[index]!))
  })
  const module = { exports: {} }
  preload((id) => {
    if (id === 'electron') return { contextBridge, ipcRenderer, webUtils }
    throw new Error(`module not found: ${id}`)
  }, module, module.exports)
}
