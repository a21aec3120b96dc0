import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The checkout's folder (the one above scripts/), as a real path: fileURLToPath keeps spaces and Windows drives intact. */
export const checkoutRoot = dirname(dirname(fileURLToPath(import.meta.url)))
