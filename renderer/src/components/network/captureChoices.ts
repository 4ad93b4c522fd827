import type { ApiInput } from '../../../../shared/api/contract'
import type { CaptureProposal } from '../../../../shared/capture/parseCapture'

/** What the person keeps of a note's proposals: each item can be left out; a namesake is picked or made new. */
export type CaptureChoices = {
  people: { include: boolean; /** A person's id, or NEW for someone not yet in the journal. */ pick: string }[]
  event: boolean
  conversation: boolean
  learned: boolean[]
  followUp: boolean
}

export const NEW = 'new'

/** Everything is proposed; a namesake stays "someone new" until the person says which one it is. */
export function initialChoices(proposal: CaptureProposal): CaptureChoices {
  return {
    people: proposal.people.map((p) => ({ include: true, pick: p.match?.id ?? NEW })),
    event: Boolean(proposal.event),
    conversation: Boolean(proposal.conversation),
    learned: proposal.learned.map(() => true),
    followUp: Boolean(proposal.followUp),
  }
}

/** The `capture:apply` call for what was kept. */
export function captureInput(proposal: CaptureProposal, choices: CaptureChoices): ApiInput<'capture:apply'> {
  const people = proposal.people.flatMap((person, i) => {
    const choice = choices.people[i]
    if (!choice?.include) return []
    const known = choice.pick === NEW ? undefined : (person.match ?? person.candidates.find((c) => c.id === choice.pick))
    return [known ? { id: known.id, name: known.name } : { name: person.name, role: person.role, company: person.company }]
  })
  return {
    eventId: choices.event ? proposal.event?.id : undefined,
    people,
    conversation: choices.conversation && people.length && proposal.conversation ? proposal.conversation : undefined,
    learned: proposal.learned.filter((_, i) => choices.learned[i]),
    followUp: choices.followUp && proposal.followUp ? { dueAt: proposal.followUp.dueAt, note: proposal.followUp.note } : undefined,
  }
}

/** "2 people, a conversation and a follow-up": what a save will write, said plainly. */
export function captureSummary(input: ApiInput<'capture:apply'>): string {
  const parts: string[] = []
  const people = input.people ?? []
  if (people.length) parts.push(people.length === 1 ? '1 person' : `${people.length} people`)
  if (input.conversation) parts.push('a conversation')
  if (input.learned?.length) parts.push(input.learned.length === 1 ? '1 note' : `${input.learned.length} notes`)
  if (input.followUp) parts.push('a follow-up')
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing')
}
