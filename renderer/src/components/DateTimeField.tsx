import { TextInput, type TextInputProps } from '@mantine/core'
import { useState } from 'react'

type Props = Omit<TextInputProps, 'type' | 'value' | 'onChange'> & { value?: string; onChange?: (value: string) => void }

const INCOMPLETE = 'Not finished: fill in every part of the day and the time (AM or PM too, where shown).'

/**
 * Every date-and-time field in Kith: the browser's own, so the order of day and month, the
 * 12/24-hour clock and the calendar's first weekday follow the user's locale, and a time
 * typed after the date (or before it) is kept as typed, part by part. The value is local
 * "YYYY-MM-DDTHH:mm", "" while incomplete; a half-filled field says what is missing.
 */
export function DateTimeField({ value, onChange, error, onBlur, ...rest }: Props) {
  const [incomplete, setIncomplete] = useState(false)
  return (
    <TextInput
      type="datetime-local"
      value={value ?? ''}
      onChange={(event) => onChange?.(event.currentTarget.value)}
      // Said when the user leaves the field half-filled, not while they are still typing it.
      onBlur={(event) => {
        setIncomplete(event.currentTarget.validity.badInput)
        onBlur?.(event)
      }}
      onInput={(event) => !event.currentTarget.validity.badInput && setIncomplete(false)}
      error={incomplete ? INCOMPLETE : error}
      {...rest}
    />
  )
}
