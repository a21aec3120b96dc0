import type { Category } from './model'

/** The palette a new library starts with; ids are stable so highlights keep their meaning when names change. */
export const DEFAULT_CATEGORIES: Category[] = [
  { id: 'claim', name: 'Claim', color: '#e39b2d' },
  { id: 'quote', name: 'Quote', color: '#3f8fd2' },
  { id: 'figure', name: 'Figure', color: '#3fa35a' },
  { id: 'framing', name: 'Framing', color: '#a66bd1' },
  { id: 'source', name: 'Source', color: '#d9644a' },
  { id: 'question', name: 'Question', color: '#d4478a' }
]

/** The reader paints highlights through a fixed set of named slots, one per category in palette order. */
export const MAX_CATEGORIES = 12
