import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/** Every page a notification can sit on, at the window size people use. */
const PAGES = [
  '#/timeline',
  '#/people',
  '#/people/p-noah-williams',
  '#/events',
  '#/events/ev-holiday',
  '#/events/ev-conference/cheat-sheet',
  '#/followups',
  '#/referrals',
  '#/review',
  '#/review/history',
  '#/import',
  '#/settings',
]

/**
 * Notifications never lie over a control: a reminder and a "saved" note stay where they can
 * be reached, and every button, link and field of every page can still be clicked.
 */
describe('notifications beside the controls, never over them', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await startWithSample({ viewport: { width: 1280, height: 800 } })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('covers no button, link or field on any page, and the reminder stays reachable', async () => {
    const at = new Date(Date.now() - 60_000).toISOString()
    await app.journal.store.mutate((j) => {
      j.followUps.push({
        id: 'f-notice',
        createdAt: at,
        updatedAt: at,
        dueAt: at,
        personId: 'p-noah-williams',
        note: 'Call Noah about the mixer',
        status: 'pending',
      })
    })
    const reminder = app.page.locator('.mantine-Notification-root', { hasText: 'Call Noah about the mixer' })
    await reminder.waitFor({ timeout: 90_000 })
    for (const route of PAGES) {
      await app.goto(route)
      await app.page.getByRole('heading', { level: 1 }).first().waitFor()
      await app.page.waitForLoadState('networkidle')
      await reminder.waitFor()
      const covered = await app.page.evaluate(() => {
        const notices = [...document.querySelectorAll('.mantine-Notification-root')].map((n) => n.getBoundingClientRect())
        const controls = [
          ...document.querySelectorAll<HTMLElement>(
            'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=switch], [role=combobox], [role=tab]',
          ),
        ].filter((c) => !c.closest('.mantine-Notification-root') && c.getClientRects().length > 0)
        const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && b.width > 0 && b.height > 0
        return controls
          .filter((c) => notices.some((n) => overlap(n, c.getBoundingClientRect())))
          .map((c) => (c.getAttribute('aria-label') ?? c.textContent ?? c.tagName).trim().slice(0, 40))
      })
      expect(covered, route).toEqual([])
      // Reachable: its own buttons can be clicked where it is.
      expect(await reminder.getByRole('button', { name: 'Open' }).isVisible(), route).toBe(true)
    }
    // The top-right controls take a click with the reminder still showing.
    await app.goto('#/followups')
    await app.page.locator('[aria-label="Theme"] label').first().click()
    await app.page.getByRole('button', { name: 'Plan a follow-up' }).first().click()
    await app.page.getByRole('dialog', { name: 'Plan a follow-up' }).waitFor()
    expect(app.problems).toEqual([])
  }, 180_000)
})
