export type Row = {
  size: string
  figure: string
  ms: number
  floorMs?: number
  unit?: 'ms' | 'MB' | 'nodes'
  target?: { ratio?: number; ms?: number }
  pass?: boolean
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2))

/** Prints one table: each figure beside its floor, the ratio, and the target it must meet. */
export function printTable(rows: Row[], growth: { figure: string; ratio: number }[]): void {
  const lines = [['size', 'figure', 'value', 'floor', 'ratio', 'target', 'ok']]
  for (const row of rows) {
    const ratio = row.floorMs ? row.ms / row.floorMs : undefined
    if (row.target?.ratio !== undefined && ratio !== undefined) row.pass = ratio <= row.target.ratio
    if (row.target?.ms !== undefined) row.pass = row.ms <= row.target.ms
    const unit = row.unit ?? 'ms'
    lines.push([
      row.size,
      row.figure,
      `${fmt(row.ms)} ${unit}`,
      row.floorMs !== undefined ? `${fmt(row.floorMs)} ms` : '',
      ratio !== undefined ? `${ratio.toFixed(2)}x` : '',
      row.target?.ratio ? `<= ${row.target.ratio}x` : row.target?.ms ? `<= ${row.target.ms} ms` : '',
      row.pass === undefined ? '' : row.pass ? 'yes' : 'NO',
    ])
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)))
  for (const line of lines)
    console.log(
      line
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
  console.log('\nGrowth from small to large, time per record (1.0 = linear; above ~2 is worse than linear):')
  for (const g of growth) console.log(`  ${g.figure.padEnd(44)} ${g.ratio.toFixed(2)}`)
}
