import { describe, expect, it } from 'vitest'
import { AnnotationsState } from '../../../../src/renderer/state/annotations.svelte'
import { WorkspaceState } from '../../../../src/renderer/state/workspace.svelte'
import { fakeApi } from './fake-api'

const { api } = fakeApi({})

describe('WorkspaceState', () => {
  it('keeps the focused pane focused as panes are added, moved and closed', () => {
    const workspace = new WorkspaceState(api)
    const [first] = workspace.panes
    const second = workspace.add()!
    const third = workspace.add(first, true)!
    expect(workspace.panes).toEqual([third, first, second])
    expect(workspace.focused).toBe(third)
    workspace.move(third, 1)
    expect([workspace.panes, workspace.focused]).toEqual([[first, third, second], third])
    workspace.close(first!)
    expect([workspace.panes, workspace.focused]).toEqual([[third, second], third])
    workspace.close(third)
    expect([workspace.panes, workspace.focused]).toEqual([[second], second])
  })

  it('empties the last pane rather than closing it', () => {
    const workspace = new WorkspaceState(api)
    const [only] = workspace.panes
    only!.show(new AnnotationsState(api, 'doc'))
    workspace.close(only!)
    expect([workspace.panes.length, only!.documentId, only!.annotations]).toEqual([1, null, null])
  })

  it('shows one side panel at a time while they are overlapping drawers, and both side by side otherwise', () => {
    const workspace = new WorkspaceState(api)
    workspace.setDrawersOverlap(true)
    expect([workspace.showLibrary, workspace.showNotes]).toEqual([true, false])
    workspace.toggleSidebar('notes')
    expect([workspace.showLibrary, workspace.showNotes]).toEqual([false, true])
    workspace.toggleSidebar('library')
    expect([workspace.showLibrary, workspace.showNotes]).toEqual([true, false])
    workspace.restore({ ...workspace.layout(), showLibrary: true, showNotes: true })
    expect([workspace.showLibrary, workspace.showNotes]).toEqual([true, false])
    workspace.setDrawersOverlap(false)
    workspace.toggleSidebar('notes')
    expect([workspace.showLibrary, workspace.showNotes]).toEqual([true, true])
  })

  it('opens no fifth pane', () => {
    const workspace = new WorkspaceState(api)
    for (let i = 0; i < 3; i++) workspace.add()
    expect([workspace.full, workspace.add()]).toEqual([true, null])
  })

  it('resizes two neighbours within their pair, neither below a tenth of it', () => {
    const workspace = new WorkspaceState(api)
    workspace.add()
    workspace.resize(0, 0.25)
    expect(workspace.panes.map((pane) => pane.size)).toEqual([1.5, 0.5])
    workspace.resize(0, 1)
    expect(workspace.panes.map((pane) => Math.round(pane.size * 100) / 100)).toEqual([1.8, 0.2])
  })

  it('lists the annotations of the documents shown once each, however many panes show them', () => {
    const workspace = new WorkspaceState(api)
    const one = new AnnotationsState(api, 'one')
    const two = new AnnotationsState(api, 'two')
    workspace.panes[0]!.show(one)
    workspace.add()!.show(one)
    workspace.add()!.show(two)
    workspace.add()
    expect(workspace.shownAnnotations()).toEqual([one, two])
    expect(workspace.annotationsOf('one')).toBe(one)
    expect(workspace.annotationsOf('three')).toBeNull()
  })
})
