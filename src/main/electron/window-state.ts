import type { BrowserWindow } from 'electron'
import type { ThemeChoice } from '../../shared/model'
import { WINDOW_STATE_FILE, windowStateFormat, type WindowStateFile } from '../store/formats/window-state'
import { JsonDatabase, type DataFolder } from '../store/json-database'
import { machineFile } from '../store/machine-folder'
import type { WindowBounds } from './window-placement'

/** The desktop window's size, position, maximized state and theme between runs (`window-state.json`, in this machine's folder). */
export class WindowState {
  /** Null when the file could not be opened at all: the window then starts in its default place, and its place is not kept. */
  readonly #file: JsonDatabase<WindowStateFile> | null
  #writing: Promise<void> = Promise.resolve()

  private constructor(file: JsonDatabase<WindowStateFile> | null) {
    this.#file = file
  }

  /**
   * Reads the saved state, in the data folder's care like every data file: a damaged one is moved to this machine's damaged/ and its
   * backup restored, and one a newer Parallax wrote is held as it is. Without a file the window takes its defaults.
   */
  static async open(folder: DataFolder): Promise<WindowState> {
    try {
      return new WindowState(await JsonDatabase.open(folder, machineFile(folder.machine, WINDOW_STATE_FILE), windowStateFormat))
    } catch (error) {
      console.error(`Parallax could not read the window's place, and puts the window in its default place: ${describe(error)}`)
      return new WindowState(null)
    }
  }

  get data(): WindowStateFile {
    return this.#file?.data ?? windowStateFormat.empty()
  }

  /** Records where the window is as it closes; `saved()` then settles once that is on disk. */
  track(window: BrowserWindow): void {
    window.on('close', () => {
      this.#change({ bounds: window.getNormalBounds(), maximized: window.isMaximized() })
    })
  }

  rememberTheme(theme: ThemeChoice): void {
    if (theme !== this.data.theme) this.#change({ theme })
  }

  /** Settles once every change recorded so far is on disk (or could not be written, which costs only the window's place). */
  saved(): Promise<void> {
    return this.#writing
  }

  #change(change: Partial<Omit<WindowStateFile, 'schemaVersion'>>): void {
    const file = this.#file
    // A file a newer Parallax wrote is left as it is until the user chooses, as its notice said.
    if (file === null || file.held !== null) return
    this.#writing = file
      .update((data) => Object.assign(data, change, { bounds: roundBounds(change.bounds ?? data.bounds) }))
      .catch((error: unknown) => console.error(`Parallax could not save the window's place: ${describe(error)}`))
  }
}

function roundBounds(bounds: WindowBounds): WindowBounds {
  const { x, y, width, height } = bounds
  return { ...(x === undefined ? {} : { x: Math.round(x) }), ...(y === undefined ? {} : { y: Math.round(y) }), width: Math.round(width), height: Math.round(height) }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
