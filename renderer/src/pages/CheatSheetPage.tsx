import { Anchor, Text } from '@mantine/core'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import type { CheatSheet } from '../../../shared/derive/cheatSheet'
import { useQuery } from '@tanstack/react-query'
import { inDesktopApp } from '../api/getKith'
import { eventQueries } from '../api/queries/events'
import { CheatSheetToolbar } from '../components/cheatsheet/CheatSheetToolbar'
import { journalQueries } from '../api/queries/journal'
import { defaultPaper, PAPERS, PrintCopy, usePrintReady, usePrintRoute, type Paper } from '../components/cheatsheet/printing'
import { SheetDocument } from '../components/cheatsheet/SheetDocument'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'

const PAPER_KEY = 'kith.cheatSheetPaper'

function rememberedPaper(): Paper {
  const saved = window.localStorage.getItem(PAPER_KEY)
  return PAPERS.find((p) => p === saved) ?? defaultPaper()
}

function Preview({ sheet }: { sheet: CheatSheet }) {
  const [paper, setPaper] = useState<Paper>(rememberedPaper)
  const desktop = inDesktopApp()
  const choosePaper = (next: Paper) => {
    setPaper(next)
    window.localStorage.setItem(PAPER_KEY, next)
  }
  return (
    <>
      <PageHeader
        title={`Cheat sheet: ${sheet.event.title}`}
        description={
          desktop
            ? 'This is what prints. Notes you marked private never appear on it.'
            : 'This is what prints. Notes you marked private never appear on it. To keep a PDF, choose "Save as PDF" in the print dialog.'
        }
        actions={<CheatSheetToolbar eventId={sheet.event.id} paper={paper} onPaperChange={choosePaper} desktop={desktop} />}
      />
      <div className="kith-paper" data-paper={paper} aria-label={`Preview on ${paper} paper`} role="region" tabIndex={0}>
        <SheetDocument sheet={sheet} titleOrder={2} />
      </div>
      <Text size="xs" c="dimmed" ta="center" mt="sm">
        Generated from your journal just now; it updates when you edit the people on it.
      </Text>
      {/* What the browser's own Print (Ctrl+P) prints: only the sheet, not the app around it. */}
      <PrintCopy screen={false}>
        <SheetDocument sheet={sheet} />
      </PrintCopy>
    </>
  )
}

/** The page the hidden print window loads: the sheet alone, and a signal once it can be printed. */
function PrintOnly({ sheet, current, error }: { sheet: CheatSheet | undefined; current: boolean; error: Error | undefined }) {
  // A sheet the journal has changed since (the cache's copy, being asked again) is not printed,
  // nor one whose amounts are not yet in the currency chosen in Settings.
  const settings = useQuery(journalQueries.settings())
  usePrintReady(true, sheet !== undefined && current && !settings.isPending, error)
  if (!sheet) return null
  return (
    <PrintCopy screen>
      <SheetDocument sheet={sheet} />
    </PrintCopy>
  )
}

export function CheatSheetPage() {
  const { id = '' } = useParams()
  const { print } = usePrintRoute()
  const sheet = useQuery(eventQueries.cheatSheet(id))
  if (print) return <PrintOnly sheet={sheet.data} current={!sheet.isStale} error={sheet.data ? undefined : (sheet.error ?? undefined)} />
  return (
    <>
      <Anchor component={Link} to={`/events/${id}`} size="sm" mb="xs" display="inline-block">
        ← Back to the event
      </Anchor>
      <QueryView query={sheet}>{(s) => <Preview sheet={s} />}</QueryView>
    </>
  )
}
