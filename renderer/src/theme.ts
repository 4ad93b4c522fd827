import { Badge, createTheme } from '@mantine/core'

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  // Keyboard users always see where focus is; mouse clicks do not leave rings behind.
  focusRing: 'auto',
  headings: { fontWeight: '650' },
  components: {
    // Tags are shown as the user typed them, not shouted in capitals.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
  },
})
