import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { KithApi } from '../../../../shared/api/kithApi'
import { notifySaved } from '../../components/notify'
import { useKith } from '../KithContext'
import { showWriteError, type WriteMeta } from '../writeError'

/** What a write says about itself: how a failure is shown and, optionally, what to say when it worked. */
export type WriteNotes = WriteMeta & { done?: string | ((answer: never) => string) }

type Request = { call: (kith: KithApi) => Promise<unknown>; notes: WriteNotes }

/**
 * Every write to the journal goes through here (one `useMutation`), so a failed one is shown
 * one way (see writeError.ts): at the form's field the service names, else as a notification
 * titled `failure`. What the write changed reaches every page through `journal:changed`
 * (journalChanges.ts), not from here. Resolves to the answer, or `undefined` once the failure is shown.
 */
export function useWrite(): {
  write: <T>(call: (kith: KithApi) => Promise<T>, notes: WriteMeta & { done?: string | ((answer: T) => string) }) => Promise<T | undefined>
  pending: boolean
} {
  const kith = useKith()
  const mutation = useMutation({
    mutationFn: ({ call }: Request) => call(kith),
    onSuccess: (answer, { notes }) => notes.done && notifySaved(typeof notes.done === 'string' ? notes.done : notes.done(answer as never)),
    onError: (error, { notes }) => showWriteError(error, notes),
  })
  const { mutateAsync } = mutation
  const write = useCallback(
    <T>(call: (kith: KithApi) => Promise<T>, notes: WriteMeta & { done?: string | ((answer: T) => string) }) =>
      mutateAsync({ call, notes: notes as WriteNotes }).then(
        (answer) => answer as T,
        () => undefined,
      ),
    [mutateAsync],
  )
  return { write, pending: mutation.isPending }
}
