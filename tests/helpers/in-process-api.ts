import { callNames } from '../../src/shared/call-names'
import type { RawApi } from '../../src/shared/contract'
import type { Api } from '../../src/shared/contract'
import { createServices } from '../../src/main/container'
import { createDispatch } from '../../src/main/ipc/dispatch'
import { unwrap } from '../../src/renderer/lib/api-client'
import { SEEDS_DIR } from './temp-dir'

/** The renderer's API over the real back end in this process: the same dispatch and services, without a transport. */
export async function inProcessApi(dataDir: string): Promise<Api> {
  const services = await createServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
  const dispatch = createDispatch(services.handlers)
  const raw = Object.fromEntries(callNames.map((name) => [name, (input: unknown) => dispatch(name, input)])) as RawApi
  return unwrap(raw)
}
