import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServices } from '../src/main/container'

/** A small, fast, seedable PRNG (mulberry32), so every run generates the same library. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words of the seed corpus: the vocabulary every synthetic text is written in. */
export async function seedVocabulary(seedsDir: string): Promise<string[]> {
  const names = await readdir(seedsDir)
  const texts = await Promise.all(names.map((name) => readFile(join(seedsDir, name), 'utf8')))
  return texts.join(' ').split(/\s+/).filter((word) => /\p{L}/u.test(word))
}

/** One article of about `bytes` bytes: a headline, then paragraphs of sentences drawn from the seeds' words. */
export function syntheticArticle(words: string[], next: () => number, bytes: number): string {
  const pick = () => words[Math.floor(next() * words.length)]!
  const sentence = () => {
    const length = 8 + Math.floor(next() * 22)
    const body = Array.from({ length }, pick).join(' ')
    return body.charAt(0).toUpperCase() + body.slice(1).replace(/[.,;:]*$/, '.')
  }
  const headline = Array.from({ length: 6 + Math.floor(next() * 8) }, pick).join(' ')
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
export function syntheticPage(words: string[], next: () => number, articleBytes: number): string {
  const [headline, ...paragraphs] = syntheticArticle(words, next, articleBytes).split('\n').filter((line) => line !== '')
  const links = (count: number) => Array.from({ length: count }, (_, i) => `<li><a href="/story/${i}">${syntheticArticle(words, next, 0).split('\n')[0]}</a></li>`).join('')
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
 * Builds (once, then reuses) a data folder of `count` synthetic documents of about `totalBytes` in all,
 * through the real library service.
 */
export async function syntheticLibrary(root: string, seedsDir: string, count: number, totalBytes: number): Promise<string> {
  const dataDir = join(root, `library-${count}-${totalBytes}-v1`)
  if (existsSync(join(dataDir, 'complete'))) return dataDir
  await rm(dataDir, { recursive: true, force: true })
  const emptySeeds = join(root, 'no-seeds')
  await mkdir(emptySeeds, { recursive: true })
  const services = await createServices({ dataDir, seedsDir: emptySeeds, version: 'bench', transport: 'http' })
  const { library } = services
  const words = await seedVocabulary(seedsDir)
  const next = random(20261122)
  const encoder = new TextEncoder()
  const perDocument = totalBytes / count
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
      const text = syntheticArticle(words, next, perDocument * (0.5 + next()))
      return { name: `synthetic-${start + i}.txt`, bytes: encoder.encode(text), text }
    })
    await library.addMany(batch)
  }
  // Which folds the catalog's journal into catalog.json, as a quit does, before any copy of the folder is made.
  await services.shutdown()
  await writeFile(join(dataDir, 'complete'), '')
  return dataDir
}
