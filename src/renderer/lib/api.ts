import type { Api, RawApi } from '../../shared/contract'
import { ApiError, unwrap } from './api-client'
import { httpTransport } from './http-transport'

declare global {
  interface Window {
    /** Present in the desktop app, where the preload exposes the contract. */
    parallax?: { calls: RawApi }
  }
}

/** The renderer's one way to the back end: the preload in the desktop app, HTTP in browser mode. */
export const api: Api = unwrap(window.parallax?.calls ?? httpTransport())

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Parallax could not reach its back end. If you are in browser mode, check that `npm run serve` is still running.'
}
