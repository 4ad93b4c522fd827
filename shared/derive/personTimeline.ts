import type { FollowUp, Interaction, Journal, Referral } from '../domain'
import { STAGE_LABELS, type Relationship } from './relationships'

export type PersonTimelineEntry =
  | { kind: 'milestone'; at: string; label: string; stage: Relationship['stage'] }
  | { kind: 'interaction'; at: string; interaction: Interaction }
  | { kind: 'referral'; at: string; referral: Referral }
  | { kind: 'followup'; at: string; followUp: FollowUp }

export type PersonTimeline = {
  entries: Array<PersonTimelineEntry & { gapDaysBefore: number }>
  introducedBy?: { id: string; name: string }
  introduced: { id: string; name: string }[]
}

const DAY = 86_400_000

/**
 * One person's own story, oldest first: stages reached, every conversation, referrals
 * both ways and follow-ups, each with the gap in days since the entry before it.
 */
export function personTimeline(journal: Journal, personId: string, rel: Relationship): PersonTimeline {
  const entries: PersonTimelineEntry[] = rel.milestones.map((m) => ({ kind: 'milestone', at: m.at, label: STAGE_LABELS[m.stage], stage: m.stage }))
  for (const i of journal.interactions) if (i.personIds.includes(personId)) entries.push({ kind: 'interaction', at: i.date, interaction: i })
  for (const r of journal.referrals) if (r.fromPersonId === personId || r.toPersonId === personId) entries.push({ kind: 'referral', at: r.date, referral: r })
  for (const f of journal.followUps) if (f.personId === personId) entries.push({ kind: 'followup', at: f.dueAt, followUp: f })
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.kind === 'milestone' ? -1 : b.kind === 'milestone' ? 1 : 0))
  let previous: number | undefined
  const withGaps = entries.map((entry) => {
    const t = Date.parse(entry.at)
    const gapDaysBefore = previous === undefined ? 0 : Math.max(0, Math.round((t - previous) / DAY))
    previous = t
    return { ...entry, gapDaysBefore }
  })
  const person = journal.people.find((p) => p.id === personId)
  const introducer = person?.howWeMet.introducedById ? journal.people.find((p) => p.id === person.howWeMet.introducedById) : undefined
  return {
    entries: withGaps,
    introducedBy: introducer ? { id: introducer.id, name: introducer.name } : undefined,
    introduced: journal.people.filter((p) => p.howWeMet.introducedById === personId).map((p) => ({ id: p.id, name: p.name })),
  }
}
