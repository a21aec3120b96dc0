import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Figure } from '../bench/measure'
import { toUtf16Offset } from '../src/shared/anchoring/code-points'
import type { DocumentAnalysis, QuoteCluster } from '../src/shared/analysis/types'
import { importCorpus } from './corpus-library'
import { share } from './scores'
import { titleFigures, type ArticleHeader } from './titles'

interface BasilTruth {
  stories: { story_id: string; articles: string[] }[]
  annotated_quote_spans: { items: { article: string; char_start: number; char_end: number; speaker: string }[] }
  derived_shared_quotes: { items: { occurrences: { article: string; char_start: number; char_end: number }[] }[] }
  articles: Record<string, ArticleHeader>
}

/** BASIL-like corpora: same-story triplets, with annotated quote spans and their speakers. */
export function isBasil(truth: unknown): truth is BasilTruth {
  return typeof truth === 'object' && truth !== null && 'stories' in truth && 'annotated_quote_spans' in truth
}

/** Speakers the annotators left unnamed ("other_anti" and the like) are not counted for speaker accuracy. */
const UNNAMED = /^other_/
/**
 * Speakers the annotators named as a group ("Democratic_Lawmakers", "Obama_campaign", "NAACP", "protestors") are not
 * counted either: the text names one member or none, and no name can be checked against them. A named person is two
 * or three capitalised words, none of them a collective noun.
 */
const COLLECTIVE = /^(?:lawmakers|officials|campaign|companies|party|republicans|democrats|department)$/i
function isNamedPerson(label: string): boolean {
  const words = label.split('_')
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}/u.test(word) && !COLLECTIVE.test(word))
}

/** An extracted speaker names the annotated one when its last word is the annotated name's last word ("Steele" for Michael_Steele). */
function sameSpeaker(extracted: string | null, annotated: string): boolean {
  if (!extracted) return false
  const words = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ')
  const found = words(extracted)
  const wanted = words(annotated)
  return found.at(-1) === wanted.at(-1) || wanted.every((word) => found.includes(word))
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

export async function basilFigures(folder: string, name: string): Promise<Figure[]> {
  const truth = JSON.parse(await readFile(join(folder, 'ground-truth.json'), 'utf8')) as BasilTruth
  const files = truth.stories.flatMap((story) => story.articles)
  const corpus = await importCorpus(folder, files)
  try {
    const storyOfDocument = new Map<string, string>()
    for (const story of truth.stories) for (const article of story.articles) storyOfDocument.set(corpus.idOf.get(article)!, story.story_id)
    const analyses = new Map<string, DocumentAnalysis>()
    for (const id of storyOfDocument.keys()) analyses.set(id, await corpus.services.analysis.documentAnalysis(id))

    let pairs = 0
    let pairsInStory = 0
    let documentsWithOwnStory = 0
    for (const [id, analysis] of analyses) {
      let own = false
      for (const sentence of analysis.sentences) {
        for (const counterpart of sentence.counterparts) {
          pairs += 1
          const same = storyOfDocument.get(counterpart.documentId) === storyOfDocument.get(id)
          if (same) pairsInStory += 1
          own ||= same
        }
      }
      if (own) documentsWithOwnStory += 1
    }

    let annotated = 0
    let extracted = 0
    let named = 0
    let namedRight = 0
    for (const item of truth.annotated_quote_spans.items) {
      const id = corpus.idOf.get(item.article)!
      const text = await corpus.text(id)
      const span = { start: toUtf16Offset(text, item.char_start), end: toUtf16Offset(text, item.char_end) }
      annotated += 1
      const quote = analyses.get(id)!.quotes.find((each) => overlap(each, span) * 2 >= span.end - span.start)
      if (!quote) continue
      extracted += 1
      if (UNNAMED.test(item.speaker) || !isNamedPerson(item.speaker)) continue
      named += 1
      if (sameSpeaker(quote.speaker, item.speaker.replace(/_/g, ' '))) namedRight += 1
    }

    const clusters: QuoteCluster[] = await corpus.services.analysis.quotes(true)
    const oneStory = clusters.filter((cluster) => new Set(cluster.members.map((member) => storyOfDocument.get(member.documentId))).size === 1).length
    let sharedClustered = 0
    for (const shared of truth.derived_shared_quotes.items) {
      const places = await Promise.all(
        shared.occurrences.map(async (occurrence) => {
          const id = corpus.idOf.get(occurrence.article)!
          const text = await corpus.text(id)
          return { documentId: id, start: toUtf16Offset(text, occurrence.char_start), end: toUtf16Offset(text, occurrence.char_end) }
        })
      )
      const together = clusters.some((cluster) =>
        places.every((place) => cluster.members.some((member) => member.documentId === place.documentId && overlap(member, place) > 0))
      )
      if (together) sharedClustered += 1
    }

    const precision = share(pairsInStory, pairs)
    const kept = share(documentsWithOwnStory, analyses.size)
    const found = share(extracted, annotated)
    const speakers = share(namedRight, named)
    const clean = share(oneStory, clusters.length)
    const verbatim = share(sharedClustered, truth.derived_shared_quotes.items.length)
    return [
      { figure: `${name}: aligned sentence pairs in the same story`, value: precision.text, target: '>= 0.95', met: precision.value >= 0.95 },
      { figure: `${name}: documents keeping a counterpart in their own story`, value: kept.text, target: '>= 0.95', met: kept.value >= 0.95 },
      { figure: `${name}: annotated quotations extracted`, value: found.text, target: '>= 0.90', met: found.value >= 0.9 },
      { figure: `${name}: named person right, of extracted annotated quotes`, value: speakers.text, target: '>= 0.90', met: speakers.value >= 0.9 },
      { figure: `${name}: multi-document quote clusters all of one story`, value: clean.text, target: '>= 0.95', met: clean.value >= 0.95 },
      { figure: `${name}: verbatim shared quotes clustered together`, value: verbatim.text, target: '>= 0.95', met: verbatim.value >= 0.95 },
      ...titleFigures(name, corpus, new Map(files.map((file) => [file, truth.articles[file]!])))
    ]
  } finally {
    await corpus.dispose()
  }
}
