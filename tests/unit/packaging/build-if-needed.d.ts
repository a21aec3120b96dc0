// The type of scripts/build-if-needed.mjs, which has no declaration file beside it.
declare module '*/scripts/build-if-needed.mjs' {
  /** Builds with electron-vite when a bundle is missing or older than the sources. */
  export function buildIfNeeded(): void
}
