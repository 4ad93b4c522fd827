import { Button, Group } from '@mantine/core'

/** The footer of an edit form: Cancel (when the form can be left) and the submit button. */
export function FormActions({ submitting, onCancel, submitLabel = 'Save' }: { submitting: boolean; onCancel?: () => void; submitLabel?: string }) {
  return (
    <Group justify="flex-end">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      )}
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  )
}
