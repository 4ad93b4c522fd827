import { AppShell, Burger, Group, NavLink, Text, ThemeIcon } from '@mantine/core'
import { useDisclosure, useMediaQuery } from '@mantine/hooks'
import { IconAddressBook } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import type { JournalStatus } from '../../../shared/api/contract'
import { NAV_ITEMS } from './navigation'
import { NoticeArea } from './NoticeArea'
import { StatusBanners } from './StatusBanners'
import { ThemeMenu } from './ThemeMenu'
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate'
import { useSubmitShortcut } from './useSubmitShortcut'

const MAIN_ID = 'main-content'

/** Moves focus past the navigation; a plain #anchor would be taken for a route by the hash router. */
function SkipLink() {
  return (
    <a
      className="kith-skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault()
        document.getElementById(MAIN_ID)?.focus()
      }}
    >
      Skip to content
    </a>
  )
}

export function Shell({ status, children }: { status: JournalStatus; children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure()
  // Below the 'sm' breakpoint (a small window, 200% zoom) the closed menu slides off screen; inert
  // keeps its links out of the Tab order too, so the focus never goes where nobody can see it.
  const narrow = useMediaQuery('(max-width: 47.99375em)')
  const { pathname } = useLocation()
  useFocusHeadingOnNavigate(MAIN_ID)
  useSubmitShortcut()

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} />
            <ThemeIcon variant="light" radius="md" aria-hidden>
              <IconAddressBook size={18} />
            </ThemeIcon>
            <Text fw={700} size="lg">
              Kith
            </Text>
          </Group>
          <ThemeMenu />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main" inert={narrow && !opened} style={{ overflow: 'hidden' }}>
        {NAV_ITEMS.map((item) => {
          const active = pathname === item.to || pathname.startsWith(`${item.to}/`)
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={close}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          )
        })}
        {!narrow && <NoticeArea />}
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_ID} tabIndex={-1} className="kith-main">
        {narrow && <NoticeArea />}
        <StatusBanners status={status} />
        {children}
      </AppShell.Main>
    </AppShell>
  )
}
