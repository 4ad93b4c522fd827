/** @vitest-environment node */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseJournalBytes } from '../../../electron/main/journal/journalFile'

const KILLS = 200
/** A fresh journal every so often keeps it small, so each child starts fast. */
const KILLS_PER_JOURNAL = 25
/** Children run side by side, each lane on its own journals: the time is mostly Node starting up. */
const LANES = 3

let childScript = ''

beforeAll(async () => {
  // One bundle, run with plain node: spawning tsx 200 times would take minutes.
  childScript = join(mkdtempSync(join(tmpdir(), 'kith-crash-bundle-')), 'crashChild.mjs')
  await build({
    entryPoints: [fileURLToPath(new URL('./crashChild.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: childScript,
    minify: true,
    logLevel: 'error',
  })
})

type Acknowledged = { added: Set<string>; deleted: Set<string> }

/**
 * When to kill: `afterAcks` waits for that many acknowledged changes, then `delayMs`
 * more, so the kill lands at a random point of the save loop (mid-write, mid-rename,
 * between saves); without it the delay counts from the spawn, so some kills land
 * while the child starts or opens the journal.
 */
type KillAt = { afterAcks?: number; delayMs: number }

/** Starts the child, SIGKILLs it at `killAt`, and returns how many changes it acknowledged. */
function runAndKill(journalPath: string, run: number, killAt: KillAt, acked: Acknowledged): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, journalPath, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let buffered = ''
    let stderr = ''
    let count = 0
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop()! // a line cut by the kill was never fully acknowledged
      for (const line of lines) {
        const [verb, id] = line.split(' ')
        if (verb === 'add') acked.added.add(id!)
        if (verb === 'del') acked.deleted.add(id!)
        if (verb === 'add' || verb === 'del') count++
        if (count === killAt.afterAcks && !armed) {
          armed = true
          clearTimeout(timer)
          timer = setTimeout(() => child.kill('SIGKILL'), killAt.delayMs)
        }
      }
    })
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    // A child that never gets ready is killed too, and the test then fails on its zero count.
    let armed = false
    let timer = setTimeout(() => child.kill('SIGKILL'), killAt.afterAcks === undefined ? killAt.delayMs : 20_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') reject(new Error(`run ${run} exited by itself (code ${code}): ${stderr}`))
      else resolve(count)
    })
  })
}

function expectHoldsEverythingAcknowledged(journalPath: string, acked: Acknowledged, run: number): void {
  const result = parseJournalBytes(readFileSync(journalPath))
  if (result.kind !== 'ok') throw new Error(`after kill ${run} the journal does not load: ${JSON.stringify(result)}`)
  const people = new Set(result.journal.people.map((p) => p.id))
  const trashed = new Set(result.journal.trash.map((entry) => entry.record.id))
  // A deletion that became durable just before the kill was never acknowledged, but is in the trash.
  const lost = [...acked.added].filter((id) => !people.has(id) && !trashed.has(id))
  const resurrected = [...acked.deleted].filter((id) => people.has(id) || !trashed.has(id))
  expect({ run, lost, resurrected }).toEqual({ run, lost: [], resurrected: [] })
}

describe('a child saving in a loop, SIGKILLed at random moments', () => {
  it(`loses nothing it acknowledged, over ${KILLS} kills`, { timeout: 300_000 }, async () => {
    const started = Date.now()
    let acknowledged = 0
    let killsAfterAcks = 0
    const folders: string[] = []

    const lane = async (laneNo: number) => {
      let journalPath = ''
      let acked: Acknowledged = { added: new Set(), deleted: new Set() }
      for (let run = laneNo; run < KILLS; run += LANES) {
        if (Math.floor(run / LANES) % KILLS_PER_JOURNAL === 0) {
          const folder = mkdtempSync(join(tmpdir(), 'kith-crash-'))
          folders.push(folder)
          journalPath = join(folder, 'journal.json')
          acked = { added: new Set(), deleted: new Set() }
        }
        // One kill in five lands while the child starts or opens the journal, the rest while it saves.
        const killAt: KillAt =
          Math.random() < 0.2 ? { delayMs: Math.random() * 400 } : { afterAcks: 1 + Math.floor(Math.random() * 20), delayMs: Math.random() * 15 }
        const count = await runAndKill(journalPath, run, killAt, acked)
        acknowledged += count
        if (count > 0) killsAfterAcks++
        if (acked.added.size > 0) expectHoldsEverythingAcknowledged(journalPath, acked, run)
      }
    }
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)))

    // The journal was never found damaged, so nothing was ever moved aside.
    for (const folder of folders) expect(readdirSync(folder).filter((name) => name.includes('corrupt'))).toEqual([])
    const seconds = (Date.now() - started) / 1000
    console.log(
      `crash test: ${KILLS} kills in ${seconds.toFixed(1)} s, ${killsAfterAcks} after at least one acknowledged save, ${acknowledged} acknowledged changes checked`,
    )
    expect(killsAfterAcks).toBeGreaterThan(KILLS * 0.6)
    expect(acknowledged).toBeGreaterThan(KILLS * 5)
  })
})
