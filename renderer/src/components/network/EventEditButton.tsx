import { Button } from '@mantine/core'
import { IconEdit } from '@tabler/icons-react'
import { useState } from 'react'
import type { NetworkEvent } from '../../../../shared/domain'
import { EventEditForm } from './EventEditForm'
import { FormModal } from '../FormModal'

export function EventEditButton({ event }: { event: NetworkEvent }) {
  const [editing, setEditing] = useState(false)
  return (
    <>
      <Button variant="default" leftSection={<IconEdit size={18} aria-hidden />} onClick={() => setEditing(true)}>
        Edit
      </Button>
      <FormModal opened={editing} onClose={() => setEditing(false)} title={`Edit ${event.title}`} size="lg">
        <EventEditForm event={event} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </FormModal>
    </>
  )
}
