/**
 * Long import work is written as a generator that yields between small steps (a card, a row),
 * so the same code runs at once (tests, small files) or in slices that hand the event loop
 * back every few milliseconds, so no other call waits while a 7 MB file is read.
 */
export type Steps<T> = Generator<void, T>

/** How long one slice may hold the main process before it yields. */
export const SLICE_MS = 8

export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Runs the steps, yielding to the event loop whenever a slice has run SLICE_MS; `progress` hears each yield. */
export async function runInSlices<T>(steps: Steps<T>, progress?: () => void): Promise<T> {
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart >= SLICE_MS) {
      progress?.()
      await nextTurn()
      sliceStart = performance.now()
    }
  }
}
