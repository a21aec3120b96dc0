/**
 * The lifecycle every service has. The container boots the services in the order it builds them, each awaited, and
 * at quit shuts them down in the reverse order, each awaited, so none stops while one that uses it still runs. Most
 * have nothing to do at either end.
 */
export abstract class Service {
  async boot(): Promise<void> {}

  async shutdown(): Promise<void> {}
}
