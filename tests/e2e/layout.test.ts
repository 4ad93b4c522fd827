import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { settled } from './axe'
import { startApp, type RunningApp } from './harness'
import { expectFocus } from './keyboard'

const NOW = new Date('2026-11-27T15:00:00.000Z')
const ROUTES = [
  '#/timeline',
  '#/people',
  '#/people/p-marcus-bell',
  '#/events',
  '#/events/ev-conference',
  '#/events/ev-conference/cheat-sheet',
  '#/followups',
  '#/referrals',
  '#/review',
  '#/review/history',
  '#/review/2026-11-22/summary',
  '#/import',
  '#/settings',
]

/** Elements wider than the window, which would make the whole page scroll sideways. */
const overflowing = (app: RunningApp) =>
  app.page.evaluate(() => {
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= width) return []
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className.toString().split(' ').slice(0, 2).join('.')}`)
  })

/** Issue 16: usable at 200% zoom and in a 1024×640 window; motion off for people who ask for it. */
describe('zoom, small windows and reduced motion', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({ now: () => NOW })
    await app.page.clock.setFixedTime(NOW)
    await app.page.reload()
    await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  // A 1280×800 window at 200% zoom lays out like a 640×400 one; and a 1024×640 window as is.
  for (const [label, viewport] of [
    ['200% zoom (640×400 CSS px)', { width: 640, height: 400 }],
    ['a 1024×640 window', { width: 1024, height: 640 }],
  ] as const) {
    it(`fits every page in the width at ${label}: nothing scrolls sideways but the timeline and wide tables`, { timeout: 120_000 }, async () => {
      await app.page.setViewportSize(viewport)
      const found: Record<string, string[]> = {}
      for (const route of ROUTES) {
        await app.goto(route)
        await app.page.getByRole('heading', { level: 1 }).first().waitFor()
        await settled(app.page)
        const wide = await overflowing(app)
        if (wide.length) found[route] = wide
      }
      expect(found).toEqual({})
    })
  }

  it('at 200% zoom the navigation sits behind a menu button that works by keyboard', async () => {
    const { page } = app
    await page.setViewportSize({ width: 640, height: 400 })
    await app.goto('#/people')
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    const menu = page.getByRole('button', { name: 'Open navigation' })
    await menu.focus()
    await page.keyboard.press('Enter')
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' })
    await link.focus()
    await page.keyboard.press('Enter')
    await expectFocus(page, page.getByRole('heading', { level: 1, name: 'Follow-ups' }))
    // The menu closed behind the user, and its links left the Tab order with it.
    await page.getByRole('button', { name: 'Open navigation' }).waitFor()
    await page.waitForFunction(() => {
      const nav = document.querySelector('nav')!
      return nav.getBoundingClientRect().right <= 0
    })
    const reachable = await link.evaluate((element) => getComputedStyle(element).visibility !== 'hidden' && !element.closest('[inert]'))
    expect(reachable).toBe(false)
  })

  it('in a 1024×640 window a long dialog still shows its primary button after scrolling', async () => {
    const { page } = app
    await page.setViewportSize({ width: 1024, height: 640 })
    await app.goto('#/people')
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await page.keyboard.press('Control+j')
    const save = page.getByRole('dialog', { name: 'Quick capture: people you met' }).getByRole('button', { name: /^Save/ })
    await save.scrollIntoViewIfNeeded()
    expect(await save.isVisible()).toBe(true)
    const box = (await save.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(640)
    await page.keyboard.press('Escape')
    // Closed for good, not mid-fade, before the next test opens another dialog.
    await page.getByRole('dialog', { name: 'Quick capture: people you met' }).waitFor({ state: 'detached' })
  })

  it('turns animations and transitions off when the system asks for reduced motion', async () => {
    const { page } = app
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await app.goto('#/timeline')
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    await page.keyboard.press('Control+k')
    await page.getByRole('dialog', { name: 'Search everything' }).waitFor()
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body, body *')]
        .filter((element) => {
          const style = getComputedStyle(element)
          const longest = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 1 : 1000)))
          return longest(style.transitionDuration) > 1 || (style.animationName !== 'none' && longest(style.animationDuration) > 1)
        })
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className.toString().split(' ')[0]}`),
    )
    await page.keyboard.press('Escape')
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(moving).toEqual([])
  })
})
