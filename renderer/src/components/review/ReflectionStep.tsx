import { Blockquote, Stack, Text, Textarea } from '@mantine/core'
import { IconQuote } from '@tabler/icons-react'
import type { Reflection } from '../../../../shared/derive/weeklyReview'
import { formatDay } from './reviewSteps'

export type ReflectionDraft = { wentWell: string; intentions: string }

const LONG_TEXT_MAX = 20_000

/** Why the reflection cannot be saved as it is, by field; empty when it can. */
export function reflectionErrors(draft: ReflectionDraft): Partial<Record<keyof ReflectionDraft | 'form', string>> {
  const errors: Partial<Record<keyof ReflectionDraft | 'form', string>> = {}
  if (!draft.wentWell.trim() && !draft.intentions.trim()) errors.form = 'Write a line in either box to complete the review; even "a quiet week" counts.'
  if (draft.wentWell.length > LONG_TEXT_MAX) errors.wentWell = `Keep this to ${LONG_TEXT_MAX.toLocaleString()} characters.`
  if (draft.intentions.length > LONG_TEXT_MAX) errors.intentions = `Keep this to ${LONG_TEXT_MAX.toLocaleString()} characters.`
  return errors
}

export function ReflectionStep({
  reflection,
  draft,
  errors,
  onChange,
  onPause,
}: {
  reflection: Reflection
  draft: ReflectionDraft
  errors: ReturnType<typeof reflectionErrors>
  onChange: (draft: ReflectionDraft) => void
  /** Leaving a box: a chance to keep the draft before the user wanders off. */
  onPause: () => void
}) {
  return (
    <Stack gap="md">
      {reflection.previousIntentions ? (
        <Blockquote
          icon={<IconQuote size={18} aria-hidden />}
          p="md"
          cite={`Your intentions from the week of ${formatDay(reflection.previousIntentions.weekStart)}`}
        >
          {reflection.previousIntentions.intentions}
        </Blockquote>
      ) : (
        <Text size="sm" c="dimmed">
          This is your first reflection. Next week this step opens with the intentions you write today, so you can see how they went.
        </Text>
      )}
      <Textarea
        label="What went well this week?"
        description="A conversation that clicked, a referral you gave, a follow-up you finally sent."
        placeholder="Coffee with Dana turned into an introduction to her accountant."
        autosize
        minRows={3}
        value={draft.wentWell}
        error={errors.wentWell}
        onChange={(event) => onChange({ ...draft, wentWell: event.currentTarget.value })}
        onBlur={onPause}
      />
      <Textarea
        label="Next week's intentions"
        description="Small and countable works best."
        placeholder="Two one-to-ones; thank Marcus for the referral."
        autosize
        minRows={3}
        value={draft.intentions}
        error={errors.intentions}
        onChange={(event) => onChange({ ...draft, intentions: event.currentTarget.value })}
        onBlur={onPause}
      />
      {errors.form && (
        <Text c="red" size="sm" role="alert">
          {errors.form}
        </Text>
      )}
    </Stack>
  )
}
