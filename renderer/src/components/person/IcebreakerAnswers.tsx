import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import type { Icebreaker, Person } from '../../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { useWrite } from '../../api/mutations/useWrite'
import { journalQueries } from '../../api/queries/journal'
import { formatDate } from '../../lib/format'
import { QueryView } from '../QueryView'
import { Section } from '../Section'
import { WhatILearned } from '../PersonFacts'

/** Today on the user's calendar, as the API's YYYY-MM-DD. */
function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

type Answer = Person['learned'][number]

function AnswerForm({ person, icebreaker, previous, onDone }: { person: Person; icebreaker: Icebreaker; previous?: Answer; onDone: () => void }) {
  const { write } = useWrite()
  const [answer, setAnswer] = useState(previous?.answer ?? '')
  const [askedOn, setAskedOn] = useState(previous?.askedOn ?? today())
  const [errors, setErrors] = useState<{ answer?: string; askedOn?: string }>({})
  const [saving, setSaving] = useState(false)
  const firstName = person.name.split(' ')[0]

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems = {
      answer: answer.trim() ? undefined : `Write what ${firstName} said, even a few words: the next cheat sheet reminds you of it.`,
      askedOn: /^\d{4}-\d{2}-\d{2}$/.test(askedOn) ? undefined : 'Pick the day you asked.',
    }
    setErrors(problems)
    if (problems.answer || problems.askedOn) return
    setSaving(true)
    const saved = await write((kith) => kith.people.answer({ personId: person.id, icebreakerId: icebreaker.id, answer: answer.trim(), askedOn }), {
      failure: 'Could not store the answer',
      form: { values: { answer, askedOn }, setFieldError: (field, message) => setErrors({ [field]: message }) },
      done: `Saved. The next cheat sheet shows ${firstName}'s answer instead of suggesting this question.`,
    })
    setSaving(false)
    if (saved) onDone()
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={`${firstName}'s answer to "${icebreaker.question}"`}>
      <Stack gap="xs">
        <Textarea
          label={`What ${firstName} said`}
          autosize
          minRows={2}
          value={answer}
          onChange={(event) => setAnswer(event.currentTarget.value)}
          error={errors.answer}
          autoFocus
        />
        <Group align="flex-end" gap="sm">
          <TextInput type="date" label="Asked on" value={askedOn} onChange={(event) => setAskedOn(event.currentTarget.value)} error={errors.askedOn} w={170} />
          <Button type="submit" loading={saving}>
            Save answer
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function QuestionRow({ person, icebreaker }: { person: Person; icebreaker: Icebreaker }) {
  const [editing, setEditing] = useState(false)
  const previous = person.learned.find((l) => l.icebreakerId === icebreaker.id)
  return (
    <div>
      <Text size="sm" fw={500}>
        {icebreaker.question}
      </Text>
      {editing ? (
        <AnswerForm person={person} icebreaker={icebreaker} previous={previous} onDone={() => setEditing(false)} />
      ) : (
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          {previous ? (
            <Text size="sm">
              {previous.answer}
              {previous.askedOn && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · asked {formatDate(previous.askedOn)}
                </Text>
              )}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              Not asked yet
            </Text>
          )}
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setEditing(true)}
            aria-label={`${previous ? 'Change the answer to' : 'Mark asked:'} ${icebreaker.question}`}
          >
            {previous ? 'Change' : 'Mark asked'}
          </Button>
        </Group>
      )}
    </div>
  )
}

/** On a person: which icebreakers I have asked them and what they said, for the next cheat sheet. */
export function IcebreakerAnswers({ person }: { person: Person }) {
  const icebreakers = useQuery(journalQueries.icebreakers())
  return (
    <Section title="What I learned">
      <QueryView query={icebreakers}>
        {(list) => {
          // Answers to questions no longer on the list (hidden or removed) are still what I learned.
          const shown = new Set(list.map((icebreaker) => icebreaker.id))
          const others = person.learned.filter((answer) => !shown.has(answer.icebreakerId))
          return (
            <Stack gap="sm">
              {list.length === 0 ? (
                <Text c="dimmed">No icebreakers are switched on. Add or show some in Settings.</Text>
              ) : (
                <Text size="sm" c="dimmed">
                  Asked one of these? Note the answer: the next cheat sheet reminds you of it and suggests only the questions left.
                </Text>
              )}
              {list.map((icebreaker) => (
                <QuestionRow key={icebreaker.id} person={person} icebreaker={icebreaker} />
              ))}
              {others.length > 0 && <WhatILearned person={{ ...person, learned: others }} />}
            </Stack>
          )
        }}
      </QueryView>
    </Section>
  )
}
