import { Anchor, Badge, Grid, Group, Stack, Text } from '@mantine/core'
import { Link, useParams } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import type { FollowUp, Interaction, Person, Referral } from '../../../shared/domain'
import { eventQueries } from '../api/queries/events'
import { peopleQueries } from '../api/queries/people'
import { DeleteWithUndo } from '../components/DeleteWithUndo'
import { countOf } from '../lib/plural'
import { FollowUpQuickAdd } from '../components/followups/FollowUpQuickAdd'
import { PageHeader } from '../components/PageHeader'
import { HowWeMet, PersonNotes } from '../components/PersonFacts'
import { IcebreakerAnswers } from '../components/person/IcebreakerAnswers'
import { ExternalLink, LinkifiedText } from '../components/LinkifiedText'
import { PersonActions } from '../components/network/PersonActions'
import { PersonStory } from '../components/network/PersonStory'
import { RelationshipBadges, RelationshipFacts } from '../components/network/RelationshipFacts'
import { QueryView } from '../components/QueryView'
import { ReferralLine } from '../components/ReferralLine'
import { Section } from '../components/Section'
import { usePeopleIndex } from '../components/usePeopleIndex'
import { usePersonTimeline } from '../components/network/usePersonTimeline'
import { formatWhen } from '../lib/format'
import { badgeWords } from '../lib/badgeWords'

function Contact({ person }: { person: Person }) {
  const rows = [
    ...person.emails.map((email) => (
      <Anchor key={email} href={`mailto:${email}`}>
        {email}
      </Anchor>
    )),
    ...person.phones.map((phone) => <Text key={phone}>{phone}</Text>),
    ...person.links.map((link) => <ExternalLink key={link.url} url={link.url} label={link.label} />),
  ]
  if (rows.length === 0) return <Text c="dimmed">No email, phone or links yet.</Text>
  return <Stack gap={4}>{rows}</Stack>
}

/** What deleting this person changes elsewhere, one line each (see personLinks.ts in the journal service). */
function deleteTouches(
  person: Person,
  people: Map<string, Person>,
  events: Map<string, { expectedAttendeeIds: string[] }>,
  talks: Interaction[],
  followUps: number,
  referrals: number,
): string[] {
  const alone = talks.filter((i) => i.personIds.length === 1).length
  const introduced = [...people.values()].filter((p) => p.howWeMet.introducedById === person.id).length
  const expectedAt = [...events.values()].filter((e) => e.expectedAttendeeIds.includes(person.id)).length
  return [
    talks.length > 0 &&
      `${countOf(talks.length, 'conversation', 'conversations')} with them: ${alone === talks.length ? 'they go to the trash with them' : `${alone} with them alone go to the trash too; the others keep everyone else`}.`,
    referrals > 0 && `${countOf(referrals, 'referral', 'referrals')} stay in the ledger under their name, as someone outside your journal.`,
    introduced > 0 && `${countOf(introduced, 'person', 'people')} they introduced you to keep “introduced by” with their name.`,
    expectedAt > 0 && `${countOf(expectedAt, 'event', 'events')} no longer expect them.`,
    followUps > 0 && `${countOf(followUps, 'follow-up', 'follow-ups')} planned with them are deleted.`,
  ].filter((line): line is string => Boolean(line))
}

function PersonDetails({ person }: { person: Person }) {
  const people = usePeopleIndex()
  const events = useQuery(eventQueries.list())
  const eventsById = new Map((events.data ?? []).map((e) => [e.id, e]))
  // Their follow-ups and referrals come with their story: one call, not every follow-up and referral in the journal.
  const entries = usePersonTimeline(person.id).data?.entries ?? []
  const mine = entries.flatMap((e): FollowUp[] => (e.kind === 'followup' && e.followUp.status === 'pending' ? [e.followUp] : []))
  const badges = badgeWords(person.industry, person.tags)
  const theirReferrals = entries.flatMap((e): Referral[] => (e.kind === 'referral' ? [e.referral] : []))
  const subtitle = [person.role, person.company].filter(Boolean).join(' at ')
  const talks = entries.flatMap((e): Interaction[] => (e.kind === 'interaction' ? [e.interaction] : []))
  const touches = deleteTouches(person, people, eventsById, talks, mine.length, theirReferrals.length)

  return (
    <>
      <PageHeader
        title={person.name}
        description={subtitle || undefined}
        actions={
          <>
            <PersonActions person={person} />
            <DeleteWithUndo kind="person" id={person.id} label={person.name} leaveTo="/people" touches={touches} />
          </>
        }
      />
      <Group gap={6} mb="lg">
        <RelationshipBadges personId={person.id} />
        {badges.industry && <Badge variant="outline">{badges.industry}</Badge>}
        {badges.tags.map((tag) => (
          <Badge key={tag} variant="light">
            {tag}
          </Badge>
        ))}
        {person.cadenceDays && <Badge variant="default">Keep in touch every {person.cadenceDays} days</Badge>}
        {person.archived && <Badge color="gray">Archived</Badge>}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Section title="How we met">
              <HowWeMet person={person} people={people} events={eventsById} />
            </Section>
            <IcebreakerAnswers person={person} />
            <Section title="Their timeline">
              <PersonStory personId={person.id} people={people} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Section title="Contact">
              <Contact person={person} />
            </Section>
            <RelationshipFacts personId={person.id} name={person.name} />
            <Section title="Follow-ups">
              {mine.length === 0 ? (
                <Text c="dimmed">Nothing planned yet. Plan one just below so this relationship does not go quiet.</Text>
              ) : (
                <Stack gap="xs">
                  {mine.map((f) => (
                    <div key={f.id}>
                      <Text>
                        <LinkifiedText text={f.note} />
                      </Text>
                      <Text size="xs" c="dimmed">
                        Due {formatWhen(f.snoozedUntil ?? f.dueAt)}
                      </Text>
                    </div>
                  ))}
                </Stack>
              )}
              <FollowUpQuickAdd personId={person.id} personName={person.name} />
            </Section>
            {theirReferrals.length > 0 && (
              <Section title="Referrals">
                <Stack gap="sm">
                  {theirReferrals.map((referral) => (
                    <div key={referral.id}>
                      <ReferralLine referral={referral} people={people} />
                    </div>
                  ))}
                </Stack>
              </Section>
            )}
            <Section title="Notes">
              <PersonNotes person={person} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}

export function PersonPage() {
  const { id = '' } = useParams()
  const person = useQuery(peopleQueries.detail(id))
  return (
    <>
      <Anchor component={Link} to="/people" size="sm" mb="xs" display="inline-block">
        ← All people
      </Anchor>
      <QueryView query={person}>{(p) => <PersonDetails person={p} />}</QueryView>
    </>
  )
}
