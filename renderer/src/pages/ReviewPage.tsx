import { Alert, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useKithQuery } from '../api/KithContext'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { groupFollowUps } from '../lib/followUpGroups'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

function Stat({ label, value, hint }: { label: string; value: number; hint: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  )
}

export function ReviewPage() {
  const week = useKithQuery(async (kith) => {
    const [interactions, referrals, followUps] = await Promise.all([kith.interactions.list({}), kith.referrals.list({}), kith.followups.list({})])
    const since = Date.now() - WEEK_MS
    const recent = <T extends { date: string }>(list: T[]) => list.filter((r) => Date.parse(r.date) >= since && Date.parse(r.date) <= Date.now())
    const groups = groupFollowUps(followUps, new Date())
    return {
      interactions: recent(interactions).length,
      given: recent(referrals).filter((r) => r.direction === 'given').length,
      received: recent(referrals).filter((r) => r.direction === 'received').length,
      overdue: groups.overdue.length,
      comingUp: groups.today.length + groups['this week'].length,
    }
  }, 'review')

  return (
    <>
      <PageHeader title="Weekly review" description="Fifteen minutes at the end of the week: who you saw, what you gave, who to see next." />
      <Alert icon={<IconInfoCircle aria-hidden />} mb="lg" title="The guided review is coming">
        Soon this page will walk you through the week step by step: thank the people who referred you, follow up with the people you met, and
        pick who to see next week. For now, here is how your last seven days look.
      </Alert>
      <QueryView query={week}>
        {(stats) => (
          <Stack>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
              <Stat label="Interactions" value={stats.interactions} hint="in the last 7 days" />
              <Stat label="Referrals given" value={stats.given} hint="in the last 7 days" />
              <Stat label="Referrals received" value={stats.received} hint="in the last 7 days" />
              <Stat label="Overdue follow-ups" value={stats.overdue} hint="due before today" />
              <Stat label="Follow-ups coming up" value={stats.comingUp} hint="today and the next 7 days" />
            </SimpleGrid>
          </Stack>
        )}
      </QueryView>
    </>
  )
}
