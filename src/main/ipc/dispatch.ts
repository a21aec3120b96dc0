import { isCallName, type CallName } from '../../shared/contract/names'
import { calls, type Handlers } from '../../shared/contract/calls'
import { AppError, type Result } from '../../shared/errors'

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>

/**
 * The one door every call goes through, whatever its transport: the name must be in the contract and the argument
 * must pass its schema. Errors come back as data; an unexpected one is logged here and shown to the user in one sentence.
 *
 * The handlers may still be booting: the window then loads meanwhile, and its first calls wait for them. Whoever
 * started the boot reports its failure, so it is not reported here too.
 */
export function createDispatch(handlers: Handlers | Promise<Handlers>, log: (error: unknown) => void = console.error): Dispatch {
  Promise.resolve(handlers).catch(() => undefined)
  return async (name, input) => {
    if (!isCallName(name)) return failure('invalid-argument', `There is no call named "${name.slice(0, 80)}".`)
    const parsed = calls[name].input.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : ''
      return failure('invalid-argument', `${issue?.message ?? 'Invalid argument.'}${where}`)
    }
    try {
      const handler = (await handlers)[name] as (input: unknown) => Promise<unknown>
      return { ok: true, value: await handler(parsed.data) }
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.message)
      log(error)
      return failure('internal', describeUnexpected(name, error))
    }
  }
}

function failure(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

function describeUnexpected(name: CallName, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'The disk is full, so the change was not saved.'
  if (code === 'EROFS') return 'The data folder is on a disk that only allows reading now, so the change was not saved.'
  if (code === 'EIO') return 'The disk reported an error while saving, so the change was not saved. Check the disk, then try again.'
  if (code === 'EACCES' || code === 'EPERM') return 'Parallax is not allowed to write to its data folder.'
  if (code === 'ENOENT') return 'A file of the library is missing from the data folder.'
  return `Something went wrong while running "${name}". The details are in the log.`
}
