import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core'
import { CurrencyCode } from '../CurrencyCode'
import { useCurrency } from '../../lib/useMoney'
import { useForm } from '@mantine/form'
import type { Referral, ReferralDirection, ReferralStatus } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { REFERRAL_STATUS_LABELS } from '../../lib/labels'
import { notifySaved } from '../notify'
import { blankToUndefined, dayToIso, isFutureDay, todayLocal } from './formHelpers'
import { PersonPicker } from './PersonPicker'
import { useUnsavedGuard } from '../FormModal'

type ReferralDraft = {
  direction: ReferralDirection
  personId: string | null
  outsideName: string
  about: string
  status: ReferralStatus
  closedValue: number | string
  date: string
}

const STATUS_OPTIONS = Object.entries(REFERRAL_STATUS_LABELS).map(([value, label]) => ({ value, label }))

/**
 * A referral given (I sent business to them) or received (they sent business to me).
 * The other side may be someone outside the journal: a name is enough.
 */
export function ReferralForm({
  personId,
  direction = 'given',
  onSaved,
}: {
  personId?: string
  direction?: ReferralDirection
  onSaved?: (referral: Referral) => void
}) {
  const { write } = useWrite()
  const currency = useCurrency()
  const form = useForm<ReferralDraft>({
    mode: 'controlled',
    initialValues: { direction, personId: personId ?? null, outsideName: '', about: '', status: 'introduced', closedValue: '', date: todayLocal() },
    validate: {
      personId: (value, draft) => (value || draft.outsideName.trim() ? null : 'Pick a person, or type the name of someone outside your journal'),
      about: (value) => (value.trim() ? null : 'What is the referral about? e.g. "office lease for a dental practice"'),
      date: (value) => (!value ? 'When was it?' : isFutureDay(value) ? 'Pick today or an earlier day' : null),
      closedValue: (value, draft) =>
        value === '' || (draft.status === 'closed' && Number(value) >= 0) ? null : 'Only closed business has a value, and it cannot be negative',
    },
  })
  useUnsavedGuard(form.isDirty())
  const given = form.values.direction === 'given'

  const submit = async (draft: ReferralDraft) => {
    const other = draft.personId ?? undefined
    const name = other ? undefined : blankToUndefined(draft.outsideName)
    const referral = await write(
      (kith) =>
        kith.referrals.create({
          date: dayToIso(draft.date),
          direction: draft.direction,
          ...(draft.direction === 'given' ? { toPersonId: other, toName: name } : { fromPersonId: other, fromName: name }),
          about: draft.about.trim(),
          status: draft.status,
          closedValue: draft.closedValue === '' ? undefined : Number(draft.closedValue),
        }),
      { failure: 'Could not record this referral', form, aliases: { toPersonId: 'personId', fromPersonId: 'personId' } },
    )
    if (!referral) return
    notifySaved(draft.direction === 'given' ? 'Referral given recorded.' : 'Referral received recorded.')
    onSaved?.(referral)
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Record a referral">
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Direction"
          data={[
            { value: 'given', label: 'I gave a referral' },
            { value: 'received', label: 'I received a referral' },
          ]}
          {...form.getInputProps('direction')}
        />
        {personId ? (
          <Text size="sm" c="dimmed">
            {given ? 'You sent business to this person.' : 'This person sent business to you.'}
          </Text>
        ) : (
          <Group grow align="flex-start">
            <PersonPicker label={given ? 'Given to' : 'Received from'} placeholder="Type a name" clearable {...form.getInputProps('personId')} />
            <TextInput label="…or someone outside your journal" placeholder="Name" {...form.getInputProps('outsideName')} />
          </Group>
        )}
        <TextInput label="About" placeholder="Office lease for a dental practice" withAsterisk data-autofocus {...form.getInputProps('about')} />
        <Group grow align="flex-start">
          <Select label="Status" data={STATUS_OPTIONS} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...form.getInputProps('status')} />
          <TextInput label="Date" type="date" max={todayLocal()} withAsterisk {...form.getInputProps('date')} />
          <NumberInput
            label="Closed value"
            placeholder="When it closes"
            min={0}
            disabled={form.values.status !== 'closed'}
            thousandSeparator
            rightSection={<CurrencyCode code={currency} />}
            {...form.getInputProps('closedValue')}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Record referral
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
