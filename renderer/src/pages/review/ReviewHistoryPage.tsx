import '@mantine/charts/styles.css'
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconArrowLeft, IconFlame, IconHistory } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import type { ReviewHistory } from '../../../../shared/derive/review/history'
import { useQuery } from '@tanstack/react-query'
import { reviewQueries } from '../../api/queries/reviews'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { QueryView } from '../../components/QueryView'
import { HistoryCharts } from '../../components/review/HistoryCharts'
import { REVIEW_STEP_TITLES, formatDay, userWeekOptions } from '../../components/review/reviewSteps'

function excerpt(text: string, max = 120): string {
  const line = text.trim().replace(/\s+/g, ' ')
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

function PastReviews({ reviews }: { reviews: ReviewHistory['reviews'] }) {
  if (!reviews.length) {
    return (
      <EmptyState
        icon={<IconHistory aria-hidden />}
        title="No reviews yet"
        action={
          <Button component={Link} to="/review">
            Start this week's review
          </Button>
        }
      >
        Each weekly review you complete lands here with its reflection, so you can see how your intentions turned out and how your network grew over the months.
      </EmptyState>
    )
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label="Past reviews">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Week of</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>What went well</Table.Th>
            <Table.Th>Intentions</Table.Th>
            <Table.Th>
              <VisuallyHidden>Open</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(r.weekStart)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 120 }}>
                {r.completed ? (
                  <Badge color="teal" variant="light">
                    Completed
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    Paused at {r.step ? REVIEW_STEP_TITLES[r.step].toLowerCase() : 'the start'}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{excerpt(r.wentWell) || '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{excerpt(r.intentions) || '—'}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap="sm" wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={`/review?week=${r.weekStart}`}
                    size="sm"
                    aria-label={`${r.completed ? 'Open' : 'Resume'} the review of the week of ${formatDay(r.weekStart)}`}
                  >
                    {r.completed ? 'Open' : 'Resume'}
                  </Anchor>
                  <Anchor component={Link} to={`/review/${r.weekStart}/summary`} size="sm" aria-label={`Summary of the week of ${formatDay(r.weekStart)}`}>
                    Summary
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function History({ history }: { history: ReviewHistory }) {
  const [span, setSpan] = useState<'6' | '12'>('6')
  const trend = span === '6' ? history.sixMonths : history.twelveMonths
  const { streak } = history
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group gap="sm">
          <IconFlame size={28} color={streak.weeks ? 'var(--mantine-color-orange-text)' : 'var(--mantine-color-dimmed)'} aria-hidden />
          <div>
            <Text fw={700} size="lg" data-testid="review-streak">
              {streak.weeks === 0 ? 'No streak yet' : `${streak.weeks} week${streak.weeks === 1 ? '' : 's'} in a row`}
            </Text>
            <Text size="sm" c="dimmed">
              {streak.weeks === 0
                ? 'Complete this week’s review to start one. A week counts when its review is completed.'
                : `Reviewed every week up to the week of ${formatDay(streak.through!)}.`}
            </Text>
          </div>
        </Group>
      </Paper>
      <Group justify="space-between">
        <Title order={2} size="h4">
          Trends
        </Title>
        <SegmentedControl
          aria-label="Period"
          value={span}
          onChange={(value) => setSpan(value as '6' | '12')}
          data={[
            { value: '6', label: '6 months' },
            { value: '12', label: '12 months' },
          ]}
        />
      </Group>
      <HistoryCharts trend={trend} span={span === '6' ? 'last 6 months' : 'last 12 months'} />
      <Title order={2} size="h4" mt="md">
        Past reviews
      </Title>
      <PastReviews reviews={history.reviews} />
    </Stack>
  )
}

export function ReviewHistoryPage() {
  const options = useMemo(() => userWeekOptions(), [])
  const history = useQuery(reviewQueries.history(options))
  return (
    <>
      <Anchor component={Link} to="/review" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} aria-hidden /> Back to the weekly review
      </Anchor>
      <PageHeader title="Review history" description="Your past weekly reviews, and how your network activity trends over six and twelve months." />
      <QueryView query={history}>{(h) => <History history={h} />}</QueryView>
    </>
  )
}
