import { Select } from '@mantine/core'
import { useMemo } from 'react'
import type { Person } from '../../../../shared/domain'
import { distinction, nameKey, namesakesOf } from '../../../../shared/derive/namesakes'
import { useQuery } from '@tanstack/react-query'
import { peopleQueries } from '../../api/queries/people'
import { useEventsById } from '../usePeopleIndex'

/** The pick for "someone not yet in the journal". */
export const SOMEONE_NEW = 'new'

/** The people already called `name`, for a form that is about to create someone by that name. */
export function useNamesakes(): (name: string) => Person[] {
  const people = useQuery(peopleQueries.list())
  return useMemo(() => {
    const list = people.data ?? []
    return (name: string) => namesakesOf(name, list)
  }, [people.data])
}

/**
 * The one already there is offered first; a company typed that none of them has means
 * somebody else until the person says otherwise (as the capture note decides).
 */
export function defaultPick(namesakes: readonly Person[], company: string): string {
  const typed = nameKey(company)
  const fitting = typed ? namesakes.filter((p) => !p.company || nameKey(p.company) === typed) : namesakes
  return fitting[0]?.id ?? SOMEONE_NEW
}

/** "Who is Grace Liu?": one of the namesakes already in the journal, or someone new. */
export function NamesakeChoice({
  name,
  namesakes,
  value,
  onChange,
}: {
  name: string
  namesakes: readonly Person[]
  value: string
  onChange: (pick: string) => void
}) {
  const eventsById = useEventsById()
  const data = [
    ...namesakes.map((p) => {
      const apart = distinction(p, eventsById)
      return { value: p.id, label: `${p.name}${apart ? ` · ${apart}` : ''} (already in your journal)` }
    }),
    { value: SOMEONE_NEW, label: 'Someone new' },
  ]
  return (
    <Select
      label={`Who is ${name.trim()}?`}
      size="xs"
      maw={460}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
