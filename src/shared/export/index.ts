/** Exports of highlights and notes: Markdown for reading, CSV for spreadsheets, W3C Web Annotation for other tools. */
export type { ExportDocument, ExportGroup, ExportOptions, ImportedDocument, ImportedHighlight } from './types'
export { toMarkdown } from './markdown'
export { highlightsMarkdown } from './markdown-highlight'
export { toCsv } from './csv'
export { passageLink } from './select'
export { toWebAnnotation } from './web-annotation'
export { fromWebAnnotation } from './web-annotation-import'
export type { WebAnnotation, WebAnnotationCollection } from './web-annotation-types'
