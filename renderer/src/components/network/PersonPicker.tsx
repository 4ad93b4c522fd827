import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { useKithQuery } from '../../api/KithContext'
import { formatDate } from '../../lib/format'

/** Everyone not archived, as picker options ("Dana Reyes · Reyes Landscaping"); typing narrows a long journal quickly. */
function usePeopleOptions() {
  const people = useKithQuery((kith) => kith.people.list({}), 'people-options')
  return useMemo(
    () =>
      (people.data ?? [])
        .map((p) => ({ value: p.id, label: p.company ? `${p.name} · ${p.company}` : p.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [people.data],
  )
}

// Every picker: Enter takes the first match of what was typed, with no Arrow-Down first.
export function PeopleMultiPicker(props: Omit<MultiSelectProps, 'data'>) {
  const data = usePeopleOptions()
  return <MultiSelect searchable selectFirstOptionOnChange limit={50} nothingFoundMessage="Nobody by that name" comboboxProps={{ withinPortal: true }} {...props} data={data} />
}

export function PersonPicker(props: Omit<SelectProps, 'data'>) {
  const data = usePeopleOptions()
  return <Select searchable selectFirstOptionOnChange limit={50} nothingFoundMessage="Nobody by that name" comboboxProps={{ withinPortal: true }} {...props} data={data} />
}

export function EventPicker(props: Omit<SelectProps, 'data'>) {
  const events = useKithQuery((kith) => kith.events.list({}), 'events')
  const data = useMemo(
    () => [...(events.data ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt)).map((e) => ({ value: e.id, label: `${e.title} · ${formatDate(e.startsAt)}` })),
    [events.data],
  )
  return <Select searchable selectFirstOptionOnChange limit={50} nothingFoundMessage="No event by that name" comboboxProps={{ withinPortal: true }} {...props} data={data} />
}
