import { Notifications } from '@mantine/notifications'

/**
 * Where notifications appear: in a space of their own (the sidebar under the navigation, or
 * the top of the page in a narrow window), in the flow of the layout, so a reminder or a
 * "Saved" never lies over a button. Reminders stay there until acted on; three at a time,
 * the rest queued.
 */
export function NoticeArea() {
  return (
    <section aria-label="Notifications" className="kith-notice-area">
      <Notifications withinPortal={false} position="top-left" limit={3} containerWidth="100%" classNames={{ root: 'kith-notices' }} />
    </section>
  )
}
