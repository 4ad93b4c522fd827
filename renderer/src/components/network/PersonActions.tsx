import { Button, Menu, Popover, TagsInput } from '@mantine/core'
import { IconArchive, IconArrowsExchange, IconChevronDown, IconEdit, IconMessagePlus, IconRestore, IconTag } from '@tabler/icons-react'
import { useState } from 'react'
import type { Person } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { networkActions } from './networkActions'
import { PersonEditForm } from './PersonEditForm'
import { FormModal } from '../FormModal'

function TagEditor({ person }: { person: Person }) {
  const { write } = useWrite()
  const save = (tags: string[]) => write((kith) => kith.people.update({ id: person.id, patch: { tags } }), { failure: 'Could not save the tags' })
  return (
    <Popover width={320} position="bottom-end" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconTag size={18} aria-hidden />}>
          Tag
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <TagsInput label={`Tags for ${person.name}`} placeholder="Type a tag and press Enter" defaultValue={person.tags} onChange={(tags) => void save(tags)} />
      </Popover.Dropdown>
    </Popover>
  )
}

/** What a user does with a person: talk, refer, tag, edit, archive. */
export function PersonActions({ person }: { person: Person }) {
  const { write } = useWrite()
  const [editing, setEditing] = useState(false)
  const archive = (archived: boolean) =>
    write((kith) => kith.people.update({ id: person.id, patch: { archived } }), {
      failure: 'Could not change the archive flag',
      done: archived ? `${person.name} was archived: hidden from lists unless you ask for archived people.` : `${person.name} is back in your lists.`,
    })
  return (
    <>
      <Button leftSection={<IconMessagePlus size={18} aria-hidden />} onClick={() => networkActions.logConversation([person.id])}>
        Log conversation
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="light" leftSection={<IconArrowsExchange size={18} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
            Record referral
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => networkActions.recordReferral(person.id, 'given')}>I gave {person.name} a referral</Menu.Item>
          <Menu.Item onClick={() => networkActions.recordReferral(person.id, 'received')}>{person.name} gave me a referral</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <TagEditor key={person.tags.join('\u0000')} person={person} />
      <Button variant="default" leftSection={<IconEdit size={18} aria-hidden />} onClick={() => setEditing(true)}>
        Edit
      </Button>
      <Button
        variant="default"
        leftSection={person.archived ? <IconRestore size={18} aria-hidden /> : <IconArchive size={18} aria-hidden />}
        onClick={() => void archive(!person.archived)}
      >
        {person.archived ? 'Unarchive' : 'Archive'}
      </Button>
      <FormModal opened={editing} onClose={() => setEditing(false)} title={`Edit ${person.name}`} size="lg">
        <PersonEditForm person={person} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </FormModal>
    </>
  )
}
