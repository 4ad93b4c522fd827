import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconFlame, IconHistory, IconPrinter, IconRosette } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { WeekOptions } from '../../../../shared/derive/review/calendar'
import { useQuery } from '@tanstack/react-query'
import { reviewQueries } from '../../api/queries/reviews'

/** The moment after saving: what the habit adds up to, and where to go next. */
export function ReviewFinished({ weekStart, options, onAgain }: { weekStart: string; options: WeekOptions; onAgain: () => void }) {
  const history = useQuery(reviewQueries.history(options))
  const streak = history.data?.streak.weeks ?? 0
  return (
    <Paper withBorder radius="md" p="xl" aria-labelledby="review-finished-title">
      <Stack align="center" ta="center" gap="sm">
        <ThemeIcon size={56} radius="xl" variant="light" color="teal">
          <IconRosette size={30} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h3" id="review-finished-title" tabIndex={-1}>
          Week reviewed
        </Title>
        {streak > 0 && (
          <Group gap={6} justify="center">
            <IconFlame size={18} color="var(--mantine-color-orange-text)" aria-hidden />
            <Text fw={600}>{streak === 1 ? 'One week reviewed. Come back next week to start a streak.' : `${streak} weeks in a row. Keep it going.`}</Text>
          </Group>
        )}
        <Text c="dimmed" size="sm" maw={520}>
          Your reflection and this week's figures are saved. Next week's review compares against them and opens with the intentions you just wrote.
        </Text>
        <Group justify="center" mt="sm">
          <Button component={Link} to={`/review/${weekStart}/summary`} leftSection={<IconPrinter size={16} aria-hidden />}>
            One-page summary
          </Button>
          <Button component={Link} to="/review/history" variant="default" leftSection={<IconHistory size={16} aria-hidden />}>
            Review history
          </Button>
          <Button variant="subtle" onClick={onAgain}>
            Look through the week again
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
