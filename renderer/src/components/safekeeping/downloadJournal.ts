import type { KithApi } from '../../../../shared/api/kithApi'

/**
 * Saves the whole journal as one JSON file through the browser's own download,
 * which works the same in Electron's renderer and in the browser bridge.
 * Returns the file name it offered.
 */
export async function downloadJournal(kith: KithApi): Promise<string> {
  const { fileName, json } = await kith.journal.export()
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The click has started the download by now; revoking later frees the copy of the journal.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return fileName
}
