import { describe, expect, it } from 'vitest'
import type { OutletEntry } from '../../../src/shared/model'
import { documentAlias, hostOf, nameKey, outletKey } from '../../../src/shared/outlet-key'
import { listOutlets, type OutletSource } from '../../../src/shared/outlet-list'
import { mergeOutlets, renameOutlet, splitAlias } from '../../../src/shared/outlet-edits'

let next = 0
function doc(outlet: string | null, url: string | null = null): OutletSource {
  return { id: `d_${String(next++).padStart(8, '0')}`, outlet, url }
}

/** Each outlet as "name: alias label ×documents, …", in list order. */
function shape(documents: OutletSource[], entries: OutletEntry[] = []): string[] {
  return listOutlets(documents, entries).map((o) => `${o.name}: ${o.aliases.map((a) => `${a.label} ×${a.documents}`).join(', ')}`)
}

describe('outletKey', () => {
  it('takes the registrable domain of a host, a bare domain or a link', () => {
    expect(outletKey('mobile.nytimes.com')).toBe('nytimes.com')
    expect(outletKey('thecaucus.blogs.nytimes.com')).toBe('nytimes.com')
    expect(outletKey('nytimes.com')).toBe('nytimes.com')
    expect(outletKey('https://www.nytimes.com/2014/06/11/us/politics/cantor.html')).toBe('nytimes.com')
    expect(outletKey('NYTimes.com')).toBe('nytimes.com')
  })

  it('keeps a country domain apart from the .com: bbc.co.uk and bbc.com are two registrable domains', () => {
    expect(outletKey('news.bbc.co.uk')).toBe('bbc.co.uk')
    expect(outletKey('www.bbc.com')).toBe('bbc.com')
  })

  it('keeps blogs on a shared host apart, by the private part of the Public Suffix List', () => {
    expect(outletKey('alice.blogspot.com')).toBe('alice.blogspot.com')
    expect(outletKey('bob.blogspot.com')).toBe('bob.blogspot.com')
  })

  it('folds a name: case, a leading “The”, accents and punctuation', () => {
    expect(outletKey('The New York Times')).toBe('new york times')
    expect(outletKey('New York Times')).toBe('new york times')
    expect(outletKey('  new-york  times. ')).toBe('new york times')
    expect(outletKey('Le Monde diplomatique')).toBe('le monde diplomatique')
    expect(outletKey('Télérama')).toBe('telerama')
    expect(outletKey('The')).toBe('the')
    expect(outletKey('—')).toBeNull()
  })
})

describe('hostOf', () => {
  it('takes only hosts under a known public suffix', () => {
    expect(hostOf('www.foxnews.com')).toBe('foxnews.com')
    expect(hostOf('latino.foxnews.com')).toBe('latino.foxnews.com')
    expect(hostOf('RT')).toBeNull()
    expect(hostOf('Fox News')).toBeNull()
    expect(hostOf('U.S.')).toBeNull()
    expect(hostOf('192.168.0.1')).toBeNull()
    expect(hostOf('localhost')).toBeNull()
  })
})

describe('documentAlias', () => {
  it('reads the outlet field first and the link only when there is none', () => {
    expect(documentAlias({ outlet: 'The New York Times', url: 'https://www.nytimes.com/x' })).toBe('new york times')
    expect(documentAlias({ outlet: null, url: 'https://www.nytimes.com/x' })).toBe('nytimes.com')
    expect(documentAlias({ outlet: 'www.latino.foxnews.com', url: null })).toBe('latino.foxnews.com')
    expect(nameKey('')).toBeNull()
    expect(documentAlias({ outlet: null, url: null })).toBeNull()
  })
})

describe('listOutlets', () => {
  it('counts three hosts of one site as one outlet, and names it by its domain', () => {
    const docs = [doc('mobile.nytimes.com'), doc('thecaucus.blogs.nytimes.com'), doc('nytimes.com'), doc('thecaucus.blogs.nytimes.com')]
    const outlets = listOutlets(docs, [])
    expect(outlets).toHaveLength(1)
    expect(outlets[0]).toMatchObject({ key: 'nytimes.com', name: 'nytimes.com', edited: false })
    expect(outlets[0]!.documentIds).toEqual(docs.map((d) => d.id))
    expect(shape(docs)).toEqual(['nytimes.com: thecaucus.blogs.nytimes.com ×2, mobile.nytimes.com ×1, nytimes.com ×1'])
  })

  it('puts “The New York Times” and “New York Times” together, under the spelling most documents use', () => {
    expect(shape([doc('The New York Times'), doc('New York Times'), doc('New York Times')])).toEqual(['New York Times: New York Times ×3'])
  })

  it('joins a name to the domain it is linked beside, and gives that domain the name', () => {
    const docs = [doc('New York Times', 'https://www.nytimes.com/a'), doc('New York Times'), doc('mobile.nytimes.com'), doc('RT')]
    expect(shape(docs)).toEqual(['New York Times: New York Times ×2, mobile.nytimes.com ×1', 'RT: RT ×1'])
  })

  it('leaves a name with no link beside it, and documents with no outlet, where they are', () => {
    expect(shape([doc('NYT'), doc('nytimes.com'), doc(null), doc('  ')])).toEqual(['NYT: NYT ×1', 'nytimes.com: nytimes.com ×1'])
  })

  it('keeps an edited outlet’s aliases in it, and lets new hosts of its domain follow', () => {
    const entries = [{ key: 'nytimes.com', name: 'The Times', aliases: ['nytimes.com', 'huffpost.com'] }]
    const docs = [doc('huffpost.com'), doc('politics.nytimes.com'), doc('foxnews.com')]
    expect(shape(docs, entries)).toEqual(['foxnews.com: foxnews.com ×1', 'The Times: huffpost.com ×1, politics.nytimes.com ×1'])
    expect(listOutlets(docs, entries).find((o) => o.name === 'The Times')).toMatchObject({ key: 'nytimes.com', edited: true })
  })
})

