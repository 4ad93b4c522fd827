/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { SaveQueue } from '../../../electron/main/journal/saveQueue'

/** A write the test finishes by hand, to see exactly which requests each write covers. */
function manualWrites() {
  const started: Array<{ finish: () => void; fail: (e: Error) => void }> = []
  const queue = new SaveQueue(
    () =>
      new Promise<void>((resolve, reject) => {
        started.push({ finish: resolve, fail: reject })
      }),
  )
  return { queue, started }
}

const settled = async (promise: Promise<unknown>) => {
  let state = 'pending'
  promise.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  )
  await new Promise((resolve) => setTimeout(resolve, 0))
  return state
}

describe('SaveQueue', () => {
  it('keeps one write in flight and one pending, and a request resolves only after a write that started after it', async () => {
    const { queue, started } = manualWrites()
    const a = queue.request()
    const b = queue.request()
    const c = queue.request()
    expect(started).toHaveLength(1)
    started[0]!.finish()
    expect(await settled(a)).toBe('resolved')
    // b and c came while the first write was running: that write may not hold their changes.
    expect(await settled(b)).toBe('pending')
    expect(started).toHaveLength(2)
    started[1]!.finish()
    expect(await settled(b)).toBe('resolved')
    expect(await settled(c)).toBe('resolved')
    expect(started).toHaveLength(2)
  })

  it('rejects the requests a failed write covered, and the next request writes again', async () => {
    const { queue, started } = manualWrites()
    const a = queue.request()
    started[0]!.fail(new Error('disk full'))
    await expect(a).rejects.toThrow('disk full')
    const b = queue.request()
    expect(started).toHaveLength(2)
    started[1]!.finish()
    await expect(b).resolves.toBeUndefined()
  })

  it('idle waits for the pending write too', async () => {
    const { queue, started } = manualWrites()
    void queue.request()
    void queue.request()
    const idle = queue.idle()
    started[0]!.finish()
    expect(await settled(idle)).toBe('pending')
    started[1]!.finish()
    expect(await settled(idle)).toBe('resolved')
  })
})
