import { Text } from '@mantine/core'

/** The currency an amount field is in ("USD"), inside the field's right edge. */
export function CurrencyCode({ code }: { code: string }) {
  return (
    <Text size="xs" c="dimmed" aria-hidden>
      {code}
    </Text>
  )
}
