import { describe, expect, it } from 'vitest'
import type { DocumentAnnotations } from '../../../../src/shared/model'
import { AnnotationsState } from '../../../../src/renderer/state/annotations.svelte'
import { FIRST_SCREEN_LENGTH } from '../../../../src/renderer/state/first-screen'
import { fakeApi, highlight } from './fake-api'

/** A promise the test resolves when it chooses, to hold an answer back while something else happens. */
function held<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

const early = highlight('h-early', 'doc', 10, 20)
const late = highlight('h-late', 'doc', FIRST_SCREEN_LENGTH + 10, FIRST_SCREEN_LENGTH + 20)

describe('AnnotationsState', () => {
  it('takes the first screen of a long text first, then all, in text order; opened again it asks only for all', async () => {
    const { api, calls } = fakeApi({
      getAnnotations: async ({ documentId, before }) => ({
        documentId,
        note: 'Read twice.',
        highlights: before === undefined ? [late, early] : [early]
      })
    })
    const annotations = new AnnotationsState(api, 'doc')
    const loading = annotations.load()
    await loading.firstScreen
    expect(annotations.highlights.map((h) => h.id)).toEqual(['h-early'])
    await loading.all
    expect(annotations.highlights.map((h) => h.id)).toEqual(['h-early', 'h-late'])
    expect(annotations.note).toBe('Read twice.')

    await annotations.load().all
    expect(calls.map((call) => call.input)).toEqual([
      { documentId: 'doc', before: FIRST_SCREEN_LENGTH },
      { documentId: 'doc' },
      { documentId: 'doc' }
    ])
    // Opened again, what was there stays until the answer comes: no cut back to the first screen meanwhile.
    expect(annotations.highlights).toHaveLength(2)
  })

  it('keeps a highlight made or deleted while a load was on its way over what that load brings', async () => {
    const answer = held<DocumentAnnotations>()
    const { api } = fakeApi({ getAnnotations: () => answer.promise })
    const annotations = new AnnotationsState(api, 'doc')
    const all = annotations.load().all.catch(() => undefined)
    const made = highlight('h-new', 'doc', 30, 40)
    annotations.upsert(made)
    annotations.drop('h-early')
    answer.resolve({ documentId: 'doc', note: '', highlights: [early, late] })
    await all
    expect(annotations.highlights.map((h) => h.id)).toEqual(['h-new', 'h-late'])
  })

  it('lets the last load asked for win, and an overtaken load end with it', async () => {
    const answers = [held<DocumentAnnotations>(), held<DocumentAnnotations>(), held<DocumentAnnotations>(), held<DocumentAnnotations>()]
    let asked = 0
    const { api } = fakeApi({ getAnnotations: () => answers[asked++]!.promise })
    const annotations = new AnnotationsState(api, 'doc')
    const first = annotations.load()
    answers[0]!.resolve({ documentId: 'doc', note: 'first screen', highlights: [] })
    await first.firstScreen
    const second = annotations.load()
    let firstEnded = false
    void first.all.then(() => (firstEnded = true))
    // The first load's full answer (asked for before the second load) comes after the second load was asked for.
    answers[1]!.resolve({ documentId: 'doc', note: 'overtaken', highlights: [early] })
    answers[2]!.resolve({ documentId: 'doc', note: 'second first screen', highlights: [] })
    await second.firstScreen
    expect(annotations.note).toBe('second first screen')
    expect(firstEnded).toBe(false)
    answers[3]!.resolve({ documentId: 'doc', note: 'latest', highlights: [late] })
    await first.all
    expect(annotations.note).toBe('latest')
    expect(annotations.highlights).toEqual([late])
  })

  it('closes the card a pane has open on a highlight that goes, deleted here or gone from a reload', async () => {
    let stored = [early, late]
    const { api } = fakeApi({ getAnnotations: async ({ documentId }) => ({ documentId, note: '', highlights: stored }) })
    const annotations = new AnnotationsState(api, 'doc')
    await annotations.load().all
    annotations.setActive(1, 'h-early')
    annotations.setActive(2, 'h-late')
    annotations.drop('h-early')
    expect([annotations.activeIn(1), annotations.activeIn(2)]).toEqual([null, 'h-late'])
    stored = []
    await annotations.refresh()
    expect(annotations.activeIn(2)).toBeNull()
    // Brought back (a redo), it does not open its card again.
    stored = [late]
    await annotations.refresh()
    expect(annotations.activeIn(2)).toBeNull()
  })
})
