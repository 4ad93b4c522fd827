import { Stack } from '@mantine/core'
import { ExportSection } from '../components/exchange/ExportSection'
import { ImportSection } from '../components/exchange/ImportSection'
import { PageHeader } from '../components/PageHeader'
import { Section } from '../components/Section'

export function ImportPage() {
  return (
    <>
      <PageHeader
        title="Import & export"
        description="Bring in contacts from your phone, LinkedIn or Google Contacts, and take everything with you when you want."
      />
      <Stack gap="xl">
        <section aria-labelledby="import-heading">
          <h2 id="import-heading" className="kith-visually-hidden">
            Import
          </h2>
          <ImportSection />
        </section>
        <Section title="Export">
          <ExportSection />
        </Section>
      </Stack>
    </>
  )
}
