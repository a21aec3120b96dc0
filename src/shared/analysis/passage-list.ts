import { partitionPoint } from '../partition-point'
import type { DocumentAnalysis, Passage } from './types'

/** A passage found elsewhere, with its place in its list. */
export interface FoundPassage extends Passage {
  index: number
}

/**
 * A document's passages in text order, as the reader receives them: the spans as flat numbers (start, end, start,
 * end, …) and, as objects, only the passages another document or the page furniture also carries. A long text has
 * 100,000 sentences, nearly all found nowhere else; as one object each, their answer took 50 ms to parse from JSON
 * and 75-270 ms to copy between processes (V8's deserializer, which Electron's IPC uses), freezing the reader.
 */
export interface PassageList {
  spans: number[]
  found: FoundPassage[]
}

/** The analysis as the reader receives it: its passage lists packed. */
export interface ReaderAnalysis extends Omit<DocumentAnalysis, 'sentences' | 'paragraphs'> {
  sentences: PassageList
  paragraphs: PassageList
}

export function listPassages(passages: readonly Passage[]): PassageList {
  const spans = passages.flatMap(({ start, end }) => [start, end])
  const found = passages.flatMap((passage, index) => (passage.carriers > 1 || passage.furniture > 0 ? [{ ...passage, index }] : []))
  return { spans, found }
}

export function readerAnalysis({ sentences, paragraphs, ...rest }: DocumentAnalysis): ReaderAnalysis {
  return { ...rest, sentences: listPassages(sentences), paragraphs: listPassages(paragraphs) }
}

export function passageCount(list: PassageList): number {
  return list.spans.length / 2
}

/** The passage holding `offset`, or null; one found nowhere else is carried by its own document only. */
export function passageAt(list: PassageList, offset: number): Passage | null {
  const index = partitionPoint(passageCount(list), (i) => list.spans[2 * i]! <= offset) - 1
  if (index < 0 || offset >= list.spans[2 * index + 1]!) return null
  const at = partitionPoint(list.found.length, (i) => list.found[i]!.index < index)
  const found = list.found[at]
  if (found?.index === index) return found
  return { start: list.spans[2 * index]!, end: list.spans[2 * index + 1]!, carriers: 1, counterparts: [], furniture: 0 }
}
