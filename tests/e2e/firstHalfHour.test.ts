import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Journal } from '../../shared/domain'
import { groupFollowUps } from '../../shared/derive/followUps'
import { weeklyReview } from '../../shared/derive/weeklyReview'
import { startWithSample, type RunningApp } from './harness'
import { localDayDigits, typeDateTime } from './typing'

/**
 * The first half hour of a new user, replayed end to end on the sample as a person does it
 * (typing, Enter, Escape), then every date and count on every page read back against the
 * journal file on disk.
 */
describe('the first half hour', () => {
  let app: RunningApp
  const page = () => app.page
  const dialogNamed = (name: string) => app.page.getByRole('dialog', { name, exact: true })
  const onDisk = (): Journal => JSON.parse(readFileSync(app.journalPath, 'utf8')) as Journal
  const medium = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' })
  const week = { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, weekStartsOn: 0 as const }
  const yesterday = new Date(Date.now() - 86_400_000)
  const firstNumber = (text: string) => Number(/\d+/.exec(text.replace(/,/g, ''))?.[0])

  beforeAll(async () => {
    app = await startWithSample({ viewport: { width: 1280, height: 800 } })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('adds an event, captures three people there, logs, plans, refers, reviews, prints and imports', async () => {
    // An event typed in, date and time.
    await app.goto('#/events')
    await page().getByRole('button', { name: 'Add event' }).first().click()
    const add = dialogNamed('Add an event')
    await add.getByRole('textbox', { name: /Title/ }).fill('Harbour networking evening')
    await typeDateTime(add.getByLabel(/^Starts/), localDayDigits(yesterday), '0630P', 'date first')
    await add.getByLabel('Venue').fill('Harbour Hall')
    await add.getByRole('button', { name: 'Add event' }).click()
    await page().getByRole('heading', { level: 1, name: 'Harbour networking evening' }).waitFor()
    const event = onDisk().events.find((e) => e.title === 'Harbour networking evening')!
    const starts = new Date(event.startsAt)
    expect([starts.getDate(), starts.getHours(), starts.getMinutes()]).toEqual([yesterday.getDate(), 18, 30])

    // Three people captured there, Enter between them, Ctrl+Enter to save.
    await page().keyboard.press('Control+J')
    const capture = dialogNamed('Quick capture: people you met')
    await capture.getByRole('textbox', { name: 'Name of person 1' }).fill('Ada Harbour')
    await page().keyboard.press('Enter')
    await page().keyboard.type('Ben Quay')
    await page().keyboard.press('Enter')
    await page().keyboard.type('Cleo Wharf')
    await page().keyboard.press('Control+Enter')
    await expect.poll(() => capture.count(), { timeout: 10_000 }).toBe(0)
    const captured = onDisk().people.filter((p) => ['Ada Harbour', 'Ben Quay', 'Cleo Wharf'].includes(p.name))
    expect(captured.map((p) => p.howWeMet.eventId)).toEqual([event.id, event.id, event.id])

    // A conversation: a name typed, Enter picks it.
    await app.goto('#/people')
    await page().getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await page().keyboard.press('Control+L')
    const log = dialogNamed('Log a conversation')
    await page().keyboard.type('Ada Harb')
    await page()
      .getByRole('option', { name: /Ada Harbour/ })
      .waitFor()
    await page().keyboard.press('Enter')
    await log.getByRole('textbox', { name: /What we talked about/ }).fill('Coffee about her shipping firm')
    await log.getByRole('button', { name: 'Log conversation' }).click()
    await expect.poll(() => log.count(), { timeout: 10_000 }).toBe(0)

    // A follow-up planned.
    await app.goto('#/followups')
    await page().getByRole('button', { name: 'Plan a follow-up' }).first().click()
    const plan = dialogNamed('Plan a follow-up')
    await plan.getByRole('combobox', { name: /Follow up with/ }).click()
    await page().keyboard.type('Ben Qu')
    await page()
      .getByRole('option', { name: /Ben Quay/ })
      .waitFor()
    await page().keyboard.press('Enter')
    await plan.getByRole('textbox', { name: /What to do/ }).fill('Send Ben the harbour map')
    await plan.getByRole('button', { name: 'Plan follow-up' }).click()
    await page().getByRole('article', { name: 'Follow-up: Send Ben the harbour map' }).waitFor()

    // A referral recorded.
    await app.goto('#/referrals')
    await page().getByRole('button', { name: 'Record referral' }).first().click()
    const refer = dialogNamed('Record a referral')
    await refer.getByRole('textbox', { name: /About/ }).fill('A warehouse lease for Cleo')
    await refer.getByRole('combobox', { name: /Given to/ }).click()
    await page().keyboard.type('Cleo W')
    await page()
      .getByRole('option', { name: /Cleo Wharf/ })
      .waitFor()
    await page().keyboard.press('Enter')
    await refer.getByRole('button', { name: 'Record referral' }).click()
    await expect.poll(() => refer.count(), { timeout: 10_000 }).toBe(0)

    // The weekly review, step by step.
    await app.goto('#/review')
    for (let step = 0; step < 6; step++)
      await page()
        .getByRole('button', { name: /^Next:/ })
        .click()
    await page().getByRole('textbox', { name: 'What went well this week?' }).fill('Met three people at the harbour.')
    await page().getByRole('button', { name: 'Complete the review' }).click()
    await expect.poll(() => onDisk().reviews.some((r) => r.completedAt && r.wentWell === 'Met three people at the harbour.'), { timeout: 10_000 }).toBe(true)

    // The cheat sheet printed.
    await app.goto(`#/events/${event.id}/cheat-sheet`)
    await page()
      .getByRole('heading', { level: 1, name: /Cheat sheet/ })
      .waitFor()
    const pdf = join(mkdtempSync(join(tmpdir(), 'kith-walk-')), 'sheet.pdf')
    await page().emulateMedia({ media: 'print' })
    await page().pdf({ path: pdf, format: 'Letter' })
    await page().emulateMedia({ media: 'screen' })
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')

    // A small vCard, then a LinkedIn file holding someone already there.
    const dir = mkdtempSync(join(tmpdir(), 'kith-walk-files-'))
    const card = (first: string, last: string) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${last};${first};;;\r\nFN:${first} ${last}\r\nEMAIL:${first.toLowerCase()}@example.org\r\nEND:VCARD\r\n`
    writeFileSync(join(dir, 'contacts.vcf'), card('Vera', 'Card') + card('Vic', 'Card'))
    const noah = onDisk().people.find((p) => p.id === 'p-noah-williams')!
    writeFileSync(
      join(dir, 'Connections.csv'),
      `\uFEFFNotes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nLina,Link,https://www.linkedin.com/in/lina,,Link Logistics,Owner,15 Jan 2023\nNoah,Williams,https://www.linkedin.com/in/noah,${noah.emails[0]},${noah.company},Membership Director,3 Mar 2022\n`,
    )
    await app.goto('#/import')
    await page().getByRole('heading', { level: 1, name: 'Import & export' }).waitFor()
    await page().locator('input[type=file]').setInputFiles(join(dir, 'contacts.vcf'))
    await page().getByRole('button', { name: 'Import 2 people' }).click()
    await page().getByTestId('import-result').waitFor()
    await page().getByRole('button', { name: 'Import another file' }).click()
    await page().locator('input[type=file]').setInputFiles(join(dir, 'Connections.csv'))
    // One of the two is a merge, and the button says so.
    await page().getByRole('button', { name: 'Import 1 person, merge 1' }).click()
    await page().getByTestId('import-result').waitFor()
    expect(onDisk().people.filter((p) => p.name === 'Noah Williams')).toHaveLength(1)
    expect(app.problems).toEqual([])
  }, 240_000)

  it('shows on every page the dates and counts the journal file holds', async () => {
    const journal = onDisk()
    const now = new Date()

    // People: the count, and a captured person's meeting day.
    await app.goto('#/people')
    await page().getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await expect
      .poll(async () =>
        firstNumber(
          await page()
            .getByText(/^\d[\d,]* (people|person)$/)
            .innerText(),
        ),
      )
      .toBe(journal.people.filter((p) => !p.archived).length)
    const ada = journal.people.find((p) => p.name === 'Ada Harbour')!
    await app.goto(`#/people/${ada.id}`)
    await page()
      .getByText(`Met on ${medium.format(new Date(`${ada.howWeMet.date}T12:00:00`))} at Harbour networking evening`, { exact: false })
      .waitFor()

    // Follow-ups: every group counts what the file holds, in the review's week.
    const groups = groupFollowUps(journal.followUps, now, week)
    await app.goto('#/followups')
    await page().getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor()
    for (const [group, title] of [
      ['overdue', 'Overdue'],
      ['today', 'Today'],
      ['this week', 'This week'],
      ['later', 'Later'],
    ] as const) {
      const heading = page().getByRole('heading', { level: 2, name: new RegExp(`^${title}`) })
      if (groups[group].length === 0) expect(await heading.count(), title).toBe(0)
      else expect(firstNumber(await heading.innerText()), title).toBe(groups[group].length)
    }

    // Referrals: given and received.
    await app.goto('#/referrals')
    await page().getByRole('group', { name: 'Given' }).waitFor()
    expect(firstNumber(await page().getByRole('group', { name: 'Given' }).innerText())).toBe(journal.referrals.filter((r) => r.direction === 'given').length)
    expect(firstNumber(await page().getByRole('group', { name: 'Received' }).innerText())).toBe(
      journal.referrals.filter((r) => r.direction === 'received').length,
    )

    // The review: the week it names and its steps' counts.
    const model = weeklyReview(journal, { ...week, now })
    await app.goto('#/review')
    await page()
      .getByText(/You reviewed this week on/)
      .waitFor()
    const stepCount = async (name: RegExp) => firstNumber((await page().getByRole('button', { name }).first().innerText()).replace(/^\d+\s*/, ''))
    expect(await stepCount(/Going cold/)).toBe(model.steps['going-cold'].length)
    expect(await stepCount(/Overdue follow-ups/)).toBe(model.steps.overdue.length)
    expect(await stepCount(/Give and take/)).toBe(model.steps['give-and-take'].length)
    const newPeople = model.steps['new-people'].length
    expect(
      (
        await page()
          .getByRole('button', { name: /New people this week/ })
          .first()
          .innerText()
      ).includes(newPeople ? String(newPeople) : 'nobody new'),
    ).toBe(true)

    // The event: its day and time as saved.
    const event = journal.events.find((e) => e.title === 'Harbour networking evening')!
    await app.goto(`#/events/${event.id}`)
    await page().getByRole('heading', { level: 1, name: event.title }).waitFor()
    const when = new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(
      new Date(event.startsAt),
    )
    await page().getByText(when, { exact: false }).first().waitFor()

    // Settings: the journal's own counts.
    await app.goto('#/settings')
    await page().getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await page().getByText('Your journal file', { exact: true }).waitFor()
    for (const [key, word] of [
      ['people', 'people'],
      ['events', 'events'],
      ['interactions', 'interactions'],
      ['referrals', 'referrals'],
      ['followUps', 'follow-ups'],
    ] as const) {
      await page()
        .getByText(`${journal[key].length.toLocaleString('en-US')} ${word}`, { exact: true })
        .first()
        .waitFor()
    }
    await page()
      .getByText(journal.reviews.length === 1 ? '1 weekly review' : `${journal.reviews.length} weekly reviews`, { exact: true })
      .waitFor()
    expect(app.problems).toEqual([])
  }, 120_000)
})