describe('outlet edits', () => {
  const docs = [doc('nytimes.com'), doc('thecaucus.blogs.nytimes.com'), doc('mobile.nytimes.com'), doc('huffingtonpost.com'), doc('huffpost.com')]
  const edit = (entries: OutletEntry[]) => ({ entries, outlets: listOutlets(docs, entries) })

  it('renames an outlet under the key it had, and refuses a name another outlet has', () => {
    const { outlets } = edit([])
    const entries = renameOutlet([], outlets, 'nytimes.com', 'New York Times')
    expect(entries).toEqual([{ key: 'nytimes.com', name: 'New York Times', aliases: ['nytimes.com', 'mobile.nytimes.com', 'thecaucus.blogs.nytimes.com'] }])
    expect(shape(docs, entries)[2]).toBe('New York Times: mobile.nytimes.com ×1, nytimes.com ×1, thecaucus.blogs.nytimes.com ×1')
    expect(() => renameOutlet(entries, listOutlets(docs, entries), 'huffpost.com', 'new york TIMES')).toThrow('There is already an outlet named “New York Times”')
    expect(() => renameOutlet([], outlets, 'no-such.com', 'X')).toThrow('no longer in the library')
  })

  it('merges two domains of one outlet, keeping the target’s name', () => {
    const named = renameOutlet([], edit([]).outlets, 'huffpost.com', 'HuffPost')
    const entries = mergeOutlets(named, listOutlets(docs, named), 'huffingtonpost.com', 'huffpost.com')
    expect(shape(docs, entries)).toEqual(['HuffPost: huffingtonpost.com ×1, huffpost.com ×1', 'nytimes.com: mobile.nytimes.com ×1, nytimes.com ×1, thecaucus.blogs.nytimes.com ×1'])
    expect(() => mergeOutlets(entries, listOutlets(docs, entries), 'huffpost.com', 'huffpost.com')).toThrow('cannot be merged into itself')
  })

  it('splits a blog off its site, named as its host, the rest staying together', () => {
    const entries = splitAlias([], edit([]).outlets, 'nytimes.com', 'thecaucus.blogs.nytimes.com')
    expect(shape(docs, entries)).toEqual([
      'huffingtonpost.com: huffingtonpost.com ×1',
      'huffpost.com: huffpost.com ×1',
      'nytimes.com: mobile.nytimes.com ×1, nytimes.com ×1',
      'thecaucus.blogs.nytimes.com: thecaucus.blogs.nytimes.com ×1'
    ])
    // Split again: the outlet keeps its name, and a host the documents did not use before still finds it.
    const later = [...docs, doc('politics.nytimes.com')]
    expect(shape(later, entries)[2]).toBe('nytimes.com: mobile.nytimes.com ×1, nytimes.com ×1, politics.nytimes.com ×1')
  })

  it('splitting the bare domain off keeps the other hosts together under a key of theirs', () => {
    const entries = splitAlias([], edit([]).outlets, 'nytimes.com', 'nytimes.com')
    const outlets = listOutlets(docs, entries)
    expect(outlets.find((o) => o.aliases.some((a) => a.key === 'mobile.nytimes.com'))?.aliases.map((a) => a.key)).toEqual(['mobile.nytimes.com', 'thecaucus.blogs.nytimes.com'])
    expect(outlets.find((o) => o.aliases.some((a) => a.key === 'nytimes.com'))?.aliases.map((a) => a.key)).toEqual(['nytimes.com'])
    expect(new Set(outlets.map((o) => o.key)).size).toBe(outlets.length)
  })

  it('splitting a name off the domain it was joined to names the two apart', () => {
    const joined = [doc('New York Times', 'https://nytimes.com/a'), doc('nytimes.com')]
    const entries = splitAlias([], listOutlets(joined, []), 'nytimes.com', 'new york times')
    expect(shape(joined, entries)).toEqual(['New York Times: New York Times ×1', 'nytimes.com: nytimes.com ×1'])
  })

  it('refuses to split an outlet’s only alias, or one it does not have', () => {
    const { outlets } = edit([])
    expect(() => splitAlias([], outlets, 'huffpost.com', 'huffpost.com')).toThrow('nothing to split it from')
    expect(() => splitAlias([], outlets, 'nytimes.com', 'huffpost.com')).toThrow('no longer in this outlet')
  })
})
