import { Button, Group, SegmentedControl, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import type { PrintResult } from '../../../../shared/api/contract'
import { useKith } from '../../api/KithContext'
import { notifyError } from '../notify'
import { PAPERS, type Paper } from './printing'

/** What the service answers when no printer is wired in (the browser bridge). */
const NO_PRINTER = /needs the Kith desktop app/i

type Props = {
  eventId: string
  paper: Paper
  onPaperChange: (paper: Paper) => void
  /** Whether the desktop app can save a PDF itself (in a browser, its Print dialog does that). */
  desktop: boolean
}

export function CheatSheetToolbar({ eventId, paper, onPaperChange, desktop }: Props) {
  const kith = useKith()
  const [busy, setBusy] = useState<'printer' | 'pdf'>()

  const print = async (to: 'printer' | 'pdf') => {
    // In a browser the page itself is printable: its print stylesheet shows only the sheet.
    if (!desktop) return window.print()
    setBusy(to)
    try {
      const result: PrintResult = await kith.print.cheatsheet({ eventId, paper, to })
      if (result.outcome === 'saved') notifications.show({ color: 'teal', title: 'Cheat sheet saved', message: result.path, autoClose: 6_000 })
      if (result.outcome === 'printed') notifications.show({ color: 'teal', message: 'The cheat sheet went to the printer.', autoClose: 4_000 })
    } catch (error) {
      // A desktop build without a printer behind it says so; the browser's dialog still works.
      if (error instanceof Error && NO_PRINTER.test(error.message)) window.print()
      else notifyError(to === 'pdf' ? 'Could not save the cheat sheet' : 'Could not print the cheat sheet', error)
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <Group gap="sm" wrap="wrap">
      <Group gap={6}>
        <Text size="sm" id="paper-label">
          Paper
        </Text>
        <SegmentedControl aria-labelledby="paper-label" size="xs" data={[...PAPERS]} value={paper} onChange={(value) => onPaperChange(value as Paper)} />
      </Group>
      <Button leftSection={<IconPrinter size={18} aria-hidden />} loading={busy === 'printer'} disabled={busy === 'pdf'} onClick={() => void print('printer')}>
        Print…
      </Button>
      {desktop && (
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          loading={busy === 'pdf'}
          disabled={busy === 'printer'}
          onClick={() => void print('pdf')}
        >
          Save as PDF…
        </Button>
      )}
    </Group>
  )
}
