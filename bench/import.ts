/**
 * `npm run bench:import`: what an import costs, through the journal service as the window calls it:
 * total time, and the longest the main process went without answering (an event-loop gap probe).
 * Target: linear in the file's size, and no gap over 50 ms.
 */
import { mkdtempSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance, PerformanceObserver } from 'node:perf_hooks'
import { openJournal } from '../electron/main/journal/openJournal'
import { linkedInExport, softBreaksCard, vcard21Export } from './importFiles'
import { longestBlock } from './measure'

type Measured = { ms: number; longestBlockMs: number; longestGcMs: number }

/**
 * Total time, the longest the event loop went without a tick while `fn` ran, and the longest
 * garbage-collection pause in that time: a block no longer than that pause plus one slice is the
 * collector's (young-generation collections of what the import keeps), not a step that forgot to yield.
 */
async function measured(fn: () => Promise<unknown>): Promise<Measured> {
  let ms = 0
  let longestGcMs = 0
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestGcMs = Math.max(longestGcMs, entry.duration)
  })
  gc.observe({ entryTypes: ['gc'] })
  const longestBlockMs = await longestBlock(async () => {
    const start = performance.now()
    await fn()
    ms = performance.now() - start
  })
  gc.disconnect()
  return { ms, longestBlockMs, longestGcMs }
}

async function importFile(fileName: string, text: string) {
  const { store, handlers } = await openJournal(join(mkdtempSync(join(tmpdir(), 'kith-bench-import-')), 'journal.json'), { watch: false })
  let previewId = ''
  let counts = { new: 0, errors: 0 }
  const preview = await measured(async () => {
    const result = await handlers['import:preview']({ fileName, text })
    previewId = result.previewId
    counts = result.counts
  })
  const apply = await measured(async () => handlers['import:apply']({ previewId }))
  await store.close()
  return { preview, apply, counts }
}

const mb = (text: string) => (Buffer.byteLength(text) / 1024 / 1024).toFixed(1)
const phase = (name: string, m: Measured) =>
  `${name} ${m.ms.toFixed(0).padStart(6)} ms (longest block ${m.longestBlockMs.toFixed(0).padStart(4)} ms, longest GC pause ${m.longestGcMs.toFixed(0).padStart(3)} ms)`
const row = (label: string, text: string, r: Awaited<ReturnType<typeof importFile>>) =>
  `${label.padEnd(44)} ${mb(text).padStart(5)} MB  ${phase('preview', r.preview)}  ${phase('apply', r.apply)}  ${r.counts.new} new, ${r.counts.errors} errors`

async function main() {
  const cases: Array<[string, string, string]> = [
    ['vCard 2.1, 25 cards with 250 KB photos', 'contacts.vcf', vcard21Export(25, 190_000)],
    ['vCard 2.1, 12 cards with 250 KB photos (half)', 'contacts.vcf', vcard21Export(12, 190_000)],
    ['vCard 2.1, one card with a 500 KB photo', 'one.vcf', vcard21Export(1, 380_000)],
    ['vCard 2.1, 160,000 QP soft breaks', 'soft.vcf', softBreaksCard(160_000)],
    ['LinkedIn CSV, 7 MB', 'Connections.csv', linkedInExport(48_000)],
    ['LinkedIn CSV, 3.5 MB (half)', 'Connections.csv', linkedInExport(24_000)],
  ]
  // `-- --only LinkedIn` runs the cases whose label holds that text.
  const only = process.argv.indexOf('--only') > 0 ? process.argv[process.argv.indexOf('--only') + 1]?.toLowerCase() : undefined
  // The machine's load shows up as gaps too (another process had the core): each case runs three times, the median is shown.
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} on ${cpus().length} cores; median of ${RUNS} runs`,
  )
  for (const [label, fileName, text] of cases) {
    if (only && !label.toLowerCase().includes(only)) continue
    const runs: Array<Awaited<ReturnType<typeof importFile>>> = []
    for (let i = 0; i < RUNS; i++) runs.push(await importFile(fileName, text))
    console.log(row(label, text, medianRun(runs)))
  }
}

const RUNS = 3
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Each figure's median across runs. */
function medianRun(runs: Array<Awaited<ReturnType<typeof importFile>>>): Awaited<ReturnType<typeof importFile>> {
  const of = (phase: 'preview' | 'apply'): Measured => ({
    ms: median(runs.map((r) => r[phase].ms)),
    longestBlockMs: median(runs.map((r) => r[phase].longestBlockMs)),
    longestGcMs: median(runs.map((r) => r[phase].longestGcMs)),
  })
  return { preview: of('preview'), apply: of('apply'), counts: runs[0]!.counts }
}

void main()
