/**
 * `npm run bench [-- --quick] [-- --json <file>]`: measures Kith at three journal sizes
 * against the physical floor of the same work, in one run, and prints the ratios.
 */
import { writeFileSync } from 'node:fs'
import { generateSampleJournal } from '../shared/sample/generate'
import { readFlag } from '../electron/main/journal/journalPath'
import { SIZES, type SizeName } from './sizes'
import { journalFigures } from './journalSuite'
import { derivationFigures, searchFigures } from './derivationSuite'
import { printTable, type Row } from './report'

const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const jsonPath = readFlag(argv, 'json')
const runs = quick ? 3 : 9
const now = new Date('2026-11-29T12:00:00Z')

async function main() {
  const rows: Row[] = []
  const perRecord: Record<string, Partial<Record<SizeName, number>>> = {}
  for (const size of Object.keys(SIZES) as SizeName[]) {
    const scale = SIZES[size]
    const journal = generateSampleJournal({ now, scale })
    const records = journal.people.length + journal.interactions.length + journal.events.length + journal.referrals.length + journal.followUps.length
    const note = (figure: string, ms: number) => ((perRecord[figure] ??= {})[size] = ms / records)

    const j = await journalFigures(journal, runs)
    rows.push({ size, figure: 'open (read, parse, validate)', ms: j.open.median, floorMs: j.openFloor.median, target: size === 'large' ? { ratio: 1.5 } : undefined })
    rows.push({ size, figure: 'save after one change', ms: j.save.median, floorMs: j.saveFloor.median, target: size === 'large' ? { ratio: 1.3 } : undefined })
    rows.push({ size, figure: 'main process blocked per save', ms: j.blockedPerSave, target: size === 'large' ? { ms: 50 } : undefined })
    rows.push({ size, figure: 'heap after open (MB)', ms: j.heapAfterOpenMb, unit: 'MB' })
    note('open', j.open.median)
    note('save', j.save.median)

    const s = await searchFigures(journal)
    rows.push({ size, figure: 'search index build', ms: s.build.median })
    rows.push({ size, figure: 'search per keystroke p50', ms: s.keystroke.median })
    rows.push({ size, figure: 'search per keystroke p95', ms: s.keystroke.p95, target: size === 'large' ? { ms: 16 } : undefined })
    note('search p95', s.keystroke.p95)

    for (const [name, timing] of Object.entries(await derivationFigures(journal, now, runs))) {
      rows.push({ size, figure: `derive: ${name}`, ms: timing.median, target: size === 'large' ? { ms: 50 } : undefined })
      note(name, timing.median)
    }
    console.error(`measured ${size} (${records.toLocaleString()} records, ${j.fileMb.toFixed(1)} MB)`)
  }
  const growth = Object.entries(perRecord).map(([figure, bySize]) => ({ figure, ratio: (bySize.large ?? 0) / (bySize.small ?? 1) }))
  printTable(rows, growth)
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ date: new Date().toISOString(), quick, rows, growth }, null, 2))
  const failed = rows.filter((r) => r.pass === false)
  if (failed.length) console.log(`\n${failed.length} figure(s) miss their target.`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
