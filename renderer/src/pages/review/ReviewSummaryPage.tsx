import '../../components/review/reviewPrint.css'
import { Anchor, Button, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react'
import { useMemo, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import type { WeeklyReviewModel } from '../../../../shared/derive/weeklyReview'
import { useQuery } from '@tanstack/react-query'
import { reviewQueries } from '../../api/queries/reviews'
import { QueryView } from '../../components/QueryView'
import { formatFigure } from '../../components/review/NumbersStep'
import { useMoney } from '../../lib/useMoney'
import { formatDay, formatWeek, userWeekOptions } from '../../components/review/reviewSteps'
import { formatDateTime, formatWhen } from '../../lib/format'

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Title order={2} size="h5" mb={4}>
        {title}
      </Title>
      {children}
    </section>
  )
}

function Written({ text, empty }: { text: string; empty: string }) {
  return text.trim() ? (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {empty}
    </Text>
  )
}

function Summary({ model }: { model: WeeklyReviewModel }) {
  const money = useMoney()
  const { review, steps } = model
  // A completed review prints the figures it was completed with, so a reprint never changes.
  const snapshot = review?.completedAt ? review.snapshot : undefined
  const lastReview = steps.numbers.lastReview
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          Weekly review: {formatWeek(model.week.startDate, model.week.lastDate)}
        </Title>
        <Text size="sm" c="dimmed">
          {review?.completedAt ? `Completed ${formatDateTime(review.completedAt)}` : review ? 'In progress: not completed yet' : 'Not started yet'}
          {' · '}Times in {model.timeZone}
        </Text>
      </div>
      <Block title="The week in numbers">
        <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" aria-label="The week in numbers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Figure</Table.Th>
              <Table.Th ta="right">This week</Table.Th>
              <Table.Th ta="right">4-week average</Table.Th>
              <Table.Th ta="right">{lastReview ? `Last review (${formatDay(lastReview.weekStart)})` : 'Last review'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.numbers.figures.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatFigure(row, snapshot?.[row.key] ?? row.value, money)}
                </Table.Td>
                <Table.Td ta="right">{formatFigure(row, row.previousAverage, money)}</Table.Td>
                <Table.Td ta="right">{row.lastReviewed === undefined ? '—' : formatFigure(row, row.lastReviewed, money)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Block>
      <SimpleGrid cols={2} spacing="md">
        <Block title="What went well">
          <Written text={steps.reflection.wentWell} empty="Nothing written." />
        </Block>
        <Block title="Next week's intentions">
          <Written text={steps.reflection.intentions} empty="Nothing written." />
        </Block>
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <Block title={`New people this week (${steps['new-people'].length})`}>
          {steps['new-people'].length ? (
            <List size="sm" spacing={2}>
              {steps['new-people'].map((p) => (
                <List.Item key={p.personId}>{[p.name, p.company].filter(Boolean).join(', ')}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              Nobody new.
            </Text>
          )}
        </Block>
        <Block title={`Next week's events (${steps['next-week'].length})`}>
          {steps['next-week'].length ? (
            <List size="sm" spacing={2}>
              {steps['next-week'].map((e) => (
                <List.Item key={e.eventId}>
                  {e.title}, {formatWhen(e.startsAt)}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              None planned.
            </Text>
          )}
        </Block>
      </SimpleGrid>
      <Block title="Still open">
        <Text size="sm">
          {steps['going-cold'].length} going cold · {steps.overdue.length} overdue follow-ups · {steps['give-and-take'].length} people to thank or repay
        </Text>
      </Block>
    </Stack>
  )
}

/** `#/review/<weekStart>/summary`: the review on one page, to print or save as PDF. */
export function ReviewSummaryPage() {
  const { weekStart = '' } = useParams()
  const options = useMemo(() => userWeekOptions(), [])
  const summary = useQuery(reviewQueries.summary(weekStart, options))
  return (
    <div className="kith-review-summary">
      <Group justify="space-between" mb="md" className="kith-no-print">
        <Anchor component={Link} to={`/review?week=${weekStart}`} size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
          <IconArrowLeft size={14} aria-hidden /> Back to the review
        </Anchor>
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      <QueryView query={summary}>{(model) => <Summary model={model} />}</QueryView>
    </div>
  )
}
