import type { Journal } from '../domain'
import type { Relationship, Stage } from './relationships'
import { compareInstants } from './instants'

export type PersonRow = {
  id: string
  name: string
  company?: string
  role?: string
  tags: string[]
  archived: boolean
  stage: Stage
  firstMet: string
  lastContact: string
  daysSinceContact: number
  goingCold: boolean
}

export type PeopleFilter = {
  text?: string
  tag?: string
  stage?: Stage
  company?: string
  goingCold?: boolean
  includeArchived?: boolean
  sort?: 'lastContact' | 'name' | 'firstMet'
}

/** The user's locale order, as `localeCompare` gives it, from one collator instead of one per comparison. */
const byText = new Intl.Collator()

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

/** The people list: one row per person with their derived stage, filtered and sorted. */
export function peopleOverview(journal: Journal, rels: Map<string, Relationship>, filter: PeopleFilter = {}) {
  const text = filter.text ? fold(filter.text.trim()) : ''
  const rows: PersonRow[] = []
  const tags = new Set<string>()
  const companies = new Set<string>()
  for (const p of journal.people) {
    if (p.archived && !filter.includeArchived) continue
    for (const t of p.tags) tags.add(t)
    if (p.company) companies.add(p.company)
    const rel = rels.get(p.id)!
    if (filter.tag && !p.tags.includes(filter.tag)) continue
    if (filter.stage && rel.stage !== filter.stage) continue
    if (filter.company && p.company !== filter.company) continue
    if (filter.goingCold && !rel.goingCold) continue
    if (text && !fold(`${p.name} ${p.company ?? ''} ${p.role ?? ''}`).includes(text)) continue
    rows.push({
      id: p.id,
      name: p.name,
      company: p.company,
      role: p.role,
      tags: p.tags,
      archived: p.archived,
      stage: rel.stage,
      firstMet: rel.firstMet,
      lastContact: rel.lastContact,
      daysSinceContact: rel.daysSinceContact,
      goingCold: rel.goingCold,
    })
  }
  const sort = filter.sort ?? 'lastContact'
  // Instant keys compare as text, so 5,000 rows sort without parsing a date per comparison.
  if (sort === 'name') rows.sort((a, b) => byText.compare(a.name, b.name))
  else if (sort === 'firstMet') rows.sort((a, b) => compareInstants(b.firstMet, a.firstMet))
  else rows.sort((a, b) => compareInstants(b.lastContact, a.lastContact))
  return { rows, tags: [...tags].sort(), companies: [...companies].sort(byText.compare) }
}
