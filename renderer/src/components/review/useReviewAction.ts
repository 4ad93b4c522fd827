import { useState } from 'react'
import { attemptWithNotice } from '../notify'

/**
 * One-click actions on a review step: which one is running (to show its spinner and keep
 * it from being clicked twice), a short confirmation when it worked, the reason when not.
 */
export function useReviewAction() {
  const [running, setRunning] = useState<string | null>(null)
  const run = async (key: string, action: () => Promise<unknown>, done: string, failed: string): Promise<boolean> => {
    setRunning(key)
    try {
      return await attemptWithNotice(action, done, failed)
    } finally {
      setRunning(null)
    }
  }
  return { running, run }
}
