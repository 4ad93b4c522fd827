/**
 * `npm run bench [-- --quick] [-- --no-renderer] [-- --json <file>]`: measures Kith at three journal sizes
 * against the physical floor of the same work, in one run, and prints the ratios.
 */
import { writeFileSync } from 'node:fs'
import { generateSampleJournal } from '../shared/sample/generate'
import { readFlag } from '../electron/main/journal/journalPath'
import { SIZES, type SizeName } from './sizes'
import { journalFigures } from './journalSuite'
import { derivationFigures, searchFigures } from './derivationSuite'
import { printTable, type Row } from './report'
import { rendererFigures, rendererUnavailable } from './rendererSuite'
import { validators } from '../electron/main/journal/journalValidator'
import { performance } from 'node:perf_hooks'
import { loadavg, cpus } from 'node:os'

const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const jsonPath = readFlag(argv, 'json')
const runs = quick ? 3 : 9
const now = new Date('2026-11-29T12:00:00Z')

async function main() {
  const rows: Row[] = []
  const compileStart = performance.now()
  validators()
  rows.push({ size: 'all', figure: 'open: compile the validator (once per process)', ms: performance.now() - compileStart })
  const noRenderer = argv.includes('--no-renderer') ? 'skipped (--no-renderer)' : rendererUnavailable()
  const nodes: Partial<Record<SizeName, number>> = {}
  const perRecord: Record<string, Partial<Record<SizeName, number>>> = {}
  for (const size of Object.keys(SIZES) as SizeName[]) {
    const scale = SIZES[size]
    const journal = generateSampleJournal({ now, scale })
    const records = journal.people.length + journal.interactions.length + journal.events.length + journal.referrals.length + journal.followUps.length
    const note = (figure: string, ms: number) => ((perRecord[figure] ??= {})[size] = ms / records)

    const j = await journalFigures(journal, runs)
    rows.push({
      size,
      figure: 'open (read, parse, validate) as Kith saved it',
      ms: j.open.median,
      floorMs: j.openFloor.median,
      target: size === 'large' ? { ratio: 1.5 } : undefined,
    })
    rows.push({ size, figure: 'open a journal changed outside Kith (full check)', ms: j.openUnchecked.median, floorMs: j.openFloor.median })
    rows.push({ size, figure: 'save after one change', ms: j.save.median, floorMs: j.saveFloor.median, target: size === 'large' ? { ratio: 1.3 } : undefined })
    rows.push({ size, figure: 'main process blocked per save', ms: j.blockedPerSave, target: size === 'large' ? { ms: 50 } : undefined })
    rows.push({ size, figure: 'first save after open', ms: j.firstSave })
    rows.push({ size, figure: 'main process blocked, first save', ms: j.firstSaveBlocked, target: size === 'large' ? { ms: 50 } : undefined })
    rows.push({ size, figure: 'heap after open (MB)', ms: j.heapAfterOpenMb, unit: 'MB' })
    rows.push({ size, figure: 'heap after open + derived views (MB)', ms: j.heapWithViewsMb, unit: 'MB' })
    rows.push({ size, figure: 'heap + buffers after saves (MB)', ms: j.memoryAfterSaveMb, unit: 'MB' })
    note('open', j.open.median)
    note('save', j.save.median)

    const s = await searchFigures(journal, quick ? 1 : 3)
    rows.push({ size, figure: 'search index build', ms: s.build.median })
    rows.push({ size, figure: 'search index update, one change', ms: s.update.median })
    rows.push({ size, figure: 'search per keystroke p50', ms: s.keystroke.median })
    rows.push({ size, figure: 'search per keystroke p95', ms: s.keystroke.p95, target: size === 'large' ? { ms: 16 } : undefined })
    note('search p95', s.keystroke.p95)

    const d = await derivationFigures(journal, now, runs)
    for (const [name, timing] of Object.entries(d.afterChange)) {
      rows.push({ size, figure: `derive after one change: ${name}`, ms: timing.median, target: size === 'large' ? { ms: 50 } : undefined })
      note(name, timing.median)
    }
    for (const [name, timing] of Object.entries(d.fromScratch)) {
      rows.push({ size, figure: `derive from scratch: ${name}`, ms: timing.median })
      note(`${name} (from scratch)`, timing.median)
    }
    // The quick run (CI) measures the renderer at the two ends only: enough for the target and for flat DOM counts.
    if (!noRenderer && !(quick && size === 'medium')) {
      const r = await rendererFigures(journal, now, quick ? 1 : 3)
      rows.push({ size, figure: 'first render: timeline, page clock', ms: r.timeline.median, target: size === 'large' ? { ms: 500 } : undefined })
      rows.push({ size, figure: 'first render: people, page clock', ms: r.people.median })
      rows.push({ size, figure: 'first render: timeline, automation clock', ms: r.timelineWall.median })
      rows.push({ size, figure: 'first render: people, automation clock', ms: r.peopleWall.median })
      rows.push({ size, figure: 'DOM nodes: timeline', ms: r.timelineNodes, unit: 'nodes' })
      rows.push({ size, figure: 'DOM nodes: people list', ms: r.peopleNodes, unit: 'nodes' })
      nodes[size] = Math.max(r.timelineNodes, r.peopleNodes)
      note('first render: timeline', r.timeline.median)
    }
    console.error(`measured ${size} (${records.toLocaleString()} records, ${j.fileMb.toFixed(1)} MB)`)
  }
  const growth = Object.entries(perRecord).map(([figure, bySize]) => ({ figure, ratio: (bySize.large ?? 0) / (bySize.small ?? 1) }))
  // Figures are wall-clock: on a machine shared with other work they are inflated, and this says by how much to expect.
  console.log(
    `Load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores at the end of the run.\n`,
  )
  printTable(rows, growth)
  if (noRenderer) console.log(`\nRenderer not measured: ${noRenderer}.`)
  else console.log(`\nDOM nodes, large / small (must stay about 1.0): ${((nodes.large ?? 0) / (nodes.small ?? 1)).toFixed(2)}`)
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ date: new Date().toISOString(), quick, rows, growth }, null, 2))
  const failed = rows.filter((r) => r.pass === false)
  if (failed.length) console.log(`\n${failed.length} figure(s) miss their target.`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
