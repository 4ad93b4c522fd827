import { Paper, Stack, Title } from '@mantine/core'
import { ExportSection } from '../components/exchange/ExportSection'
import { ImportSection } from '../components/exchange/ImportSection'
import { PageHeader } from '../components/PageHeader'

export function ImportPage() {
  return (
    <>
      <PageHeader
        title="Import & export"
        description="Bring in contacts from your phone, LinkedIn or Google Contacts, and take everything with you whenever you want."
      />
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="import-heading">
          <Title order={2} size="h3" id="import-heading">
            Import
          </Title>
          <ImportSection />
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="export-heading">
          <Title order={2} size="h3" id="export-heading">
            Export
          </Title>
          <Paper withBorder radius="md" p="lg">
            <ExportSection />
          </Paper>
        </Stack>
      </Stack>
    </>
  )
}
