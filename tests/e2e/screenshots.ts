/**
 * Pictures of every page in light and dark, through the real bridge, to look at before a release.
 * Run: npx electron-vite build && npx tsx tests/e2e/screenshots.ts
 * Writes .tmp/shots/<page>-<scheme>.png and docs/screenshots/timeline.png (the README's picture),
 * plus the empty journal's pages and the add-person form refusing an empty name (light only).
 */
import { mkdirSync } from 'node:fs'
import { startApp } from './harness'

const PAGES: [name: string, route: string][] = [
  ['timeline', '#/timeline'],
  ['people', '#/people'],
  ['person', '#/people/p-marcus-bell'],
  ['events', '#/events'],
  ['event', '#/events/ev-conference'],
  ['cheat-sheet', '#/events/ev-conference/cheat-sheet'],
  ['followups', '#/followups'],
  ['review', '#/review'],
  ['settings', '#/settings'],
  ['not-found', '#/no-such-page'],
]
const SCHEMES = ['light', 'dark'] as const

/** What a user who chose "Start an empty journal" sees first. */
async function emptyJournalShots() {
  const app = await startApp()
  try {
    const { page } = app
    await page.getByRole('button', { name: 'Start an empty journal' }).click()
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    for (const [name, route] of [
      ['timeline', '#/timeline'],
      ['people', '#/people'],
      ['events', '#/events'],
      ['followups', '#/followups'],
    ]) {
      await app.goto(route!)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: `.tmp/shots/empty-${name}-light.png` })
    }
    await app.goto('#/people')
    await page.getByRole('button', { name: 'Add person' }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: 'Add person' }).click()
    await page.getByText('Enter a name: who did you meet?').waitFor()
    await page.screenshot({ path: '.tmp/shots/empty-add-person-error-light.png' })
    if (app.problems.length > 0) throw new Error(`The empty journal's pages reported problems:\n${app.problems.join('\n')}`)
  } finally {
    await app.close()
  }
}

async function main() {
  mkdirSync('.tmp/shots', { recursive: true })
  mkdirSync('docs/screenshots', { recursive: true })
  const app = await startApp()
  try {
    const { page } = app
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.getByRole('heading', { name: 'Welcome to Kith' }).waitFor()
      await page.screenshot({ path: `.tmp/shots/first-run-${scheme}.png` })
    }
    await page.getByRole('button', { name: 'Load the sample journal' }).click()
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const [name, route] of PAGES) {
        await app.goto(route)
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        // Let every query on the page settle so no spinner is caught mid-load.
        await page.waitForLoadState('networkidle')
        await page.screenshot({ path: `.tmp/shots/${name}-${scheme}.png`, fullPage: true })
        if (name === 'timeline' && scheme === 'light') await page.screenshot({ path: 'docs/screenshots/timeline.png' })
      }
    }
    if (app.problems.length > 0) throw new Error(`The pages reported problems:\n${app.problems.join('\n')}`)
    console.log('Screenshots written to .tmp/shots and docs/screenshots/timeline.png')
  } finally {
    await app.close()
  }
}

await main()
await emptyJournalShots()
