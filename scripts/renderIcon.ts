/**
 * Renders build/icon.svg to the PNGs electron-builder packs (icon.png for macOS and
 * Windows, icons/<size>.png for Linux). Run after editing the SVG: `npx tsx scripts/renderIcon.ts`.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const buildFolder = join(import.meta.dirname, '..', 'build')
const svg = await readFile(join(buildFolder, 'icon.svg'), 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  await mkdir(join(buildFolder, 'icons'), { recursive: true })
  for (const size of [512, 256]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const scaled = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`)
    await page.setContent(`<html><body style="margin:0;background:transparent">${scaled}</body></html>`)
    const targets = [join(buildFolder, 'icons', `${size}x${size}.png`), ...(size === 512 ? [join(buildFolder, 'icon.png')] : [])]
    for (const path of targets) await page.screenshot({ path, omitBackground: true })
    await page.close()
  }
} finally {
  await browser.close()
}
