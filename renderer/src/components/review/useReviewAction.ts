import { useState } from 'react'
import type { KithApi } from '../../../../shared/api/kithApi'
import { useWrite } from '../../api/mutations/useWrite'

/**
 * One-click actions on a review step: which one is running (to show its spinner and keep
 * it from being clicked twice), a short confirmation when it worked, the reason when not.
 */
export function useReviewAction() {
  const { write } = useWrite()
  const [running, setRunning] = useState<string | null>(null)
  const run = async (key: string, call: (kith: KithApi) => Promise<unknown>, done: string, failure: string): Promise<boolean> => {
    setRunning(key)
    try {
      return (await write(call, { done, failure })) !== undefined
    } finally {
      setRunning(null)
    }
  }
  return { running, run }
}
