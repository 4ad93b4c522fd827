import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'

/** Whether this element has the keyboard focus now. */
export const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement)

/** Waits until the element has the focus (re-resolving it, as pages re-render); fails with what has it instead. */
export async function expectFocus(page: Page, locator: Locator, timeout = 15_000): Promise<void> {
  try {
    await expect.poll(() => hasFocus(locator).catch(() => false), { timeout, interval: 50 }).toBe(true)
  } catch {
    const actual = await page.evaluate(() => {
      const element = document.activeElement
      return element
        ? `<${element.tagName.toLowerCase()}> "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"`
        : 'nothing'
    })
    throw new Error(`Expected the focus on ${locator.toString()}, but ${actual} has it.`)
  }
}

/**
 * Presses Tab (or Shift+Tab) until the element has the focus, as a keyboard user would; fails
 * after `most` presses. `atEachStop` checks the page wherever the focus lands on the way. Returns
 * how many presses it took.
 */
export async function tabTo(
  page: Page,
  locator: Locator,
  { most = 40, back = false, atEachStop }: { most?: number; back?: boolean; atEachStop?: () => Promise<void> } = {},
): Promise<number> {
  await locator.waitFor()
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    await atEachStop?.()
    if (await hasFocus(locator)) return presses
  }
  throw new Error(`${most} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${locator.toString()}.`)
}
