import { useHotkeys } from '@mantine/hooks'
import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useKith } from '../../api/KithContext'
import { ConversationForm } from './ConversationForm'
import { networkActions, useNetworkAction } from './networkActions'
import { QuickCaptureForm } from './QuickCaptureForm'
import { ReferralForm } from './ReferralForm'
import { SearchSpotlight } from './SearchSpotlight'
import { FormModal } from '../FormModal'
import { CaptureNoteForm } from './CaptureNoteForm'

/**
 * The shell's global shortcuts and the forms they open: Ctrl/Cmd+K search, Ctrl/Cmd+L
 * log a conversation, Ctrl/Cmd+J quick capture (also the tray's Quick add).
 */
export function NetworkShortcuts() {
  const kith = useKith()
  const navigate = useNavigate()
  const action = useNetworkAction()
  const { pathname } = useLocation()
  // A form opened for one page does not follow the user to another (e.g. the tray opened a route).
  useEffect(() => networkActions.close(), [pathname])

  // On a person's or an event's page the shortcut already knows who or where.
  const personId = /^\/people\/([^/]+)$/.exec(pathname)?.[1]
  const eventId = /^\/events\/([^/]+)$/.exec(pathname)?.[1]
  // Work inside text fields too: the shortcut is the point of having one.
  useHotkeys(
    [
      ['mod+L', () => networkActions.logConversation(personId ? [personId] : [], eventId)],
      ['mod+J', () => networkActions.quickCapture(eventId)],
    ],
    [],
  )
  useEffect(() => kith.onEvent((event) => event.type === 'quick-add' && networkActions.quickCapture()), [kith])

  return (
    <>
      <SearchSpotlight />
      <FormModal opened={action?.kind === 'conversation'} onClose={networkActions.close} title="Log a conversation" size="lg">
        {action?.kind === 'conversation' && <ConversationForm personIds={action.personIds} eventId={action.eventId} onSaved={networkActions.close} />}
      </FormModal>
      <FormModal opened={action?.kind === 'capture'} onClose={networkActions.close} title="Quick capture: people you met" size="xl">
        {action?.kind === 'capture' && (
          <QuickCaptureForm
            eventId={action.eventId}
            onSaved={(people) => {
              networkActions.close()
              if (people.length === 1) void navigate(`/people/${people[0]!.id}`)
            }}
          />
        )}
      </FormModal>
      <FormModal opened={action?.kind === 'note'} onClose={networkActions.close} title="Capture a note" size="lg">
        {action?.kind === 'note' && <CaptureNoteForm onSaved={networkActions.close} />}
      </FormModal>
      <FormModal opened={action?.kind === 'referral'} onClose={networkActions.close} title="Record a referral" size="lg">
        {action?.kind === 'referral' && <ReferralForm personId={action.personId || undefined} direction={action.direction} onSaved={networkActions.close} />}
      </FormModal>
    </>
  )
}
