/** Bumped whenever what a fingerprint holds or how it is computed changes, so cached ones are computed again. */
export const FINGERPRINT_VERSION = 7
