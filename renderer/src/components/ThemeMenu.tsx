import { SegmentedControl, VisuallyHidden, useMantineColorScheme, type MantineColorScheme } from '@mantine/core'
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react'
import { useEffect } from 'react'
import type { Settings } from '../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { useWrite } from '../api/mutations/useWrite'
import { journalQueries } from '../api/queries/journal'

const THEME_OPTIONS: { value: Settings['theme']; label: string; icon: typeof IconSun }[] = [
  { value: 'auto', label: 'Follow the system', icon: IconDeviceDesktop },
  { value: 'light', label: 'Light', icon: IconSun },
  { value: 'dark', label: 'Dark', icon: IconMoon },
]

/** Saves the theme in the journal's settings and applies it at once. */
export function useThemeSetting(): [Settings['theme'], (theme: Settings['theme']) => void] {
  const { write } = useWrite()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const change = (theme: Settings['theme']) => {
    setColorScheme(theme as MantineColorScheme)
    void write((kith) => kith.settings.update({ patch: { theme } }), { failure: 'Could not save the theme' })
  }
  return [colorScheme as Settings['theme'], change]
}

/** The journal's theme wins over what this browser remembered, so every window agrees. */
export function ThemeFromSettings() {
  const settings = useQuery(journalQueries.settings())
  const { setColorScheme } = useMantineColorScheme()
  const theme = settings.data?.theme
  useEffect(() => {
    if (theme) setColorScheme(theme)
  }, [theme, setColorScheme])
  return null
}

export function ThemeMenu({ withLabels = false }: { withLabels?: boolean }) {
  const [theme, setTheme] = useThemeSetting()
  return (
    <SegmentedControl
      size="xs"
      aria-label="Theme"
      value={theme}
      onChange={(value) => setTheme(value as Settings['theme'])}
      data={THEME_OPTIONS.map(({ value, label, icon: Icon }) => ({
        value,
        label: withLabels ? (
          label
        ) : (
          <>
            <Icon size={16} aria-hidden style={{ display: 'block' }} />
            <VisuallyHidden>{label}</VisuallyHidden>
          </>
        ),
      }))}
    />
  )
}
