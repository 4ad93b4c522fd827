import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core'
import { useMemo, type KeyboardEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import { eventQueries } from '../../api/queries/events'
import { peopleQueries } from '../../api/queries/people'
import { formatDate } from '../../lib/format'
import { useEventsById } from '../usePeopleIndex'
import { SEARCHABLE } from './ListFilters'
import { distinction, nameKey } from '../../../../shared/derive/namesakes'

/**
 * Everyone not archived, as picker options ("Dana Reyes · Reyes Landscaping"); typing narrows a
 * long journal quickly. A namesake without a company says where you met ("Grace Liu · met at …").
 */
function usePeopleOptions() {
  const people = useQuery(peopleQueries.list())
  const eventsById = useEventsById()
  return useMemo(() => {
    const list = people.data ?? []
    const named = new Map<string, number>()
    for (const p of list) named.set(nameKey(p.name), (named.get(nameKey(p.name)) ?? 0) + 1)
    return list
      .map((p) => {
        const apart = p.company ?? (named.get(nameKey(p.name))! > 1 ? distinction(p, eventsById) : undefined)
        return { value: p.id, label: apart ? `${p.name} · ${apart}` : p.name }
      })
      .sort((a, b) => a.label.localeCompare(b.label))
  }, [people.data, eventsById])
}

/**
 * Enter takes the first match of what was typed, with no Arrow-Down first. The list marks its
 * first match a moment after it shows (selectFirstOptionOnChange); an Enter typed before that
 * moment takes the first match too.
 */
function enterTakesFirstMatch(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter') return
  const list = document.getElementById(event.currentTarget.getAttribute('aria-controls') ?? '')
  if (!list || list.querySelector('[data-combobox-selected]')) return
  const first = list.querySelector<HTMLElement>('[data-combobox-option]:not([data-combobox-disabled])')
  if (!first) return
  event.preventDefault()
  first.click()
}
const withEnter = (own?: (event: KeyboardEvent<HTMLInputElement>) => void) => (event: KeyboardEvent<HTMLInputElement>) => {
  own?.(event)
  enterTakesFirstMatch(event)
}

const NOBODY = 'Nobody by that name'
const PORTAL = { withinPortal: true }

export function PeopleMultiPicker(props: Omit<MultiSelectProps, 'data'>) {
  const data = usePeopleOptions()
  return <MultiSelect {...SEARCHABLE} nothingFoundMessage={NOBODY} comboboxProps={PORTAL} {...props} onKeyDown={withEnter(props.onKeyDown)} data={data} />
}

export function PersonPicker(props: Omit<SelectProps, 'data'>) {
  const data = usePeopleOptions()
  return <Select {...SEARCHABLE} nothingFoundMessage={NOBODY} comboboxProps={PORTAL} {...props} onKeyDown={withEnter(props.onKeyDown)} data={data} />
}

export function EventPicker(props: Omit<SelectProps, 'data'>) {
  const events = useQuery(eventQueries.list())
  const data = useMemo(
    () =>
      [...(events.data ?? [])]
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
        .map((e) => ({ value: e.id, label: `${e.title} · ${formatDate(e.startsAt)}` })),
    [events.data],
  )
  return (
    <Select {...SEARCHABLE} nothingFoundMessage="No event by that name" comboboxProps={PORTAL} {...props} onKeyDown={withEnter(props.onKeyDown)} data={data} />
  )
}
