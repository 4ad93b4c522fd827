import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useDebouncedValue, useDisclosure } from '@mantine/hooks'
import { IconGitMerge, IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { PeopleFilter } from '../../../shared/derive/peopleOverview'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { DEFAULT_PEOPLE_FILTER, peopleQueries } from '../api/queries/people'
import { EmptyState } from '../components/EmptyState'
import { MergeDialog } from '../components/network/MergeDialog'
import { PeopleTable } from '../components/network/PeopleTable'
import { SEARCHABLE, StageFilter, TagFilter } from '../components/network/ListFilters'
import { PageHeader } from '../components/PageHeader'
import { PersonCreateForm } from '../components/PersonCreateForm'
import { QueryView } from '../components/QueryView'
import { FormModal } from '../components/FormModal'

const SORTS = [
  { value: 'lastContact', label: 'Last contact' },
  { value: 'name', label: 'Name' },
  { value: 'firstMet', label: 'First met' },
]

export function PeoplePage() {
  const [text, setText] = useState('')
  const [debouncedText] = useDebouncedValue(text, 150)
  // `?goingCold=1`: the Follow-ups page's "See all" opens the same list the review counts.
  const [params] = useSearchParams()
  const [filter, setFilter] = useState<PeopleFilter>(() => ({ ...DEFAULT_PEOPLE_FILTER, ...(params.get('goingCold') === '1' && { goingCold: true }) }))
  const query = { ...filter, text: debouncedText.trim() || undefined }
  // The last answer stays on screen while a new filter loads, so the controls keep their focus.
  const overview = useQuery({ ...peopleQueries.overview(query), placeholderData: keepPreviousData })
  const [adding, { open, close }] = useDisclosure(false)
  const [selected, setSelected] = useState<string[]>([])
  const [merging, setMerging] = useState(false)
  const navigate = useNavigate()
  const set = (patch: Partial<PeopleFilter>) => setFilter((f) => ({ ...f, ...patch }))
  const filtering = Boolean(query.text || filter.tag || filter.stage || filter.company || filter.goingCold)

  const addButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={open}>
      Add person
    </Button>
  )
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-2)))

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone you have met, where each relationship stands, and who is going cold."
        actions={
          <>
            <Button variant="default" leftSection={<IconGitMerge size={18} aria-hidden />} disabled={selected.length !== 2} onClick={() => setMerging(true)}>
              Merge selected
            </Button>
            {addButton}
          </>
        }
      />
      <QueryView query={overview}>
        {({ rows, tags, companies }) =>
          rows.length === 0 && !filtering && tags.length === 0 && companies.length === 0 && !filter.includeArchived ? (
            <EmptyState icon={<IconUsers aria-hidden />} title="No people yet" action={addButton}>
              Add the first person you met, or load the sample journal from Settings to see how Kith works.
            </EmptyState>
          ) : (
            <Stack gap="sm">
              <Group gap="sm" align="flex-end" wrap="wrap">
                <TextInput
                  label="Search"
                  placeholder="Name, company or role"
                  leftSection={<IconSearch size={16} aria-hidden />}
                  value={text}
                  onChange={(event) => setText(event.currentTarget.value)}
                  w={240}
                />
                <TagFilter tags={tags} value={filter.tag ?? null} onChange={(v) => set({ tag: v ?? undefined })} />
                <StageFilter value={filter.stage ?? null} onChange={(v) => set({ stage: v ?? undefined })} />
                <Select
                  label="Company"
                  placeholder="Any company"
                  data={companies}
                  value={filter.company ?? null}
                  onChange={(v) => set({ company: v ?? undefined })}
                  clearable
                  {...SEARCHABLE}
                  w={190}
                />
                <Select
                  label="Sort by"
                  data={SORTS}
                  value={filter.sort ?? 'lastContact'}
                  onChange={(v) => set({ sort: (v as PeopleFilter['sort']) ?? 'lastContact' })}
                  allowDeselect={false}
                  w={140}
                />
                <Stack gap={6} mb={4}>
                  <Switch label="Going cold" checked={Boolean(filter.goingCold)} onChange={(e) => set({ goingCold: e.currentTarget.checked || undefined })} />
                  <Switch
                    label="Show archived"
                    checked={Boolean(filter.includeArchived)}
                    onChange={(e) => set({ includeArchived: e.currentTarget.checked || undefined })}
                  />
                </Stack>
              </Group>
              <Text size="sm" c="dimmed" aria-live="polite">
                {rows.length} {rows.length === 1 ? 'person' : 'people'}
                {selected.length > 0 && ` · ${selected.length} selected${selected.length === 1 ? ': select one more to merge duplicates' : ''}`}
              </Text>
              {rows.length === 0 ? (
                <Text c="dimmed">Nobody matches{query.text ? ` “${query.text}”` : ' these filters'}. Try part of a name or company, or clear a filter.</Text>
              ) : (
                <PeopleTable rows={rows} selected={selected} onToggle={toggle} />
              )}
            </Stack>
          )
        }
      </QueryView>
      <FormModal opened={adding} onClose={close} title="Add a person" size="lg">
        <PersonCreateForm
          onCreated={(person) => {
            close()
            void navigate(`/people/${person.id}`)
          }}
        />
      </FormModal>
      {merging && selected.length === 2 && (
        <MergeDialog
          ids={[selected[0]!, selected[1]!]}
          opened
          onClose={() => setMerging(false)}
          onMerged={(keepId) => {
            setMerging(false)
            setSelected([])
            void navigate(`/people/${keepId}`)
          }}
        />
      )}
    </>
  )
}
