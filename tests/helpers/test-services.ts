import { createServices, type ContainerOptions, type Services } from '../../src/main/container'
import { closeBeforeRemoval } from './temp-dir'

/**
 * The app's services, as `createServices` makes them, shut down once the test ends and before its folders are
 * removed: left running, their background writes (the catalog's fold, import packs split into files) raced the
 * removal. `shutdown` shuts them down once, however often it is called.
 */
export async function openServices(options: ContainerOptions): Promise<Services> {
  const services = await createServices(options)
  let closing: Promise<void> | null = null
  const shutdown = () => (closing ??= services.shutdown())
  closeBeforeRemoval(shutdown)
  return { ...services, shutdown }
}
