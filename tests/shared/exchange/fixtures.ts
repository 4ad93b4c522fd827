import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const FOLDER = fileURLToPath(new URL('../../fixtures/exchange/', import.meta.url))

/** A fixture as the renderer would pass it: the file's bytes decoded as UTF-8 (invalid bytes become U+FFFD). */
export function fixtureText(name: string): string {
  return new TextDecoder().decode(readFileSync(FOLDER + name))
}
