import { Button } from '@mantine/core'
import { IconChecklist } from '@tabler/icons-react'
import type { OverdueFollowUp } from '../../../../shared/derive/review/steps'
import { formatDate } from '../../lib/format'
import { StepEmpty, StepItem } from './StepList'
import { ShowMoreList } from '../ShowMoreList'
import { daysFromNow } from './reviewSteps'
import { useReviewAction } from './useReviewAction'

function OverdueItem({ followUp }: { followUp: OverdueFollowUp }) {
  const { running, run } = useReviewAction()
  const id = followUp.followUpId
  const overdue = followUp.daysOverdue === 0 ? 'due earlier today' : `${followUp.daysOverdue} day${followUp.daysOverdue === 1 ? '' : 's'} overdue`
  return (
    <StepItem
      label={followUp.note}
      title={followUp.note}
      meta={[followUp.personName && `with ${followUp.personName}`, `due ${formatDate(followUp.dueAt)}`, overdue].filter(Boolean).join(' · ')}
    >
      <Button
        size="xs"
        loading={running === 'done'}
        onClick={() => void run('done', (kith) => kith.followups.done({ id }), 'Follow-up done.', 'Could not mark it done')}
      >
        Done
      </Button>
      <Button
        size="xs"
        variant="default"
        loading={running === 'snooze'}
        onClick={() => void run('snooze', (kith) => kith.followups.snooze({ id, until: daysFromNow(7) }), 'Snoozed for a week.', 'Could not snooze it')}
      >
        Snooze a week
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="gray"
        loading={running === 'dismiss'}
        onClick={() => void run('dismiss', (kith) => kith.followups.dismiss({ id }), 'Follow-up dismissed.', 'Could not dismiss it')}
      >
        Dismiss
      </Button>
    </StepItem>
  )
}

export function OverdueStep({ overdue }: { overdue: OverdueFollowUp[] }) {
  if (!overdue.length) {
    return (
      <StepEmpty icon={<IconChecklist aria-hidden />} title="No overdue follow-ups">
        Every promise is kept or still ahead of you. Follow-ups you plan (from a person's page, or in step 2 of this review) come back here if their day passes.
      </StepEmpty>
    )
  }
  return <ShowMoreList items={overdue} itemKey={(f) => f.followUpId} render={(f) => <OverdueItem followUp={f} />} noun="overdue" />
}
