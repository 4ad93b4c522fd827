/**
 * Long import work is written as a generator that yields between small steps (a card, a row),
 * so the same code runs at once (tests, small files) or in slices that hand the event loop
 * back every few milliseconds, so no other call waits while a 7 MB file is read.
 * A step may yield how far it has come, which runInSlices passes on as progress.
 */
export type StepsDone = { done: number; total: number }
export type Steps<T> = Generator<StepsDone | void, T>

/** How long one slice may hold the main process before it yields. */
export const SLICE_MS = 8

export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * Runs the steps, yielding to the event loop whenever a slice has run SLICE_MS. `progress` hears
 * the latest count at each yield, and the last one at the end (so a listener sees the work finish).
 */
export async function runInSlices<T>(steps: Steps<T>, progress?: (done: StepsDone) => void): Promise<T> {
  let sliceStart = performance.now()
  let latest: StepsDone | undefined
  let told: StepsDone | undefined
  const tell = () => {
    if (!latest || latest === told) return
    told = latest
    progress?.(latest)
  }
  for (;;) {
    const step = steps.next()
    if (step.done) {
      tell()
      return step.value
    }
    if (step.value) latest = step.value
    if (performance.now() - sliceStart >= SLICE_MS) {
      tell()
      await nextTurn()
      sliceStart = performance.now()
    }
  }
}
