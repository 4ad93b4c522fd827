/**
 * Coalesces saves: at most one write in flight and one pending. Every caller's
 * promise settles only after a write that started after its request has finished,
 * so "resolved" means "durable"; the pending write always carries the newest state.
 */
export class SaveQueue {
  private inFlight: Promise<void> | null = null
  private pending: { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | null = null

  constructor(private readonly write: () => Promise<void>) {}

  request(): Promise<void> {
    if (!this.inFlight) return this.start()
    if (!this.pending) {
      let resolve!: () => void
      let reject!: (e: unknown) => void
      const promise = new Promise<void>((res, rej) => {
        resolve = res
        reject = rej
      })
      this.pending = { promise, resolve, reject }
    }
    return this.pending.promise
  }

  /** Whether a write is in flight or waiting. */
  get busy(): boolean {
    return this.inFlight !== null || this.pending !== null
  }

  /** Resolves once nothing is in flight or pending (used before quitting). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight.catch(() => undefined)
  }

  private start(): Promise<void> {
    const run = this.write()
    this.inFlight = run
    const next = () => {
      this.inFlight = null
      const waiting = this.pending
      this.pending = null
      if (waiting) this.start().then(waiting.resolve, waiting.reject)
    }
    run.then(next, next)
    return run
  }
}
