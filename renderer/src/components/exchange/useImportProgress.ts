import { useCallback, useEffect, useState } from 'react'
import type { ImportProgress } from '../../../../shared/exchange/api'
import { useKith } from '../../api/KithContext'

/**
 * The latest progress the main process pushed for an import, and a way to forget it before the
 * next call (so a new file never shows the last file's count).
 */
export function useImportProgress(): { progress: ImportProgress | undefined; forget: () => void } {
  const kith = useKith()
  const [progress, setProgress] = useState<ImportProgress>()
  useEffect(
    () =>
      kith.onEvent((event) => {
        if (event.type === 'import:progress') setProgress(event.progress)
      }),
    [kith],
  )
  const forget = useCallback(() => setProgress(undefined), [])
  return { progress, forget }
}
