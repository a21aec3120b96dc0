import type { WebContents } from 'electron'
import { pushChannelOf, type PushEventName } from '../../shared/contract/names'
import type { PushPayload } from '../../shared/contract/push-events'

/** Sends the page a push event of the contract; the page checks it with the event's schema as it arrives. */
export function push<K extends PushEventName>(contents: Pick<WebContents, 'send'>, name: K, payload: PushPayload<K>): void {
  contents.send(pushChannelOf(name), payload)
}
