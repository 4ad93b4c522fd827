import { Badge, Button, Menu } from '@mantine/core'
import { IconChevronDown, IconSnowflake } from '@tabler/icons-react'
import type { ColdRelationship } from '../../../../shared/derive/review/steps'
import type { InteractionKind } from '../../../../shared/domain'
import { INTERACTION_KIND_LABELS } from '../../lib/labels'
import { StepEmpty, StepItem } from './StepList'
import { ShowMoreList } from '../ShowMoreList'
import { daysFromNow } from './reviewSteps'
import { useReviewAction } from './useReviewAction'

const LOGGABLE: InteractionKind[] = ['call', 'coffee', 'email', 'one-to-one']

/** A cadence that is kept beats one that nags: half again as long, in whole weeks. */
export function relaxedCadence(days: number): number {
  return Math.min(3_650, Math.max(days + 7, Math.ceil((days * 1.5) / 7) * 7))
}

function ColdItem({ cold }: { cold: ColdRelationship }) {
  const { running, run } = useReviewAction()
  const relaxed = relaxedCadence(cold.cadenceDays)
  return (
    <StepItem
      label={cold.name}
      title={cold.name}
      to={`/people/${cold.personId}`}
      meta={
        <>
          <Badge size="sm" variant="light" mr={6}>
            {cold.stageLabel}
          </Badge>
          {[cold.company, `last contact ${cold.daysSinceContact} days ago`, `cadence every ${cold.cadenceDays} days`].filter(Boolean).join(' · ')}
        </>
      }
    >
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="xs" loading={running === 'log'} rightSection={<IconChevronDown size={14} aria-hidden />}>
            Log a conversation
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {LOGGABLE.map((kind) => (
            <Menu.Item
              key={kind}
              onClick={() =>
                void run(
                  'log',
                  (kith) =>
                    kith.interactions.create({
                      date: new Date().toISOString(),
                      kind,
                      personIds: [cold.personId],
                      summary: `${INTERACTION_KIND_LABELS[kind]} with ${cold.name}`,
                    }),
                  `Logged: ${INTERACTION_KIND_LABELS[kind].toLowerCase()} with ${cold.name}.`,
                  'Could not log the conversation',
                )
              }
            >
              {INTERACTION_KIND_LABELS[kind]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        size="xs"
        variant="default"
        loading={running === 'follow-up'}
        onClick={() =>
          void run(
            'follow-up',
            (kith) => kith.followups.create({ personId: cold.personId, dueAt: daysFromNow(3), note: `Get back in touch with ${cold.name}` }),
            `Follow-up with ${cold.name} in 3 days.`,
            'Could not schedule the follow-up',
          )
        }
      >
        Follow up in 3 days
      </Button>
      <Button
        size="xs"
        variant="subtle"
        loading={running === 'relax'}
        onClick={() =>
          void run(
            'relax',
            (kith) => kith.people.update({ id: cold.personId, patch: { cadenceDays: relaxed } }),
            `${cold.name}: now every ${relaxed} days.`,
            'Could not change the cadence',
          )
        }
      >
        Relax to every {relaxed} days
      </Button>
    </StepItem>
  )
}

export function GoingColdStep({ cold }: { cold: ColdRelationship[] }) {
  if (!cold.length) {
    return (
      <StepEmpty icon={<IconSnowflake aria-hidden />} title="Nobody is going cold">
        Everyone you know has heard from you within their cadence. When someone goes longer than their cadence (set on their page, by tag in Settings, or the
        journal default) they show up here, the strongest relationships first.
      </StepEmpty>
    )
  }
  return <ShowMoreList items={cold} itemKey={(c) => c.personId} render={(c) => <ColdItem cold={c} />} noun="going cold" />
}
