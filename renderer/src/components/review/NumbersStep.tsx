import '@mantine/charts/styles.css'
import { Alert, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { Sparkline } from '@mantine/charts'
import { IconArrowDownRight, IconArrowUpRight, IconChartBar } from '@tabler/icons-react'
import type { FigureRow, WeekInNumbers } from '../../../../shared/derive/weeklyReview'
import { useMoney } from '../../lib/useMoney'
import { formatDay } from './reviewSteps'

/** Figures where fewer is better: a rise is shown in red. */
const FEWER_IS_BETTER = new Set<FigureRow['key']>(['followUpsMissed'])

export function formatFigure(row: Pick<FigureRow, 'unit'>, value: number, money: (value: number) => string): string {
  return row.unit === 'money' ? money(value) : String(Math.round(value * 10) / 10)
}

/** This week against the average of the four before: a quiet week is shown plainly, never in red. */
function Trend({ row }: { row: FigureRow }) {
  const money = useMoney()
  const difference = row.value - row.previousAverage
  const average = `4-week avg ${formatFigure(row, row.previousAverage, money)}`
  if (Math.abs(difference) < 0.05) {
    return (
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {average}
      </Text>
    )
  }
  const up = difference > 0
  const good = up !== FEWER_IS_BETTER.has(row.key)
  const Arrow = up ? IconArrowUpRight : IconArrowDownRight
  return (
    <Group gap={2} wrap="nowrap">
      <Arrow size={16} stroke={2} aria-label={up ? 'up from' : 'down from'} color={good ? 'var(--mantine-color-teal-text)' : 'var(--mantine-color-dimmed)'} />
      <Text size="xs" c={good ? 'teal' : 'dimmed'} fw={good ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {average}
      </Text>
    </Group>
  )
}

function FigureCard({ row }: { row: FigureRow }) {
  const money = useMoney()
  const series = row.series.map((point) => point.value)
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={row.label}>
      <Text size="sm" c="dimmed" lineClamp={2} title={row.label}>
        {row.label}
      </Text>
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="sm">
        <Stack gap={0}>
          <Text fz={30} fw={700} lh={1.2} data-testid="figure-value">
            {formatFigure(row, row.value, money)}
          </Text>
          <Trend row={row} />
        </Stack>
        <Sparkline
          w={84}
          h={44}
          data={series}
          curveType="linear"
          color={FEWER_IS_BETTER.has(row.key) ? 'orange' : 'indigo'}
          fillOpacity={0.3}
          role="img"
          aria-label={`${row.label}, the four weeks before then this week: ${series.map((v) => formatFigure(row, v, money)).join(', ')}`}
        />
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        Previous weeks: {row.previous.map((v) => formatFigure(row, v, money)).join(' · ')}
      </Text>
      {row.lastReviewed !== undefined && (
        <Text size="xs" mt={2} data-testid="last-reviewed">
          At your last review: <b>{formatFigure(row, row.lastReviewed, money)}</b>
        </Text>
      )}
    </Paper>
  )
}

export function NumbersStep({ numbers }: { numbers: WeekInNumbers }) {
  const quiet = numbers.figures.every((row) => row.value === 0 && row.previous.every((v) => v === 0))
  return (
    <Stack gap="md">
      <Text size="sm">
        {numbers.lastReview
          ? `Each figure beside the four weeks before it, and what it was when you reviewed the week of ${formatDay(numbers.lastReview.weekStart)}.`
          : 'Each figure beside the four weeks before it. Once you complete a review, next week compares against it too.'}
      </Text>
      {quiet && (
        <Alert icon={<IconChartBar aria-hidden />} title="Nothing to count yet">
          These figures come from what you log: people you meet, conversations and one-to-ones, follow-ups and referrals. Log them as they happen (or load the
          sample journal from Settings to see a busy week) and this step charts them week by week.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {numbers.figures.map((row) => (
          <FigureCard key={row.key} row={row} />
        ))}
      </SimpleGrid>
    </Stack>
  )
}
