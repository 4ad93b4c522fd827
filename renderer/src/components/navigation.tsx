import {
  IconArrowsExchange,
  IconArrowsTransferDown,
  IconCalendarEvent,
  IconChecklist,
  IconClipboardCheck,
  IconSettings,
  IconTimeline,
  IconUsers,
  type Icon,
} from '@tabler/icons-react'

export type NavItem = { to: string; label: string; description: string; icon: Icon }

export const NAV_ITEMS: NavItem[] = [
  { to: '/timeline', label: 'Timeline', description: 'Everything that happened across your network', icon: IconTimeline },
  { to: '/people', label: 'People', description: 'Everyone you have met', icon: IconUsers },
  { to: '/events', label: 'Events', description: 'Mixers, parties, leads groups, conferences', icon: IconCalendarEvent },
  { to: '/followups', label: 'Follow-ups', description: 'Who to get back to, and when', icon: IconChecklist },
  { to: '/referrals', label: 'Referrals', description: 'Given and received, the balance, who to pay back', icon: IconArrowsExchange },
  { to: '/review', label: 'Weekly review', description: 'Look back at the week, plan the next', icon: IconClipboardCheck },
  {
    to: '/import',
    label: 'Import & export',
    description: 'vCard, LinkedIn, Google Contacts in; vCard, CSV, iCalendar, JSON out',
    icon: IconArrowsTransferDown,
  },
  { to: '/settings', label: 'Settings', description: 'Theme, cadence, your journal file', icon: IconSettings },
]
