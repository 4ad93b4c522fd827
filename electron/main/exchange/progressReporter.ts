import { performance } from 'node:perf_hooks'
import type { ImportProgress } from '../../../shared/exchange/api'
import type { StepsDone } from '../../../shared/exchange/slices'

/** The window redraws its bar at most this often: a slice ends every 8 ms, far more than anyone reads. */
const EVERY_MS = 100

/**
 * Passes an import's progress on, a stage at a time: the first count of a stage, then at most one
 * every EVERY_MS, and always the one that finishes it, so the window's bar ends where the work does.
 */
export function progressReporter(send: ((progress: ImportProgress) => void) | undefined, now: () => number = () => performance.now()) {
  let last: { stage: ImportProgress['stage']; at: number } | undefined
  return (stage: ImportProgress['stage']) =>
    ({ done, total }: StepsDone): void => {
      if (!send) return
      const at = now()
      const first = last?.stage !== stage
      if (!first && done < total && at - last!.at < EVERY_MS) return
      last = { stage, at }
      send({ stage, done, total })
    }
}
