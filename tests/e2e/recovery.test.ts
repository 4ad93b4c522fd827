import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openJournal } from '../../electron/main/journal/openJournal'
import { startApp, type RunningApp } from './harness'

const SHOTS = '.tmp/shots'
const NOAH = 'p-noah-williams'

/**
 * A real journal, really damaged: Kith must open the newest backup, say where the
 * damaged file went, and let the user restore an older backup from the list.
 */
describe('recovering a damaged journal in the browser', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kith-recovery-'))
  const journalPath = join(folder, 'journal.json')
  let app: RunningApp
  let noahName = ''
  let fullBackup = ''
  let newestBackup = ''
  let damagedBytes: Buffer

  beforeAll(async () => {
    // The sample, backed up whole; then Noah deleted and backed up again, so the newest backup lacks him.
    const setup = await openJournal(journalPath)
    await setup.handlers['journal:loadSample']({})
    noahName = (await setup.handlers['people:get']({ id: NOAH })).name
    fullBackup = (await setup.store.backupNow('daily'))!
    await setup.handlers['people:delete']({ id: NOAH })
    newestBackup = (await setup.store.backupNow('before-import'))!
    await setup.store.close()

    // A save cut off halfway: the first half of a good journal.
    const good = readFileSync(journalPath)
    damagedBytes = good.subarray(0, Math.floor(good.length / 2))
    writeFileSync(journalPath, damagedBytes)

    mkdirSync(SHOTS, { recursive: true })
    app = await startApp({ journalPath })
  })
  afterAll(async () => {
    await app?.close()
  })

  const damagedFile = () => {
    const names = readdirSync(folder).filter((name) => /^journal\.corrupt-.*\.json$/.test(name))
    expect(names).toHaveLength(1)
    return join(folder, names[0]!)
  }

  it('shows the recovery screen naming the damaged file and the backup it opened', async () => {
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Kith opened a backup of your journal' }).waitFor()
    const moved = damagedFile()
    await page.getByText(moved, { exact: true }).waitFor()
    expect(
      await page
        .getByText(/Kith could not read your journal/)
        .first()
        .isVisible(),
    ).toBe(true)
    const opened = page.locator('div', { has: page.getByRole('heading', { name: 'What Kith opened instead' }) }).last()
    expect(await opened.getByText(newestBackup).isVisible()).toBe(true)
    expect(await opened.getByText(/holding 24 people/).isVisible()).toBe(true)
    // Both backups are listed with what they hold; the open one is marked.
    const table = page.getByRole('table')
    await table.getByText(fullBackup).waitFor()
    expect(
      await table
        .getByRole('row')
        .filter({ hasText: fullBackup })
        .getByText(/^25 people/)
        .isVisible(),
    ).toBe(true)
    expect(await table.getByRole('row').filter({ hasText: newestBackup }).getByText('Open now').isVisible()).toBe(true)
    // The damaged file is kept byte for byte.
    expect(readFileSync(moved).equals(damagedBytes)).toBe(true)

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: `${SHOTS}/recovery-${scheme}.png`, fullPage: true, style: '.mantine-Notifications-root { display: none }' })
    }
    await page.emulateMedia({ colorScheme: 'light' })

    // The copy button puts the path on the clipboard, to paste into a file manager.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: "Copy the damaged file's path" }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(moved)
    expect(app.problems).toEqual([])
  })

  it('restores the older backup from the list after confirming, and the deleted person is back', async () => {
    const { page } = app
    const row = page.getByRole('table').getByRole('row').filter({ hasText: fullBackup })
    await row.getByRole('button', { name: /Restore the backup from/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
    await dialog.getByText(/First it backs up the journal as it is now/).waitFor()
    // Let the dialog finish fading in before the picture.
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${SHOTS}/recovery-confirm-restore-light.png`, animations: 'disabled' })
    await dialog.getByRole('button', { name: 'Restore this backup' }).click()

    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await app.goto('#/people')
    await page.getByRole('link', { name: noahName }).waitFor()
    await app.journal.store.flush()
    const onDisk = JSON.parse(readFileSync(journalPath, 'utf8')) as { people: { id: string }[] }
    expect(onDisk.people).toHaveLength(25)
    expect(onDisk.people.some((person) => person.id === NOAH)).toBe(true)
    // The journal as it was before the restore became a backup, and the damaged file is untouched.
    expect(readdirSync(join(folder, 'backups')).some((name) => name.endsWith('-before-restore.json'))).toBe(true)
    expect(readFileSync(damagedFile()).equals(damagedBytes)).toBe(true)
    expect(app.problems).toEqual([])
  })

  it('deletes a person from their page and brings them back with Undo', async () => {
    const { page } = app
    await app.goto(`#/people/${NOAH}`)
    await page.getByRole('heading', { level: 1, name: noahName }).waitFor()
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `${SHOTS}/person-delete-button-light.png`, style: '.mantine-Notifications-root { display: none }' })
    await page.getByRole('button', { name: `Delete person: ${noahName}` }).click()
    // A delete that touches other records asks first (issue 15).
    await page
      .getByRole('dialog', { name: `Delete ${noahName}?` })
      .getByRole('button', { name: /^Delete/ })
      .click()

    await page.getByText(`Deleted ${noahName}.`).waitFor()
    await page.screenshot({ path: `${SHOTS}/person-deleted-undo-light.png` })
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await page.getByRole('link', { name: noahName }).waitFor({ state: 'detached' })
    expect(app.journal.store.journal.people.some((person) => person.id === NOAH)).toBe(false)

    await page.getByRole('button', { name: 'Undo' }).click()
    await page.getByRole('link', { name: noahName }).waitFor()
    await page.getByText(`Restored ${noahName}.`).waitFor()
    expect(app.journal.store.journal.people.some((person) => person.id === NOAH)).toBe(true)
    expect(app.journal.store.journal.trash).toEqual([])
    expect(app.problems).toEqual([])
  })

  it('lists backups and the trash in Settings', async () => {
    const { page } = app
    // Something in the trash, so the picture shows what a user will see there.
    const victim = app.journal.store.journal.people.find((person) => person.id !== NOAH)!
    await app.journal.handlers['people:delete']({ id: victim.id })
    await app.goto('#/settings')
    await page.getByRole('heading', { name: 'Backups' }).waitFor()
    await page.getByRole('table').getByText(fullBackup).waitFor()
    await page.getByRole('button', { name: `Restore ${victim.name}` }).waitFor()
    expect(await page.getByRole('button', { name: 'Export the whole journal as JSON' }).isVisible()).toBe(true)

    // The pictures show the safekeeping sections alone, without notifications floating over them.
    await page.evaluate(() => window.scrollTo(0, 0))
    const top = (await page.getByRole('heading', { name: 'Backups' }).locator('..').boundingBox())!
    const bottom = (await page.getByRole('heading', { name: 'Export for safekeeping' }).locator('..').boundingBox())!
    const clip = { x: top.x - 16, y: top.y - 16, width: top.width + 32, height: bottom.y + bottom.height - top.y + 32 }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.waitForLoadState('networkidle')
      await page.screenshot({
        path: `${SHOTS}/safekeeping-settings-${scheme}.png`,
        fullPage: true,
        clip,
        style: '.mantine-Notifications-root { display: none }',
      })
    }
    await page.emulateMedia({ colorScheme: 'light' })

    // The export downloads the whole journal, as the file name the service gave.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export the whole journal as JSON' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^kith-journal-\d{4}-\d\d-\d\d\.json$/)
    const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { people: unknown[]; trash: unknown[] }
    expect(exported.people).toHaveLength(24)
    expect(exported.trash).toHaveLength(1)
    expect(app.problems).toEqual([])
  })
})

