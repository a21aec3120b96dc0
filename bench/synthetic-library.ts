import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createServices } from '../src/main/container'
import type { NewsVocabulary } from './news-vocabulary'
import { random } from './random'

/** Where the bench keeps what it generates (reused by later runs); named for the generator, so a library in other words is made anew. */
export const WORK = resolve(import.meta.dirname, '..', '.tmp', 'bench', 'news-vocabulary')

/**
 * How the library's articles share text: they come in stories of one to eight articles (BASIL has three outlets'
 * reports of each of its stories), and a story's articles take a quarter of their sentences from its pool of 40, as
 * outlets rewrite one wire report and repeat its quotes. The rest of each article is its own.
 */
const STORY_SIZES = 8
const STORY_POOL = 40
const FROM_STORY = 0.25

/** The sentences a story's articles share. */
function storyPool(vocabulary: NewsVocabulary, next: () => number): string[] {
  return Array.from({ length: STORY_POOL }, () => sentenceOf(vocabulary.sentence(next)))
}

function sentenceOf(words: readonly string[]): string {
  const body = words.join(' ')
  return body.charAt(0).toUpperCase() + body.slice(1).replace(/[.,;:]*$/, '.')
}

/**
 * One article of about `bytes` bytes: a headline, then paragraphs of sentences in the vocabulary's words, a quarter
 * of them from its story's pool when it has one.
 */
export function syntheticArticle(vocabulary: NewsVocabulary, next: () => number, bytes: number, story: readonly string[] = []): string {
  const sentence = () => (story.length > 0 && next() < FROM_STORY ? story[Math.floor(next() * story.length)]! : sentenceOf(vocabulary.sentence(next)))
  const headline = Array.from({ length: 6 + Math.floor(next() * 8) }, () => vocabulary.word(next)).join(' ')
  const parts = [headline, '']
  let size = headline.length
  while (size < bytes) {
    const paragraph = Array.from({ length: 2 + Math.floor(next() * 5) }, sentence).join(' ')
    parts.push(paragraph, '')
    size += paragraph.length + 2
  }
  return parts.join('\n')
}

/**
 * A news page as a browser saves it ("Web Page, HTML only"): an article of about `articleBytes` between the furniture
 * of a real one (head metadata, inline styles and scripts, navigation, a list of related stories, a footer), so that
 * most of its bytes are not the story, as on a news site, where the article is a tenth of the page or less.
 */
export function syntheticPage(vocabulary: NewsVocabulary, next: () => number, articleBytes: number): string {
  const [headline, ...paragraphs] = syntheticArticle(vocabulary, next, articleBytes).split('\n').filter((line) => line !== '')
  const links = (count: number) => Array.from({ length: count }, (_, i) => `<li><a href="/story/${i}">${syntheticArticle(vocabulary, next, 0).split('\n')[0]}</a></li>`).join('')
  const style = `.c${'x'.repeat(40)} { margin: 0 auto; padding: 0.5rem 1rem; font: 16px/1.5 Georgia, serif }\n`.repeat(200)
  const script = `window.__data = ${JSON.stringify({ related: Array.from({ length: 60 }, (_, i) => ({ id: i, title: headline, tags: ['world', 'politics'] })) })};\n`
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${headline} | The Daily Example</title>
<meta property="og:title" content="${headline}"><meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-05T08:00:00Z"><style>${style}</style><script>${script}</script></head>
<body><header><nav><ul>${links(30)}</ul></nav></header>
<main><article><h1>${headline}</h1>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}</article>
<aside><h2>Most read</h2><ol>${links(20)}</ol></aside></main>
<footer><ul>${links(25)}</ul><p>© 2024 Example News Group</p></footer></body></html>`
}

/**
 * Builds (once, then reuses) a data folder of `count` synthetic documents of about `totalBytes` in all, in stories,
 * through the real library service.
 */
export async function syntheticLibrary(root: string, vocabulary: NewsVocabulary, count: number, totalBytes: number): Promise<string> {
  const dataDir = join(root, `library-${count}-${totalBytes}-v2`)
  if (existsSync(join(dataDir, 'complete'))) return dataDir
  await rm(dataDir, { recursive: true, force: true })
  const emptySeeds = join(root, 'no-seeds')
  await mkdir(emptySeeds, { recursive: true })
  const services = await createServices({ dataDir, seedsDir: emptySeeds, version: 'bench', transport: 'http' })
  const { library } = services
  const next = random(20261122)
  const encoder = new TextEncoder()
  const perDocument = totalBytes / count
  let story: string[] = []
  let storyLeft = 0
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
      if (storyLeft-- === 0) {
        story = storyPool(vocabulary, next)
        storyLeft = Math.floor(next() * STORY_SIZES)
      }
      const text = syntheticArticle(vocabulary, next, perDocument * (0.5 + next()), story)
      return { name: `synthetic-${start + i}.txt`, bytes: encoder.encode(text), text }
    })
    await library.addMany(batch)
  }
  // Which folds the catalog's journal into catalog.json, as a quit does, before any copy of the folder is made.
  await services.shutdown()
  await writeFile(join(dataDir, 'complete'), '')
  return dataDir
}
