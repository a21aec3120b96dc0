import { z } from 'zod/mini'
import { DOCUMENT_ID } from './id-patterns'
import type { PushEventName } from './names'

const offset = z.int().check(z.nonnegative())

/**
 * What the desktop app's main process sends the page unasked, with a schema for each: the page checks every event as
 * it arrives (`renderer/lib/api.ts`), since the preload passes on whatever came over IPC. The page loads these
 * schemas, so they are written with zod/mini, which the bundler cuts down to what is used (all of zod would add
 * 170 KB to the page's script, this 35 KB).
 */
export const pushEvents = {
  /** A command from the desktop app's menu; browser mode offers the same through its own buttons. */
  menuCommand: z.enum(['import', 'import-folder', 'export']),
  /** A passage link opened from outside (an exported note), to show that passage. */
  openPassage: z
    .strictObject({ documentId: z.string().check(z.regex(DOCUMENT_ID)), start: offset, end: offset })
    .check(z.refine((link) => link.start <= link.end, 'A passage ends after it starts.'))
} satisfies Record<PushEventName, z.ZodMiniType>

export type PushPayload<K extends PushEventName> = z.output<(typeof pushEvents)[K]>

export type MenuCommand = PushPayload<'menuCommand'>

/** The event's payload if it is one, else null. */
export function readPushEvent<K extends PushEventName>(name: K, payload: unknown): PushPayload<K> | null {
  const parsed = pushEvents[name].safeParse(payload)
  return parsed.success ? (parsed.data as PushPayload<K>) : null
}
