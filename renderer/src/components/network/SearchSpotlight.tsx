import '@mantine/spotlight/styles.css'
import { Spotlight, createSpotlight, useSpotlight } from '@mantine/spotlight'
import { useTypeAhead } from '../typeAhead'
import { useDebouncedValue } from '@mantine/hooks'
import { IconCalendarEvent, IconMessages, IconSearch, IconUser } from '@tabler/icons-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import type { SearchHit } from '../../../../shared/search/searchIndex'
import { useKith } from '../../api/KithContext'

export const [searchStore, search] = createSpotlight()

const GROUPS: { kind: SearchHit['kind']; label: string; icon: typeof IconUser }[] = [
  { kind: 'person', label: 'People', icon: IconUser },
  { kind: 'event', label: 'Events', icon: IconCalendarEvent },
  { kind: 'interaction', label: 'Conversations', icon: IconMessages },
]

const routeOf = (hit: SearchHit) => (hit.kind === 'event' ? `/events/${hit.targetId}` : `/people/${hit.targetId}`)
// The groups' order, flattened: what Enter opens when nothing is selected yet.
const inGroupOrder = (hits: SearchHit[]) => GROUPS.flatMap((group) => hits.filter((hit) => hit.kind === group.kind))

/** Ctrl/Cmd+K: people, companies, events and notes, results as you type; Enter opens the first. */
export function SearchSpotlight() {
  const kith = useKith()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query, 120)
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] })
  const state = useSpotlight(searchStore)
  useTypeAhead(state.opened)
  // Enter pressed before the results for what was typed arrived: open the first once they do.
  const openWhenReady = useRef<string | null>(null)

  const open = useCallback(
    (hit: SearchHit) => {
      search.close()
      void navigate(routeOf(hit))
    },
    [navigate],
  )

  useEffect(() => {
    const text = debounced.trim()
    if (!text) return
    let current = true
    kith.search.query({ query: text.slice(0, 200), limit: 30 }).then(
      (hits) => {
        if (!current) return
        setResult({ query: text, hits })
        if (openWhenReady.current !== text) return
        openWhenReady.current = null
        const first = inGroupOrder(hits)[0]
        if (first) open(first)
      },
      () => current && setResult({ query: text, hits: [] }),
    )
    return () => {
      current = false
    }
  }, [kith, debounced, open])

  const hits = query.trim() && result.query ? result.hits : []
  const ordered = inGroupOrder(hits)
  const current = result.query === query.trim()

  return (
    <Spotlight.Root
      store={searchStore}
      query={query}
      onQueryChange={(next) => {
        setQuery(next)
        openWhenReady.current = null
      }}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      scrollable
      maxHeight={460}
      attributes={{ content: { 'aria-label': 'Search everything' } }}
    >
      <Spotlight.Search
        placeholder="Search people, companies, events and notes…"
        aria-label="Search everything"
        leftSection={<IconSearch size={18} aria-hidden />}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || state.selected !== -1 || !query.trim()) return
          event.preventDefault()
          if (current && ordered[0]) open(ordered[0])
          else if (!current) openWhenReady.current = query.trim()
        }}
      />
      <Spotlight.ActionsList aria-label="Search results">
        {GROUPS.map((group) => {
          const inGroup = hits.filter((hit) => hit.kind === group.kind)
          if (inGroup.length === 0) return null
          return (
            <Spotlight.ActionsGroup key={group.kind} label={group.label}>
              {inGroup.map((hit) => (
                <Spotlight.Action
                  key={`${hit.kind}-${hit.id}`}
                  label={hit.title}
                  description={hit.detail}
                  leftSection={<group.icon size={18} aria-hidden />}
                  onClick={() => open(hit)}
                />
              ))}
            </Spotlight.ActionsGroup>
          )
        })}
        {query.trim() && result.query && hits.length === 0 && (
          <Spotlight.Empty>Nothing matches “{query.trim()}”. Try part of a name, a company or an event.</Spotlight.Empty>
        )}
        {!query.trim() && <Spotlight.Empty>Type a name, a company, an event or something you talked about.</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