describe('a journal from a newer Kith in the browser', () => {
  let app: RunningApp
  let bytes: Buffer

  beforeAll(async () => {
    const journalPath = join(mkdtempSync(join(tmpdir(), 'kith-newer-')), 'journal.json')
    const setup = await openJournal(journalPath)
    await setup.handlers['journal:loadSample']({})
    await setup.store.close()
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { schemaVersion: number }
    journal.schemaVersion = 999
    bytes = Buffer.from(JSON.stringify(journal))
    writeFileSync(journalPath, bytes)
    app = await startApp({ journalPath })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens read-only with a banner saying why, and never writes the file', async () => {
    const { page } = app
    await app.goto('#/people')
    await page.getByText('Read-only: written by a newer Kith').waitFor()
    await page.getByText(/was written by a newer version of Kith \(format 999/).waitFor()
    expect(await page.getByText('Kith opened a backup of your journal').count()).toBe(0)
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `${SHOTS}/read-only-newer-light.png` })

    // A delete is refused with the reason, and the file stays exactly as the newer Kith wrote it.
    await page.getByRole('table').getByRole('link').first().click()
    await page.getByRole('button', { name: /^Delete person: / }).click()
    await page
      .getByRole('dialog', { name: /^Delete .*\?$/ })
      .getByRole('button', { name: /^Delete/ })
      .click()
    await page
      .getByText(/open read-only because a newer version of Kith wrote it/)
      .first()
      .waitFor()
    expect(readFileSync(app.journalPath).equals(bytes)).toBe(true)
  })
})

describe('a save that fails in the browser', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
    await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  })
  afterAll(async () => {
    // The lock file went with the folder; put the folder back so closing can finish.
    mkdirSync(join(app.journalPath, '..'), { recursive: true })
    await app?.close()
  })

  it('shows the error while the change is kept in memory, and clears it once a save succeeds', async () => {
    const { page } = app
    await app.goto('#/people')
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    // The journal's folder vanishes (an unplugged drive): the next save cannot be written.
    const folder = join(app.journalPath, '..')
    rmSync(folder, { recursive: true, force: true })
    await expect(app.journal.handlers['settings:update']({ patch: { defaultCadenceDays: 45 } })).rejects.toThrow(/could not save your journal/)

    await page.getByText('Kith could not save your latest changes').waitFor()
    await page.getByRole('button', { name: 'Export a copy of the journal' }).waitFor()
    expect(app.journal.store.journal.settings.defaultCadenceDays).toBe(45)
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `${SHOTS}/save-error-light.png` })
    // The export works from memory, so the unsaved change can be taken away now.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export a copy of the journal' }).click()
    const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { settings: { defaultCadenceDays: number } }
    expect(exported.settings.defaultCadenceDays).toBe(45)

    // The drive is back: the next change saves everything, and the banner goes.
    mkdirSync(folder, { recursive: true })
    await app.journal.handlers['settings:update']({ patch: { defaultCadenceDays: 60 } })
    await page.getByText('Kith could not save your latest changes').waitFor({ state: 'detached' })
    expect((JSON.parse(readFileSync(app.journalPath, 'utf8')) as { people: unknown[] }).people).toHaveLength(25)
  })
})
