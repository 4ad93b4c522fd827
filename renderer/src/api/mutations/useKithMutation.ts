import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { KithApi } from '../../../../shared/api/kithApi'
import { useKith } from '../KithContext'
import { showWriteError, type WriteMeta } from '../writeError'

/**
 * Every write goes through here, so a failed one is shown one way (see writeError.ts): at the
 * form's field the service names, else as a notification titled `failure`. What the write
 * changed reaches every page through `journal:changed` (journalChanges.ts), not from here.
 * `mutateAsync` still rejects, for callers that go on only after a success.
 */
export function useKithMutation<Input, Output>(write: (kith: KithApi, input: Input) => Promise<Output>, meta: WriteMeta): UseMutationResult<Output, Error, Input> {
  const kith = useKith()
  return useMutation({ mutationFn: (input: Input) => write(kith, input), onError: (error) => showWriteError(error, meta) })
}
