/**
 * `npm run bench:import`: what an import costs, through the journal service as the window calls it:
 * total time, and the longest the main process went without answering (an event-loop gap probe).
 * Target: linear in the file's size, and no gap over 50 ms.
 */
import { mkdtempSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openJournal } from '../electron/main/journal/openJournal'
import { linkedInExport, softBreaksCard, vcard21Export } from './importFiles'
import { longestBlock } from './measure'

/** Total time, and the longest the event loop went without a tick while `fn` ran. */
async function measured(fn: () => Promise<unknown>): Promise<{ ms: number; longestBlockMs: number }> {
  let ms = 0
  const longestBlockMs = await longestBlock(async () => {
    const start = performance.now()
    await fn()
    ms = performance.now() - start
  })
  return { ms, longestBlockMs }
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
const row = (label: string, text: string, r: Awaited<ReturnType<typeof importFile>>) =>
  `${label.padEnd(44)} ${mb(text).padStart(5)} MB  preview ${r.preview.ms.toFixed(0).padStart(6)} ms (longest block ${r.preview.longestBlockMs.toFixed(0).padStart(4)} ms)  apply ${r.apply.ms.toFixed(0).padStart(6)} ms (longest block ${r.apply.longestBlockMs.toFixed(0).padStart(4)} ms)  ${r.counts.new} new, ${r.counts.errors} errors`

async function main() {
  const cases: Array<[string, string, string]> = [
    ['vCard 2.1, 25 cards with 250 KB photos', 'contacts.vcf', vcard21Export(25, 190_000)],
    ['vCard 2.1, 12 cards with 250 KB photos (half)', 'contacts.vcf', vcard21Export(12, 190_000)],
    ['vCard 2.1, one card with a 500 KB photo', 'one.vcf', vcard21Export(1, 380_000)],
    ['vCard 2.1, 160,000 QP soft breaks', 'soft.vcf', softBreaksCard(160_000)],
    ['LinkedIn CSV, 7 MB', 'Connections.csv', linkedInExport(48_000)],
    ['LinkedIn CSV, 3.5 MB (half)', 'Connections.csv', linkedInExport(24_000)],
  ]
  // The machine's load shows up as gaps too (another process had the core): each case runs three times, the median is shown.
  console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} cores; median of ${RUNS} runs`)
  for (const [label, fileName, text] of cases) {
    const runs: Array<Awaited<ReturnType<typeof importFile>>> = []
    for (let i = 0; i < RUNS; i++) runs.push(await importFile(fileName, text))
    console.log(row(label, text, medianRun(runs)))
  }
}

const RUNS = 3
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Each figure's median across runs. */
function medianRun(runs: Array<Awaited<ReturnType<typeof importFile>>>): Awaited<ReturnType<typeof importFile>> {
  const of = (phase: 'preview' | 'apply') => ({ ms: median(runs.map((r) => r[phase].ms)), longestBlockMs: median(runs.map((r) => r[phase].longestBlockMs)) })
  return { preview: of('preview'), apply: of('apply'), counts: runs[0]!.counts }
}

void main()
