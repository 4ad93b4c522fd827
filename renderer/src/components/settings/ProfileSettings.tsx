import { Stack, Text, Textarea, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Icebreaker, Profile } from '../../../../shared/domain'
import { LIMITS } from '../../../../shared/domain/limits'
import { useQuery } from '@tanstack/react-query'
import { useKith } from '../../api/KithContext'
import { journalQueries } from '../../api/queries/journal'
import { IcebreakerEditor } from '../cheatsheet/IcebreakerEditor'
import { QueryView } from '../QueryView'
import { Section } from '../Section'
import { SaveStatus, useSaveAsYouGo } from './saveAsYouGo'

const MAX_TEXT = LIMITS.longText

type ProfileDraft = { elevatorPitch: string; answers: Record<string, string> }

const tooLong = (text: string) => (text.length > MAX_TEXT ? `Keep this under ${MAX_TEXT.toLocaleString()} characters: it goes on paper.` : null)

/** My side of the two-way street: the pitch and my answers to the questions I will ask others. */
export function ProfileForm({ profile, icebreakers }: { profile: Profile; icebreakers: Icebreaker[] }) {
  const kith = useKith()
  const visible = icebreakers.filter((ib) => !ib.hidden)
  const form = useForm<ProfileDraft>({
    mode: 'controlled',
    initialValues: { elevatorPitch: profile.elevatorPitch, answers: Object.fromEntries(profile.answers.map((a) => [a.icebreakerId, a.answer])) },
    validate: (values) => ({
      elevatorPitch: tooLong(values.elevatorPitch),
      ...Object.fromEntries(Object.entries(values.answers).map(([id, answer]) => [`answers.${id}`, tooLong(answer)])),
    }),
  })

  const saving = useSaveAsYouGo(
    journalQueries.profile().queryKey,
    (draft: ProfileDraft): Partial<Profile> => {
      const visibleIds = new Set(visible.map((ib) => ib.id))
      // Answers to hidden questions are kept as they were: hiding a question is not deleting my answer.
      const kept = profile.answers.filter((a) => !visibleIds.has(a.icebreakerId) && icebreakers.some((ib) => ib.id === a.icebreakerId))
      const edited = visible.map((ib) => ({ icebreakerId: ib.id, answer: (draft.answers[ib.id] ?? '').trim() })).filter((a) => a.answer !== '')
      return { elevatorPitch: draft.elevatorPitch.trim(), answers: [...edited, ...kept] }
    },
    (patch) => kith.profile.update({ patch }),
  )
  // Every change is checked and, when it fits, saved after a pause (or on leaving the page).
  const saveIfValid = () => {
    if (!form.validate().hasErrors) saving.schedule(form.getValues())
  }

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate aria-label="My pitch and answers">
      <Stack gap="sm">
        <Textarea
          label="My elevator pitch"
          description="Who you help and how, in a sentence or two you can say without notes."
          placeholder="I help small manufacturers cut order-to-delivery time…"
          autosize
          minRows={2}
          {...form.getInputProps('elevatorPitch')}
          onChange={(event) => {
            form.setFieldValue('elevatorPitch', event.currentTarget.value)
            queueMicrotask(saveIfValid)
          }}
        />
        <Title order={3} size="h5" mt="xs">
          My answers to the same questions
        </Title>
        <Text size="sm" c="dimmed" mt={-8}>
          People will ask you back: it is a two-way street. Leave a question empty to keep it off the sheet.
        </Text>
        {visible.map((ib) => (
          <Textarea
            key={ib.id}
            label={ib.question}
            autosize
            minRows={1}
            value={form.values.answers[ib.id] ?? ''}
            onChange={(event) => {
              form.setFieldValue(`answers.${ib.id}`, event.currentTarget.value)
              queueMicrotask(saveIfValid)
            }}
            error={form.errors[`answers.${ib.id}`]}
          />
        ))}
        <SaveStatus state={saving.state} />
      </Stack>
    </form>
  )
}

/** Settings sections for the cheat sheet: my pitch and answers, and the icebreaker questions. */
export function ProfileSettings() {
  const profile = useQuery(journalQueries.profile())
  const icebreakers = useQuery(journalQueries.icebreakers(true))
  return (
    <>
      <Section title="My pitch and answers">
        <QueryView query={profile}>{(p) => <QueryView query={icebreakers}>{(list) => <ProfileForm profile={p} icebreakers={list} />}</QueryView>}</QueryView>
      </Section>
      <Section title="Icebreakers">
        <QueryView query={icebreakers}>{(list) => <IcebreakerEditor icebreakers={list} />}</QueryView>
      </Section>
    </>
  )
}
