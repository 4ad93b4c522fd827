import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { IconArrowsExchange } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { Balance, Standing } from '../../../shared/derive/referralLedger'
import { useQuery } from '@tanstack/react-query'
import { activityQueries } from '../api/queries/activity'
import { EmptyState } from '../components/EmptyState'
import { networkActions } from '../components/network/networkActions'
import { ReferralTable } from '../components/network/ReferralTable'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { Section } from '../components/Section'
import { usePeopleIndex } from '../components/usePeopleIndex'
import { useMoney } from '../lib/useMoney'

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  )
}

/** "You gave 2 more", "You owe 1", "Even": how one person's give and take reads. */
export function balanceWords(balance: Pick<Balance, 'given' | 'received'>): string {
  const diff = balance.given - balance.received
  if (diff === 0) return 'Even'
  return diff > 0 ? `You gave ${diff} more` : `You owe ${-diff}`
}

/** The overall balance, read person by person (see `referralStanding`), so it never says "Even" while someone is owed. */
function standingWords(standing: Standing): string {
  if (standing.owed > 0) return `You owe ${standing.owed}`
  return standing.ahead > 0 ? `You gave ${standing.ahead} more` : 'Even'
}

function standingHint(standing: Standing): string | undefined {
  if (standing.owed === 0) return undefined
  const to = `to ${standing.owedTo} ${standing.owedTo === 1 ? 'person' : 'people'}`
  return standing.ahead > 0 ? `${to}; others owe you ${standing.ahead}` : to
}

export function ReferralsPage() {
  const ledger = useQuery(activityQueries.ledger())
  const money = useMoney()
  const referrals = useQuery(activityQueries.referrals())
  const people = usePeopleIndex()
  const record = (
    <Button leftSection={<IconArrowsExchange size={18} aria-hidden />} onClick={() => networkActions.recordReferral('', 'given')}>
      Record referral
    </Button>
  )

  return (
    <>
      <PageHeader title="Referrals" description="Business you gave and received, what closed, and who you still owe one." actions={record} />
      <QueryView query={ledger}>
        {({ overall, standing, byPerson, unreturned }) =>
          overall.given + overall.received === 0 ? (
            <EmptyState icon={<IconArrowsExchange aria-hidden />} title="No referrals yet" action={record}>
              When you send business to someone, or someone sends business to you, record it here. Kith keeps the balance and reminds you who to pay back.
            </EmptyState>
          ) : (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                <Figure label="Given" value={String(overall.given)} hint={`${money(overall.closedValueGiven)} closed`} />
                <Figure label="Received" value={String(overall.received)} hint={`${money(overall.closedValueReceived)} closed`} />
                <Figure label="Balance" value={standingWords(standing)} hint={standingHint(standing)} />
                <Figure label="To thank or repay" value={String(unreturned.length)} hint={unreturned.length === 1 ? 'person' : 'people'} />
              </SimpleGrid>
              <Section title="People to thank or repay">
                {unreturned.length === 0 ? (
                  <Text c="dimmed">Nobody: every referral you received has been returned and thanked.</Text>
                ) : (
                  <Stack gap="xs">
                    {unreturned.map((u) => (
                      <Group key={u.personId} justify="space-between">
                        <Anchor component={Link} to={`/people/${u.personId}`}>
                          {u.name}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          received {u.received}, given {u.given}
                          {u.unthanked > 0 && ` · ${u.unthanked} not thanked yet`}
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                )}
              </Section>
              <Section title="Balance per person">
                <Table.ScrollContainer minWidth={520}>
                  <Table verticalSpacing="xs" aria-label="Balance per person">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Person</Table.Th>
                        <Table.Th>Given</Table.Th>
                        <Table.Th>Received</Table.Th>
                        <Table.Th>Closed value (given / received)</Table.Th>
                        <Table.Th>Balance</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {byPerson.slice(0, 200).map((b) => (
                        <Table.Tr key={b.personId}>
                          <Table.Td>
                            <Anchor component={Link} to={`/people/${b.personId}`}>
                              {b.name}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{b.given}</Table.Td>
                          <Table.Td>{b.received}</Table.Td>
                          <Table.Td>
                            {money(b.closedValueGiven)} / {money(b.closedValueReceived)}
                          </Table.Td>
                          <Table.Td>{balanceWords(b)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Section>
              <Section title="All referrals">
                <QueryView query={referrals}>{(list) => <ReferralTable referrals={list} people={people} />}</QueryView>
              </Section>
            </Stack>
          )
        }
      </QueryView>
    </>
  )
}
