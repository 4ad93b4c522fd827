import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relationships } from '../../shared/derive/relationships'
import { startWithSample, type RunningApp } from './harness'

/**
 * One figure, one source: "going cold", "this week" and the referral balance read the same
 * on Follow-ups, the weekly review, People and Referrals, and agree with the journal file.
 */
describe('the same figures on every page', () => {
  let app: RunningApp
  const journal = () => app.journal.store.journal
  const firstNumber = (text: string) => Number(/\d+/.exec(text)?.[0])

  beforeAll(async () => {
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('counts the same people going cold on Follow-ups, in the review and on People', async () => {
    const cold = [...relationships(journal(), new Date()).values()].filter((r) => r.goingCold).length
    expect(cold).toBeGreaterThan(1)

    await app.goto('#/followups')
    const heading = app.page.getByRole('heading', { level: 2, name: /^Going cold/ })
    await heading.waitFor()
    expect(firstNumber(await heading.innerText())).toBe(cold)

    await app.goto('#/review')
    const step = app.page.getByRole('button', { name: /Going cold/ }).first()
    await step.waitFor()
    expect(firstNumber((await step.innerText()).replace(/^\d+\s*/, ''))).toBe(cold)

    await app.goto('#/people')
    await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await app.page.getByRole('switch', { name: 'Going cold' }).check({ force: true })
    await expect.poll(async () => firstNumber(await app.page.getByText(/^\d+ (people|person)$/).innerText())).toBe(cold)
  })

  it('ends "This week" on Follow-ups where the review\'s week ends', async () => {
    await app.goto('#/review')
    const week = await app.page.getByText(/^This week: /).innerText()
    const lastDay = /– (\w+ \d+, \d{4})/.exec(week)![1]!
    const weekEnd = new Date(`${lastDay} 23:59:59`)
    await app.goto('#/followups')
    const section = app.page.getByRole('region', { name: /^This week/ })
    await section.waitFor()
    const titles = await section.getByRole('article').evaluateAll((articles) => articles.map((a) => a.getAttribute('aria-label') ?? ''))
    expect(titles.length).toBeGreaterThan(0)
    for (const title of titles) {
      const note = title.replace(/^Follow-up: /, '')
      const f = journal().followUps.find((x) => x.note === note && x.status === 'pending')!
      expect(new Date(f.snoozedUntil ?? f.dueAt).getTime(), note).toBeLessThanOrEqual(weekEnd.getTime())
    }
    // And nothing due inside the review's week is put under "Later".
    const later = app.page.getByRole('region', { name: /^Later/ })
    const laterNotes = (await later.count()) ? await later.getByRole('article').evaluateAll((a) => a.map((x) => x.getAttribute('aria-label') ?? '')) : []
    for (const title of laterNotes) {
      const f = journal().followUps.find((x) => x.note === title.replace(/^Follow-up: /, ''))!
      expect(new Date(f.snoozedUntil ?? f.dueAt).getTime()).toBeGreaterThan(weekEnd.getTime())
    }
  })

  it('gives one referral balance: the figure, the people to pay back and the review agree', async () => {
    const owedBy = new Map<string, number>()
    for (const r of journal().referrals) {
      const other = r.direction === 'given' ? r.toPersonId : r.fromPersonId
      if (other) owedBy.set(other, (owedBy.get(other) ?? 0) + (r.direction === 'received' ? 1 : -1))
    }
    const owed = [...owedBy.values()].filter((n) => n > 0).reduce((a, b) => a + b, 0)
    expect(owed).toBeGreaterThan(0)

    await app.goto('#/referrals')
    const figure = (label: string) => app.page.getByRole('group', { name: label })
    await figure('Balance').waitFor()
    expect(await figure('Balance').innerText()).toContain(`You owe ${owed}`)
    const toPayBack = firstNumber(await figure('To thank or repay').innerText())
    expect(await app.page.getByRole('heading', { level: 2, name: 'People to thank or repay' }).locator('..').getByRole('link').count()).toBe(toPayBack)

    await app.goto('#/review')
    const step = app.page.getByRole('button', { name: /Give and take/ }).first()
    await step.waitFor()
    expect(firstNumber((await step.innerText()).replace(/^\d+\s*/, ''))).toBe(toPayBack)
    expect(app.problems).toEqual([])
  })
})
