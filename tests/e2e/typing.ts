import type { Locator } from 'playwright-core'

/** A day as a person types it into Chromium's date fields in the en-US locale: month, day, year. */
export function localDayDigits(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(day.getMonth() + 1)}${pad(day.getDate())}${day.getFullYear()}`
}

/**
 * Types a day and a time into a date-and-time field the way a person does: a click on the
 * field's start, the digits, Tab to the hours. `time first` types the hours, then clicks back.
 */
export async function typeDateTime(field: Locator, dayDigits: string, timeDigits: string, order: 'date first' | 'time first') {
  const page = field.page()
  const typeDay = async () => {
    await field.click({ position: { x: 14, y: 12 } })
    await page.keyboard.type(dayDigits, { delay: 20 })
  }
  if (order === 'date first') {
    await typeDay()
    await page.keyboard.press('Tab')
    await page.keyboard.type(timeDigits, { delay: 20 })
    return
  }
  await field.click({ position: { x: 14, y: 12 } })
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await page.keyboard.type(timeDigits, { delay: 20 })
  await typeDay()
}
