import { Alert, Anchor, Button, Group, Text } from '@mantine/core'
import { IconCalendarWeek, IconChevronLeft, IconChevronRight, IconHistory } from '@tabler/icons-react'
import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { addDays, localDateOf, weekBounds } from '../../../shared/derive/review/calendar'
import { useQuery } from '@tanstack/react-query'
import { reviewQueries } from '../api/queries/reviews'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { GuidedReview } from '../components/review/GuidedReview'
import { formatWeek, userWeekOptions } from '../components/review/reviewSteps'

/** `#/review` reviews this week; `#/review?week=2026-11-15` any earlier one (from the history). */
export function ReviewPage() {
  const [params] = useSearchParams()
  const weekStart = params.get('week') ?? undefined
  const options = useMemo(() => userWeekOptions(), [])
  const summary = useQuery(reviewQueries.summary(weekStart, options))
  const model = summary.data
  const thisWeek = weekBounds(new Date(), options).startDate
  const isThisWeek = !weekStart || !model || model.week.startDate >= thisWeek

  return (
    <>
      <PageHeader
        title="Weekly review"
        description={
          model ? (
            <>
              <Text span fw={600} c="var(--mantine-color-text)">
                {isThisWeek ? 'This week' : 'Week'}: {formatWeek(model.week.startDate, model.week.lastDate)}.
              </Text>{' '}
              Fifteen minutes to look back, thank the people who helped you, and plan who to see next.
            </>
          ) : (
            'Fifteen minutes to look back, thank the people who helped you, and plan who to see next.'
          )
        }
        actions={
          <Group gap="xs">
            {model && (
              <Button.Group>
                <Button
                  variant="default"
                  size="xs"
                  component={Link}
                  to={`/review?week=${addDays(model.week.startDate, -7)}`}
                  aria-label="Review the week before"
                >
                  <IconChevronLeft size={16} aria-hidden />
                </Button>
                {isThisWeek ? (
                  <Button variant="default" size="xs" disabled aria-label="Review the week after">
                    <IconChevronRight size={16} aria-hidden />
                  </Button>
                ) : (
                  <Button
                    variant="default"
                    size="xs"
                    component={Link}
                    to={addDays(model.week.startDate, 7) >= thisWeek ? '/review' : `/review?week=${addDays(model.week.startDate, 7)}`}
                    aria-label="Review the week after"
                  >
                    <IconChevronRight size={16} aria-hidden />
                  </Button>
                )}
              </Button.Group>
            )}
            <Button variant="default" size="xs" component={Link} to="/review/history" leftSection={<IconHistory size={16} aria-hidden />}>
              History
            </Button>
          </Group>
        }
      />
      {model && !weekStart && !model.review && localDateOf(new Date(), options.timeZone) <= addDays(model.week.startDate, 1) && (
        <Alert icon={<IconCalendarWeek aria-hidden />} mb="md" title="Your week has only just begun">
          Most people review the week that just ended.{' '}
          <Anchor component={Link} to={`/review?week=${addDays(model.week.startDate, -7)}`}>
            Review {formatWeek(addDays(model.week.startDate, -7), addDays(model.week.startDate, -1))} instead
          </Anchor>
        </Alert>
      )}
      <QueryView query={summary}>{(m) => <GuidedReview key={m.week.startDate} model={m} options={options} />}</QueryView>
    </>
  )
}
