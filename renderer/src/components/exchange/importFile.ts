import type { ImportAction, PreviewRow } from '../../../../shared/exchange/importPlan'
import type { ImportPreview } from '../../../../shared/exchange/api'

/** What the file picker accepts; the back end decides the format by content, not by name. */
export const IMPORT_ACCEPT = '.vcf,.vcard,.csv,.txt,text/vcard,text/x-vcard,text/csv,text/plain'

/** Reads a chosen file as UTF-8 text, reporting how much is read (0 to 1) as it goes. */
export function readFileText(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(new Error('Kith could not read this file. Is it still there, and can you open it?'))
    reader.readAsText(file, 'utf-8')
  })
}

/** About how many contacts a file holds, to say what is being checked before the preview answers. */
export function estimateContacts(text: string): number {
  const cards = text.match(/^[ \t]*BEGIN:VCARD/gim)?.length ?? 0
  if (cards > 0) return cards
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  // LinkedIn puts a "Notes:" preamble before its header; the header line itself is not a contact either.
  const header = Math.max(
    0,
    lines.findIndex((line) => /^\uFEFF?"?First Name"?,/.test(line)),
  )
  return Math.max(0, lines.length - header - 1)
}

/** Sizes are said one way across the app. */

/** The user's choice for a row, else what Kith proposed. */
export type Choices = Record<number, ImportAction>
export const actionOf = (row: PreviewRow, choices: Choices): ImportAction => choices[row.line] ?? row.action

/** Only the rows the user changed travel to `import:apply`, keyed by line number. */
export function changedChoices(rows: PreviewRow[], choices: Choices): Record<string, ImportAction> | undefined {
  const changed: Record<string, ImportAction> = {}
  for (const row of rows) {
    const action = choices[row.line]
    if (action && action !== row.action) changed[String(row.line)] = action
  }
  return Object.keys(changed).length > 0 ? changed : undefined
}

export type ImportCounts = ImportPreview['counts']

/** The counts as the user's choices leave them. */
export function countActions(preview: ImportPreview, choices: Choices): ImportCounts {
  const counts: ImportCounts = { new: 0, merge: 0, skip: 0, errors: preview.errors.length }
  for (const row of preview.rows) counts[actionOf(row, choices)]++
  return counts
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`

/** "42 new, 3 to merge, 5 skipped, 2 errors" */
export function describeCounts(counts: ImportCounts): string {
  return [
    `${counts.new.toLocaleString()} new`,
    `${counts.merge.toLocaleString()} to merge`,
    `${counts.skip.toLocaleString()} skipped`,
    plural(counts.errors, 'error', 'errors'),
  ].join(', ')
}

/** Saves an export through the browser's download, named as the back end named it. */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by now; freeing the URL at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
