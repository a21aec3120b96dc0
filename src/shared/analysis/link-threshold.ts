/**
 * A sentence pair is a link, and counts for shading and lock scroll, when its TF-IDF cosine reaches this. Measured on
 * BASIL's development split (`npm run eval`): of pairs from 0.25 to 0.35, under half are of one story; from 0.40 on,
 * with the corroboration in alignment.ts, 0.96 are. Apart from the alignment so the reader can show it on hover.
 */
export const LINK_THRESHOLD = 0.4
