/**
 * Runs electronegativity (Doyensec's Electron security scanner) over Kith's sources and
 * fails on any HIGH or MEDIUM finding, except the "review required" ones listed in
 * REVIEWED below, each with the reason it is fine.
 * Usage: `npx tsx scripts/electronegativity.ts [app folder]` (default: this repository).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const SCANNER = '@doyensec/electronegativity@1.10.3'

type Finding = { check: string; file: string; location: string; severity: string; confidence: string; review: boolean }

/** Findings a person has read and judged fine. Matched on check and file, so a new call site fails again. */
const REVIEWED: { check: string; file: string; why: string }[] = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/window/openInBrowser.ts',
    why: 'the one shell.openExternal call; it parses the URL first and passes only http:, https: and mailto: (tested in tests/main/wiring/window.test.ts)',
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    why: "style-src allows 'unsafe-inline' because Mantine writes inline <style> tags; scripts stay 'self' only, default-src 'none'",
  },
]

const root = process.argv[2] ?? join(import.meta.dirname, '..')
const electronVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!
// The scanner reads a whole folder: give it the app's sources and page, not node_modules.
const stage = mkdtempSync(join(tmpdir(), 'kith-electronegativity-'))
try {
  for (const part of ['electron', 'shared', 'renderer/index.html', 'renderer/src', 'package.json']) {
    if (existsSync(join(root, part))) cpSync(join(root, part), join(stage, part), { recursive: true })
  }
  const sarif = join(stage, 'report.sarif')
  const scan = (...extra: string[]) =>
    promisify(execFile)('npx', ['-y', SCANNER, '-i', stage, '-r', '-v', 'false', '-e', electronVersion, ...extra], { maxBuffer: 64 * 1024 * 1024 })
  // With -o the scanner writes only the SARIF file, which lacks severities; the printed table has them.
  // Both runs, side by side: the SARIF count proves the table was read completely.
  const [{ stdout: output }] = await Promise.all([scan(), scan('-o', sarif)])
  const findings = parseTable(output)
  const reported = (JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: unknown[] }[] }).runs[0]!.results.length
  if (reported !== findings.length)
    throw new Error(`Read ${findings.length} findings from the scanner's table but its SARIF report has ${reported}: the table format changed.`)
  if (!/\d+ check\(s\) successfully loaded/.test(output)) throw new Error(`The scanner did not load its checks:\n${output}`)

  let failed = 0
  console.log(`electronegativity ${SCANNER.split('@').pop()} (Electron ${electronVersion}): ${findings.length} finding(s)`)
  for (const f of findings) {
    const reviewed = f.review ? REVIEWED.find((r) => r.check === f.check && r.file === f.file) : undefined
    const blocking = (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !reviewed
    if (blocking) failed++
    const verdict = blocking ? 'FAIL' : reviewed ? `reviewed: ${reviewed.why}` : 'informational'
    console.log(`  ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location}${f.review ? ' (review required)' : ''} - ${verdict}`)
  }
  if (failed) {
    console.error(`electronegativity: ${failed} HIGH or MEDIUM finding(s) to fix.`)
    process.exitCode = 1
  }
} finally {
  rmSync(stage, { recursive: true, force: true })
}

/** Reads the scanner's result table: a row per finding, "*Review Required*" and "SEVERITY | CONFIDENCE" below its id. */
function parseTable(output: string): Finding[] {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')
  const findings: Finding[] = []
  let row: string[][] = []
  const flush = () => {
    const [first, ...rest] = row
    row = []
    if (!first || first[0] === 'Check ID') return
    const cells = rest.map((r) => r[0] ?? '')
    const grade = cells
      .find((c) => c.includes('|'))
      ?.split('|')
      .map((s) => s.trim()) ?? ['UNKNOWN', 'UNKNOWN']
    findings.push({
      check: first[0]!,
      file: first[1]!,
      location: first[2]!,
      severity: grade[0]!,
      confidence: grade[1]!,
      review: cells.includes('*Review Required*'),
    })
  }
  for (const line of lines) {
    if (/^[├└]/.test(line)) flush()
    else if (line.startsWith('│'))
      row.push(
        line
          .split('│')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      )
  }
  return findings
}
