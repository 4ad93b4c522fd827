import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { IconArrowsExchange } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { Balance } from '../../../shared/derive/referralLedger'
import { useQuery } from '@tanstack/react-query'
import { activityQueries } from '../api/queries/activity'
import { EmptyState } from '../components/EmptyState'
import { networkActions } from '../components/network/networkActions'
import { ReferralTable } from '../components/network/ReferralTable'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { Section } from '../components/Section'
import { usePeopleIndex } from '../components/usePeopleIndex'
import { formatMoney } from '../lib/format'

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md">
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

/** "+2 given", "1 owed", "even": how the give/receive balance reads to a person. */
export function balanceWords(balance: Pick<Balance, 'given' | 'received'>): string {
  const diff = balance.given - balance.received
  if (diff === 0) return 'Even'
  return diff > 0 ? `You gave ${diff} more` : `You owe ${-diff}`
}

export function ReferralsPage() {
  const ledger = useQuery(activityQueries.ledger())
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
        {({ overall, byPerson, unreturned }) =>
          overall.given + overall.received === 0 ? (
            <EmptyState icon={<IconArrowsExchange aria-hidden />} title="No referrals yet" action={record}>
              When you send business to someone, or someone sends business to you, record it here. Kith keeps the balance and reminds you who to pay back.
            </EmptyState>
          ) : (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                <Figure label="Given" value={String(overall.given)} hint={`${formatMoney(overall.closedValueGiven)} closed`} />
                <Figure label="Received" value={String(overall.received)} hint={`${formatMoney(overall.closedValueReceived)} closed`} />
                <Figure label="Balance" value={balanceWords(overall)} />
                <Figure label="To pay back" value={String(unreturned.length)} hint={unreturned.length === 1 ? 'person' : 'people'} />
              </SimpleGrid>
              <Section title="People who gave me referrals I have not yet returned">
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
                            {formatMoney(b.closedValueGiven)} / {formatMoney(b.closedValueReceived)}
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
