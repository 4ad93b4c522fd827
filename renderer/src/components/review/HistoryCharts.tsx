import { BarChart } from '@mantine/charts'
import { Box, Group, Paper, SimpleGrid, Text, Title, Tooltip } from '@mantine/core'
import type { Trend } from '../../../../shared/derive/review/history'
import { formatDay } from './reviewSteps'
import { textColor } from '../../theme'

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' })
const weekLabel = (date: string) => shortDate.format(new Date(`${date}T00:00:00Z`))

function Total({ label, value }: { label: string; value: string | number }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={700}>
        {value}
      </Text>
    </Paper>
  )
}

/** One square per week, filled when that week was reviewed: the streak at a glance. */
function ReviewedWeeks({ trend }: { trend: Trend }) {
  return (
    <Group gap={3} role="img" aria-label={`Reviewed ${trend.weeksReviewed} of the last ${trend.weeks.length} weeks`}>
      {trend.weeks.map((week) => (
        <Tooltip key={week.weekStart} label={`Week of ${formatDay(week.weekStart)}: ${week.reviewed ? 'reviewed' : 'not reviewed'}`} withinPortal>
          <Box
            w={12}
            h={12}
            style={{
              borderRadius: 3,
              background: week.reviewed ? 'var(--mantine-color-teal-filled)' : 'var(--mantine-color-default-border)',
            }}
          />
        </Tooltip>
      ))}
    </Group>
  )
}

export function HistoryCharts({ trend, span }: { trend: Trend; span: string }) {
  const activity = trend.weeks.map((w) => ({
    week: weekLabel(w.weekStart),
    'People met': w.peopleMet,
    Conversations: w.conversations,
    'One-to-ones': w.oneToOnes,
  }))
  const referrals = trend.weeks.map((w) => ({ week: weekLabel(w.weekStart), Given: w.referralsGiven, Received: w.referralsReceived }))
  const { totals } = trend
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        <Total label="Weeks reviewed" value={`${trend.weeksReviewed} of ${trend.weeks.length}`} />
        <Total label="People met" value={totals.peopleMet} />
        <Total label="Conversations" value={totals.conversations} />
        <Total label="One-to-ones" value={totals.oneToOnes} />
        <Total label="Referrals given" value={totals.referralsGiven} />
        <Total label="Referrals received" value={totals.referralsReceived} />
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="xs">
          Weeks reviewed, {span}
        </Title>
        <ReviewedWeeks trend={trend} />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="sm">
          Weekly activity, {span}
        </Title>
        <BarChart
          h={220}
          data={activity}
          dataKey="week"
          type="stacked"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            { name: 'People met', color: textColor('indigo') },
            { name: 'Conversations', color: textColor('teal') },
            { name: 'One-to-ones', color: textColor('orange') },
          ]}
          tickLine="y"
          aria-label={`Weekly activity over ${span}: ${totals.peopleMet} people met, ${totals.conversations} conversations, ${totals.oneToOnes} one-to-ones`}
        />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="sm">
          Referrals given and received, {span}
        </Title>
        <BarChart
          h={200}
          data={referrals}
          dataKey="week"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            { name: 'Given', color: textColor('teal') },
            { name: 'Received', color: textColor('grape') },
          ]}
          tickLine="y"
          yAxisProps={{ allowDecimals: false }}
          aria-label={`Referrals over ${span}: ${totals.referralsGiven} given, ${totals.referralsReceived} received`}
        />
      </Paper>
    </>
  )
}
