import { Paper, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconArrowsExchange, IconMessageCircle } from '@tabler/icons-react'
import type { Interaction, Person, Referral } from '../../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { activityQueries } from '../../api/queries/activity'
import { PersonLink } from '../PersonLink'
import { QueryView } from '../QueryView'
import { ReferralLine } from '../ReferralLine'
import { formatDate } from '../../lib/format'
import { INTERACTION_KIND_LABELS } from '../../lib/labels'

type FeedItem = { kind: 'interaction'; at: string; interaction: Interaction } | { kind: 'referral'; at: string; referral: Referral }

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' })

function FeedEntry({ item, people }: { item: FeedItem; people: Map<string, Person> }) {
  const isReferral = item.kind === 'referral'
  return (
    <Paper withBorder radius="md" p="sm">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" color={isReferral ? 'teal' : 'indigo'} radius="xl" aria-hidden>
          {isReferral ? <IconArrowsExchange size={16} /> : <IconMessageCircle size={16} />}
        </ThemeIcon>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          {item.kind === 'referral' ? (
            <ReferralLine referral={item.referral} people={people} />
          ) : (
            <>
              <Text size="sm" fw={500}>
                {item.interaction.summary}
              </Text>
              <Text size="sm" c="dimmed">
                {INTERACTION_KIND_LABELS[item.interaction.kind]} with{' '}
                {item.interaction.personIds.map((id, index) => (
                  <span key={id}>
                    {index > 0 && ', '}
                    <PersonLink id={id} people={people} />
                  </span>
                ))}
              </Text>
            </>
          )}
        </Stack>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {formatDate(item.at)}
        </Text>
      </Group>
    </Paper>
  )
}

function Feed({ items, people }: { items: FeedItem[]; people: Map<string, Person> }) {
  const months = new Map<string, FeedItem[]>()
  for (const item of items) {
    const month = monthFormat.format(new Date(item.at))
    months.set(month, [...(months.get(month) ?? []), item])
  }
  return (
    <Stack gap="xl">
      {[...months].map(([month, entries]) => (
        <Stack key={month} gap="xs">
          <Title order={2} size="h5" c="dimmed" tt="uppercase">
            {month}
          </Title>
          {entries.map((item) => (
            <FeedEntry key={item.kind === 'referral' ? item.referral.id : item.interaction.id} item={item} people={people} />
          ))}
        </Stack>
      ))}
    </Stack>
  )
}

/** The newest conversations and referrals, grouped by month; capped so a large journal stays quick. */
export function ActivityFeed({ people, limit = 200 }: { people: Map<string, Person>; limit?: number }) {
  const interactions = useQuery(activityQueries.interactions())
  const referrals = useQuery(activityQueries.referrals())
  const items = useMemo(() => {
    if (!interactions.data || !referrals.data) return undefined
    const items: FeedItem[] = [
      ...interactions.data.map((interaction) => ({ kind: 'interaction' as const, at: interaction.date, interaction })),
      ...referrals.data.map((referral) => ({ kind: 'referral' as const, at: referral.date, referral })),
    ]
    return items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit)
  }, [interactions.data, referrals.data, limit])
  const feed = { data: items, error: interactions.error ?? referrals.error, refetch: () => Promise.all([interactions.refetch(), referrals.refetch()]) }
  return (
    <QueryView query={feed}>
      {(items) => (items.length === 0 ? <Text c="dimmed">No conversations or referrals recorded yet.</Text> : <Feed items={items} people={people} />)}
    </QueryView>
  )
}
