/** Side by side, four columns of text is the most a laptop screen reads comfortably. */
export const MAX_PANES = 4

/** One reader pane: its document, its share of the width, and where its reader was (a UTF-16 text offset). */
export interface PaneLayout {
  documentId: string | null
  size: number
  scrollOffset: number
}

/** The reading workspace as saved between sessions: a small serializable value, not the UI's state. */
export interface WorkspaceLayout {
  panes: PaneLayout[]
  /** The index of the pane the keyboard and the annotations panel follow. */
  focused: number
  /** Panes scroll together, each kept at the counterpart of the passage read in the one scrolled. */
  lockScroll: boolean
  /** Web cruft is folded away unless this is on. */
  showBoilerplate: boolean
  /** The side panels, which a reader comparing four texts may want out of the way. */
  showLibrary: boolean
  showNotes: boolean
}

export const EMPTY_WORKSPACE: WorkspaceLayout = {
  panes: [{ documentId: null, size: 1, scrollOffset: 0 }],
  focused: 0,
  lockScroll: true,
  showBoilerplate: false,
  showLibrary: true,
  showNotes: true
}
