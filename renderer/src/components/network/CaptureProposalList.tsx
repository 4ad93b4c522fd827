import { Checkbox, Select, Stack, Text } from '@mantine/core'
import type { CaptureProposal } from '../../../../shared/capture/parseCapture'
import { formatDate, formatWhen } from '../../lib/format'
import { NEW, type CaptureChoices } from './captureChoices'

type Props = { proposal: CaptureProposal; choices: CaptureChoices; onChange: (choices: CaptureChoices) => void }

/** What Kith read in the note, each item a checkbox the person can leave out. */
export function CaptureProposalList({ proposal, choices, onChange }: Props) {
  const set = (patch: Partial<CaptureChoices>) => onChange({ ...choices, ...patch })
  const setPerson = (i: number, patch: Partial<CaptureChoices['people'][number]>) =>
    set({ people: choices.people.map((choice, j) => (j === i ? { ...choice, ...patch } : choice)) })
  const nothing = !proposal.people.length && !proposal.followUp && !proposal.learned.length
  if (nothing) {
    return (
      <Text size="sm" c="dimmed" role="status">
        No one named yet. Start with who you met, e.g. “Met Dana Reyes at the chamber mixer”.
      </Text>
    )
  }
  return (
    <Stack gap="xs" role="group" aria-label="What Kith read in your note">
      {proposal.people.map((person, i) => {
        const choice = choices.people[i]!
        const where = [person.role, person.company].filter(Boolean).join(' at ')
        const known = person.match
          ? `already in your journal${person.match.company ? ` (${person.match.company})` : ''}`
          : person.candidates.length
            ? ''
            : 'new person'
        return (
          <Stack key={`${person.name}-${i}`} gap={4}>
            <Checkbox
              checked={choice.include}
              onChange={(e) => setPerson(i, { include: e.currentTarget.checked })}
              label={[person.name, where, known].filter(Boolean).join(' · ')}
            />
            {person.candidates.length > 0 && (
              <Select
                ml="xl"
                maw={360}
                label={`Which ${person.name}?`}
                data={[
                  ...person.candidates.map((c) => ({ value: c.id, label: c.company ? `${c.name}, ${c.company}` : c.name })),
                  { value: NEW, label: `Someone new called ${person.name}` },
                ]}
                value={choice.pick}
                onChange={(value) => setPerson(i, { pick: value ?? NEW })}
                allowDeselect={false}
              />
            )}
          </Stack>
        )
      })}
      {proposal.event && (
        <Checkbox
          checked={choices.event}
          onChange={(e) => set({ event: e.currentTarget.checked })}
          label={`At ${proposal.event.title}, ${formatDate(proposal.event.startsAt)}`}
        />
      )}
      {proposal.conversation && (
        <Checkbox
          checked={choices.conversation}
          onChange={(e) => set({ conversation: e.currentTarget.checked })}
          label={`A conversation (${proposal.conversation.kind}) on ${formatDate(proposal.conversation.date)}`}
        />
      )}
      {proposal.learned.map((learned, i) => (
        <Checkbox
          key={learned}
          checked={choices.learned[i]}
          onChange={(e) => set({ learned: choices.learned.map((on, j) => (j === i ? e.currentTarget.checked : on)) })}
          label={`Learned: ${learned}`}
        />
      ))}
      {proposal.followUp && (
        <Checkbox
          checked={choices.followUp}
          onChange={(e) => set({ followUp: e.currentTarget.checked })}
          label={`Follow up ${formatWhen(proposal.followUp.dueAt)}: ${proposal.followUp.note}`}
          description={proposal.followUp.dateGuessed ? 'No day was said, so a week after you met.' : undefined}
        />
      )}
    </Stack>
  )
}
