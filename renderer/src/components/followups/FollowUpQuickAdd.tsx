import { Button, Group, NumberInput, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useWrite } from '../../api/mutations/useWrite'
import { formatWhen } from '../../lib/format'
import { notifySaved } from '../notify'
import { DAYS_ERROR, dueInDays, validDays } from './followUpDue'

/** "Follow up in [3] days: [note]" for one person, where their page or a form already says who. */
export function FollowUpQuickAdd({ personId, personName }: { personId: string; personName: string }) {
  const { write } = useWrite()
  const [days, setDays] = useState<number | string>(3)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<{ days?: string; note?: string }>({})
  const [saving, setSaving] = useState(false)

  const submit = async () => {
    const found = {
      days: validDays(days) ? undefined : DAYS_ERROR,
      note: note.trim() ? undefined : `Say what to do, e.g. "Call ${personName} about the referral".`,
    }
    setErrors(found)
    if (found.days || found.note || !validDays(days)) return
    const due = dueInDays(days)
    setSaving(true)
    const saved = await write((kith) => kith.followups.create({ personId, dueAt: due.toISOString(), note: note.trim() }), {
      failure: `Could not plan a follow-up with ${personName}`,
    })
    setSaving(false)
    if (!saved) return
    setNote('')
    notifySaved(`Follow-up with ${personName} planned for ${formatWhen(due.toISOString())}.`)
  }

  return (
    <form
      aria-label={`Plan a follow-up with ${personName}`}
      noValidate
      style={{ marginTop: 'var(--mantine-spacing-sm)' }}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Group align="flex-start" gap="xs" wrap="wrap">
        <Text size="sm" pt={6}>
          Follow up in
        </Text>
        <NumberInput aria-label="Days from now" min={1} max={365} allowDecimal={false} w={72} size="xs" value={days} onChange={setDays} error={errors.days} />
        <Text size="sm" pt={6}>
          days:
        </Text>
        <TextInput
          aria-label="What to do"
          placeholder="Send the article we talked about"
          size="xs"
          style={{ flex: '1 1 160px' }}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
        />
        <Button type="submit" size="xs" loading={saving}>
          Plan
        </Button>
      </Group>
    </form>
  )
}
