import type { Figure } from '../bench/measure'
import type { CorpusLibrary } from './corpus-library'
import { share } from './scores'

/** What a corpus says each article's header is: its headline, the outlet's domain, and its ISO date. */
export interface ArticleHeader {
  /** Null for an article whose header has no headline (BASIL has one): not counted for titles. */
  title: string | null
  domain: string
  date: string
}

/**
 * How often the title, outlet and date Parallax reads from each imported article are the ones its header carries,
 * and the first few it got wrong, so a miss can be looked at.
 */
export function titleFigures(name: string, corpus: CorpusLibrary, headers: Map<string, ArticleHeader>): Figure[] {
  let headlines = 0
  let titles = 0
  let outlets = 0
  let dates = 0
  const misses: string[] = []
  for (const [file, header] of headers) {
    const meta = corpus.services.library.get(corpus.idOf.get(file)!)
    if (header.title !== null) {
      headlines += 1
      if (meta.title === header.title) titles += 1
      else misses.push(`  ${file}: title "${meta.title}" for "${header.title}"`)
    }
    if (meta.outlet === header.domain) outlets += 1
    else misses.push(`  ${file}: outlet ${meta.outlet} for ${header.domain}`)
    if (meta.date === header.date) dates += 1
    else misses.push(`  ${file}: date ${meta.date} for ${header.date}`)
  }
  if (misses.length > 0) console.log(`${name}: headers read wrong (first 8 of ${misses.length}):\n${misses.slice(0, 8).join('\n')}`)
  const title = share(titles, headlines)
  const outlet = share(outlets, headers.size)
  const date = share(dates, headers.size)
  return [
    { figure: `${name}: title equal to the headline`, value: title.text, target: '>= 0.995', met: title.value >= 0.995 },
    { figure: `${name}: outlet equal to the header's`, value: outlet.text, target: '>= 0.995', met: outlet.value >= 0.995 },
    { figure: `${name}: date equal to the header's`, value: date.text, target: '>= 0.995', met: date.value >= 0.995 }
  ]
}
