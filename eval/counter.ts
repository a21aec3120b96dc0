import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Figure } from '../bench/measure'
import { importCorpus } from './corpus-library'
import { rocAuc } from './scores'

interface CounterTruth {
  pairs: { source: string; derived: string; label: 'WD' | 'PD' | 'ND' }[]
  /** Per text, among other things the number of sentences the corpus's own XML marks. */
  documents: Record<string, { sentences: number }>
}

/** COUNTER-like corpora: agency and newspaper pairs labelled wholly, partially or not derived. */
export function isCounter(truth: unknown): truth is CounterTruth {
  return typeof truth === 'object' && truth !== null && 'pairs' in truth
}

export async function counterFigures(folder: string, name: string): Promise<Figure[]> {
  const truth = JSON.parse(await readFile(join(folder, 'ground-truth.json'), 'utf8')) as CounterTruth
  const corpus = await importCorpus(folder, truth.pairs.flatMap((pair) => [pair.source, pair.derived]))
  try {
    const scored = []
    for (const pair of truth.pairs) {
      const sourceId = corpus.idOf.get(pair.source)!
      const analysis = await corpus.services.analysis.documentAnalysis(corpus.idOf.get(pair.derived)!)
      // What the reader is told: "x% of this text is in that one", for the agency's text.
      const reused = analysis.reuse.find((reuse) => reuse.documentId === sourceId)?.share ?? 0
      // The headline is a sentence of its own here; the corpus counts the body's sentences only.
      const marked = truth.documents[pair.derived]!.sentences + 1
      scored.push({ score: reused, positive: pair.label !== 'ND', sentences: analysis.sentences.length / marked })
    }
    const auc = rocAuc(scored)
    const sentenceRatio = scored.reduce((sum, item) => sum + item.sentences, 0) / scored.length
    return [
      { figure: `${name}: AUC of the share of the text in its source, derived (WD, PD) against not (ND)`, value: `${auc.toFixed(3)} (${scored.length} pairs)`, target: '>= 0.90', met: auc >= 0.9 },
      {
        figure: `${name}: sentences found per sentence the corpus marks, newspaper texts`,
        value: sentenceRatio.toFixed(2),
        target: '0.8 to 1.25',
        met: sentenceRatio >= 0.8 && sentenceRatio <= 1.25
      }
    ]
  } finally {
    await corpus.dispose()
  }
}
