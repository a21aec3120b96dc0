import { diffArrays } from 'diff'
import type { DraftMember } from './quote-clusters'
import { wordsOf, type Word } from './terms'
import type { DiffPart, QuoteCluster, QuoteMember } from './types'

function sliceOf(text: string, words: readonly Word[], from: number, count: number): string {
  return count === 0 ? '' : text.slice(words[from]!.start, words[from + count - 1]!.end)
}

/** The characters between word `at` of a version and the word before it; a space before its first word, unless first of all. */
function spaceBefore(text: string, words: readonly Word[], at: number, first: boolean): string {
  if (first) return ''
  return at === 0 ? ' ' : text.slice(words[at - 1]!.end, words[at]!.start)
}

/** Past this many words added or removed, two versions have little left in common to show, and diffing them costs the most. */
const MAX_EDITS = 64

/**
 * The words `text` shares with `reference`, and those only one of them has, in reading order. Words compare folded,
 * so case, accents and curly or straight apostrophes are no difference; punctuation is none either.
 */
export function wordDiff(reference: string, text: string): DiffPart[] {
  const [before, after] = [wordsOf(reference), wordsOf(text)]
  const changes =
    Math.abs(before.length - after.length) > MAX_EDITS
      ? undefined
      : diffArrays(before, after, { comparator: (a, b) => a.folded === b.folded, maxEditLength: MAX_EDITS })
  if (changes === undefined) {
    return [
      { kind: 'removed', text: reference, space: '' },
      { kind: 'added', text, space: ' ' }
    ]
  }
  const parts: DiffPart[] = []
  // Where the next part starts, in the words of the reference and of this version.
  let [inBefore, inAfter] = [0, 0]
  for (const change of changes) {
    const count = change.value.length
    if (count === 0) continue
    const first = parts.length === 0
    if (change.removed) {
      parts.push({ kind: 'removed', text: sliceOf(reference, before, inBefore, count), space: spaceBefore(reference, before, inBefore, first) })
      inBefore += count
      continue
    }
    parts.push({ kind: change.added ? 'added' : 'same', text: sliceOf(text, after, inAfter, count), space: spaceBefore(text, after, inAfter, first) })
    inAfter += count
    if (!change.added) inBefore += count
  }
  return parts
}

function mostNamed(members: readonly DraftMember[]): string | null {
  const counts = new Map<string, number>()
  for (const { speaker } of members) if (speaker !== null) counts.set(speaker, (counts.get(speaker) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

/**
 * Finishes clusters for the reader: paraphrases get their text, the fullest quote goes first, and every other member
 * gets its word diff against it. `textOf` gives the canonical text of each document that has a paraphrase.
 */
export function describeClusters(drafts: readonly DraftMember[][], textOf: (documentId: string) => string): QuoteCluster[] {
  const clusters = drafts.map((draft) => {
    const members = draft.map((member) => ({ ...member, text: member.text ?? textOf(member.documentId).slice(member.start, member.end) }))
    members.sort((a, b) => b.terms - a.terms || a.documentId.localeCompare(b.documentId) || a.start - b.start)
    const reference = members[0]!
    const described: QuoteMember[] = members.map(({ terms: _terms, ...member }) => ({
      ...member,
      diff: member === reference ? [{ kind: 'same', text: member.text, space: '' }] : wordDiff(reference.text, member.text)
    }))
    return {
      id: `${reference.documentId}:${reference.start}`,
      speaker: mostNamed(draft.filter((member) => member.kind === 'quote')),
      documents: new Set(members.map((member) => member.documentId)).size,
      members: described
    }
  })
  // Ties go by the quote's words, not by document ids, which are random: the list reads the same in every library.
  const words = (cluster: QuoteCluster) => cluster.members[0]!.text.replace(/^\P{L}+/u, '')
  return clusters.sort(
    (a, b) => b.documents - a.documents || b.members.length - a.members.length || words(a).localeCompare(words(b)) || a.id.localeCompare(b.id)
  )
}
