import { decodeCall, encodeCall } from '../../src/shared/contract/body-codec'
import { callNames } from '../../src/shared/contract/names'
import type { Api, RawApi } from '../../src/shared/contract/calls'
import { openServices } from './test-services'
import { createDispatch } from '../../src/main/ipc/dispatch'
import { unwrap } from '../../src/renderer/lib/api-client'
import { SEEDS_DIR } from './temp-dir'

/**
 * The renderer's API over the real back end in this process: the same dispatch and services, each argument encoded
 * and decoded as browser mode sends it, without the network; as the desktop app's (which reads paths) when asked.
 */
export async function inProcessApi(dataDir: string, transport: 'http' | 'electron' = 'http'): Promise<Api> {
  const services = await openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport })
  const dispatch = createDispatch(services.handlers)
  const raw = Object.fromEntries(callNames.map((name) => [name, async (input: unknown) => dispatch(name, await asSent(input))])) as RawApi
  return unwrap(raw)
}

/** A call's argument as the back end gets it from browser mode: encoded as an HTTP body, then decoded. */
export async function asSent(input: unknown): Promise<unknown> {
  const { type, body } = encodeCall(input)
  return decodeCall(type, typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(await body.arrayBuffer()))
}
