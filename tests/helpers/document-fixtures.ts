import { strToU8, zipSync } from 'fflate'
import iconv from 'iconv-lite'

/** The article's paragraphs and heading, as the canonical text should hold them. */
export const PAGE_ARTICLE = [
  'Negotiators returned to Doha on Tuesday for a new round of talks, officials said, as pressure mounted on both sides to agree a pause in the fighting.',
  'What is on the table',
  'The proposal would see a six-week truce, the release of hostages in stages and a large increase in aid deliveries, according to two people briefed on it.',
  '“We are cautiously hopeful,” one official said – though others at the café were more guarded.'
]

/** Page furniture that must stay out of the text. */
export const PAGE_FURNITURE = ['Subscribe now', 'Most read: Ten things to know', 'Privacy policy', 'World news home']

/**
 * A news page as a browser saves it: Open Graph and JSON-LD metadata, a `<time>`, navigation, an aside and a footer,
 * in Windows-1252 as its `<meta charset>` says (curly quotes, a dash and "café" are bytes only that encoding reads so).
 */
export function savedPage(): Uint8Array {
  return iconv.encode(pageHtml('windows-1252'), 'windows-1252')
}

/** The saved page's markup, its `<meta charset>` naming `charset`. */
function pageHtml(charset: string): string {
  const [lead, heading, middle, quote] = PAGE_ARTICLE
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="${charset}">
<title>Ceasefire talks resume in Doha | The Daily Example</title>
<meta property="og:title" content="Ceasefire talks resume in Doha">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://daily.example/world/ceasefire-talks">
<meta property="article:published_time" content="2024-03-05T08:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily Example"},
{"@type":"NewsArticle","headline":"Ceasefire talks resume in Doha","datePublished":"2024-03-05T08:00:00Z",
"author":[{"@type":"Person","name":"Ana Pérez"},{"@type":"Person","name":"Sam Lee"}],"publisher":{"@type":"Organization","name":"Example News Group"}}]}</script>
</head><body>
<header><a href="/">World news home</a><nav><a href="/world">World</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe now</a></nav></header>
<main><article>
<h1>Ceasefire talks resume in Doha</h1>
<p><time datetime="2024-03-05">5 March 2024</time></p>
<p>${lead}</p>
<h2>${heading}</h2>
<p>${middle}</p>
<p>${quote}</p>
</article></main>
<aside><h3>Most read: Ten things to know</h3><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></aside>
<footer><p><a href="/privacy">Privacy policy</a> · © 2024 Example News Group</p></footer>
</body></html>`
}

/** Where the archived page was saved from, as the archive's headers say. */
export const ARCHIVE_ADDRESS = 'https://daily.example/world/ceasefire-talks?ref=home'

/**
 * The same page saved as one file, as Chrome's "Webpage, Single File" writes it: a MIME message with the page's markup
 * in UTF-8, quoted-printable, an image beside it, the address and title in its headers, and no Open Graph address.
 */
export function webArchive(): Uint8Array {
  const html = pageHtml('utf-8').replace(/<meta property="og:url"[^>]*>\n/, '')
  const boundary = '----MultipartBoundary--Parallax----'
  return Buffer.from(
    [
      'From: <Saved by Blink>',
      `Snapshot-Content-Location: ${ARCHIVE_ADDRESS}`,
      'Subject: =?utf-8?Q?Ceasefire_talks_resume_in_Doha_|_The_Daily_Example?=',
      'Date: Tue, 5 Mar 2024 09:12:00 -0000',
      'MIME-Version: 1.0',
      `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
      '',
      '',
      `--${boundary}`,
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      `Content-Location: ${ARCHIVE_ADDRESS}`,
      '',
      quotedPrintable(html),
      `--${boundary}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://daily.example/logo.png',
      '',
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      `--${boundary}--`,
      ''
    ].join('\r\n')
  )
}

/** RFC 2045 quoted-printable: bytes outside printable ASCII and "=" as =XX, lines broken softly before 76 characters. */
function quotedPrintable(text: string): string {
  const encoded = [...Buffer.from(text, 'utf8')].map((byte) =>
    byte === 0x0a ? '\r\n' : (byte >= 0x20 && byte < 0x7f && byte !== 0x3d) || byte === 0x09 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
  )
  const lines: string[] = []
  let line = ''
  for (const piece of encoded) {
    if (piece === '\r\n') {
      lines.push(line)
      line = ''
    } else if (line.length + piece.length > 75) {
      lines.push(`${line}=`)
      line = piece
    } else line += piece
  }
  lines.push(line)
  return lines.join('\r\n')
}

export const WORD_TITLE = 'Notes on the Doha talks'
export const WORD_AUTHOR = 'Ana Pérez'
export const WORD_PARAGRAPHS = ['Background', 'The first round of talks ended without agreement.', 'Officials expect a second round “within days”.']

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/**
 * A minimal .docx, as the Office Open XML parts Word writes: a heading and two paragraphs in word/document.xml, the
 * title and author in docProps/core.xml, tied together by [Content_Types].xml and the package relationships.
 */
export function wordDocument(): Uint8Array {
  const [heading, ...paragraphs] = WORD_PARAGRAPHS
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
  const body = [
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(heading!)}</w:p>`,
    ...paragraphs.map((text) => `<w:p>${run(text)}</w:p>`)
  ].join('')
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
    'docProps/core.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${WORD_TITLE}</dc:title><dc:creator>${WORD_AUTHOR}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-06T09:00:00Z</dcterms:created></cp:coreProperties>`)
  })
}
