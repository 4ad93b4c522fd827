import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const FOLDER = fileURLToPath(new URL('../../fixtures/exchange/', import.meta.url))

/** A fixture as the renderer would pass it: the file's bytes decoded as UTF-8 (invalid bytes become U+FFFD). */
export function fixtureText(name: string): string {
  return new TextDecoder().decode(readFileSync(FOLDER + name))
}

/** A LinkedIn export of `count` connections, as LinkedIn writes it. */
export function linkedInExport(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `Firstname${i},Lastname${i},https://www.linkedin.com/in/person-${i}-a1b2c3,,Company ${i % 700} Ltd,Senior Account Manager,${(i % 28) + 1} Mar 2021`,
  )
  return (
    '\uFEFFNotes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n' +
    rows.join('\r\n') +
    '\r\n'
  )
}
