/**
 * ical.js unescapes `\\`, `\,` and `\n` in vCard text but leaves `\;` as two
 * characters (RFC 6350 allows writers to escape any semicolon). Outside structured
 * properties a bare `;` after the colon is plain text to ical.js, so this pass turns
 * each `\;` escape into `;` before parsing. It works on unfolded lines and reads
 * escapes pairwise, so `\\;` (a backslash, then a semicolon) stays as it is.
 */
const STRUCTURED = new Set(['n', 'adr', 'org', 'gender', 'clientpidmap'])

/** Index of the colon that ends the property's name and parameters (a quoted parameter may hold a colon). */
function valueStart(line: string): number {
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted
    else if (line[i] === ':' && !quoted) return i
  }
  return -1
}

export function unescapeTextSemicolons(card: string): string {
  const unfolded = card.replace(/\r?\n[ \t]/g, '')
  return unfolded
    .split(/\r?\n/)
    .map((line) => {
      const colon = valueStart(line)
      if (colon < 0 || !line.includes('\\;')) return line
      const name = (line.slice(0, colon).split(';')[0] ?? '').split('.').pop()!.toLowerCase()
      if (STRUCTURED.has(name)) return line
      return line.slice(0, colon + 1) + line.slice(colon + 1).replace(/\\([\s\S])/g, (escape, char: string) => (char === ';' ? ';' : escape))
    })
    .join('\r\n')
}
