import { performance } from 'node:perf_hooks'

export type Timing = { median: number; p95: number; min: number; runs: number }

/** Runs `fn` `runs` times (after one warm-up) and reports milliseconds. */
export async function time(runs: number, fn: () => unknown | Promise<unknown>): Promise<Timing> {
  await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return summarise(samples)
}

/** Times `a` and `b` alternately (after one warm-up of each), so both see the same load. */
export async function timePair(runs: number, a: () => unknown, b: () => unknown): Promise<{ a: Timing; b: Timing }> {
  await a()
  await b()
  const samplesA: number[] = []
  const samplesB: number[] = []
  for (let i = 0; i < runs; i++) {
    let start = performance.now()
    await a()
    samplesA.push(performance.now() - start)
    start = performance.now()
    await b()
    samplesB.push(performance.now() - start)
  }
  return { a: summarise(samplesA), b: summarise(samplesB) }
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, runs: samples.length }
}

/**
 * How long the event loop was blocked while `fn` ran: the longest gap between
 * 1 ms ticks. This is what a user feels as a frozen main process.
 */
export async function longestBlock(fn: () => Promise<unknown>): Promise<number> {
  let longest = 0
  let last = performance.now()
  const ticker = setInterval(() => {
    const t = performance.now()
    longest = Math.max(longest, t - last)
    last = t
  }, 1)
  await new Promise((r) => setTimeout(r, 5))
  longest = 0
  last = performance.now()
  await fn()
  // Let the ticker record the gap that ended when fn's last synchronous slice did.
  await new Promise((r) => setTimeout(r, 3))
  clearInterval(ticker)
  return longest
}
