/**
 * The everyday-flows pictures issue 15 asks for, light and dark at 1280×800: the Add event dialog
 * with a typed time, the unsaved-changes prompt, the delete-event confirmation, and the cheat
 * sheet's first printed page. Run: npx electron-vite build && npx tsx tests/e2e/flowShots.ts
 * Writes docs/screenshots/flows-*.png.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startWithSample } from './harness'
import { localDayDigits, typeDateTime } from './typing'

const OUT = 'docs/screenshots'

async function shots(scheme: 'light' | 'dark') {
  const app = await startWithSample({ colorScheme: scheme, viewport: { width: 1280, height: 800 } })
  const { page } = app
  // No fades: a dialog is pictured as it stands, not half drawn.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const shot = (name: string) => page.screenshot({ path: join(OUT, `flows-${name}-${scheme}.png`) })
  try {
    await app.goto('#/events')
    await page.getByRole('button', { name: 'Add event' }).first().click()
    const add = page.getByRole('dialog', { name: 'Add an event', exact: true })
    await add.getByRole('textbox', { name: /Title/ }).fill('Harbour networking evening')
    await typeDateTime(add.getByLabel(/^Starts/), localDayDigits(new Date(Date.now() + 3 * 86_400_000)), '0630P', 'date first')
    await add.getByLabel('Venue').fill('Harbour Hall')
    await add.getByLabel('Venue').blur()
    await shot('add-event-typed-time')

    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'Discard what you typed?' }).getByRole('button', { name: 'Keep editing' }).waitFor()
    await shot('unsaved-prompt')
    await page.getByRole('button', { name: 'Discard' }).click()

    await app.goto('#/events/ev-bbq')
    await page.getByRole('button', { name: 'Delete event: Neighbourhood summer BBQ' }).click()
    await page.getByRole('dialog', { name: 'Delete Neighbourhood summer BBQ?' }).getByRole('button', { name: 'Cancel' }).waitFor()
    await shot('delete-event-confirmation')
    await page.keyboard.press('Escape')

    await app.goto('#/events/ev-conference/cheat-sheet')
    await page.getByRole('article').first().waitFor()
    const dir = mkdtempSync(join(tmpdir(), 'kith-shots-'))
    await page.emulateMedia({ media: 'print' })
    await page.pdf({ path: join(dir, 'sheet.pdf'), format: 'Letter' })
    await page.emulateMedia({ media: 'screen' })
    // Paper is paper: the printed page is the same in both schemes, so it is drawn once.
    if (scheme === 'light') {
      execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-png', '-r', '96', '-singlefile', join(dir, 'sheet.pdf'), join(dir, 'page1')])
      renameSync(join(dir, 'page1.png'), join(OUT, 'flows-cheat-sheet-first-page.png'))
    }
    await shot('cheat-sheet-screen')
  } finally {
    await app.close()
  }
}

await shots('light')
await shots('dark')
