import { Anchor, Autocomplete, Badge, createTheme, DEFAULT_THEME, Modal, MultiSelect, Select, TagsInput, type CSSVariablesResolver } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { readableShade } from './contrast'

const { colors, white } = DEFAULT_THEME
const gray = colors.gray
const dark = colors.dark

/**
 * Colours that meet WCAG 2.2 AA (issue 16). Mantine's defaults draw text in shade 6 on white
 * (gray 3.3:1, teal 2.6:1) and dimmed text in dark 2 on dark 7 (4.0:1). Each palette's text,
 * light-variant and outline colour is instead the first shade that reads at 4.5:1 on the
 * surfaces it sits on; stage markers and chart lines use the same colours, so they pass 3:1 too.
 */
const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': gray[7],
    '--mantine-color-error': colors.red[9],
    '--mantine-color-placeholder': gray[7],
    '--kith-focus-ring': colors.indigo[8],
  }
  const darkVars: Record<string, string> = {
    '--mantine-color-dimmed': dark[1],
    '--mantine-color-error': colors.red[3],
    '--mantine-color-placeholder': dark[1],
    // Indigo 8 is 2.7:1 on the dark body; indigo 3 is 6.8:1.
    '--kith-focus-ring': colors.indigo[3],
  }
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark') continue
    // On white, the page's grey tint (gray 1) and the palette's own light background (shade 1).
    const onLight = readableShade(
      [6, 7, 8, 9].map((i) => shades[i]!),
      [white, gray[1], shades[1]!],
      'darker',
    )
    // On the dark body, cards and inputs (dark 7, 6, 5).
    const onDark = readableShade(
      [4, 3, 2, 1, 0].map((i) => shades[i]!),
      [dark[7], dark[6], dark[5]],
      'lighter',
    )
    Object.assign(light, {
      [`--mantine-color-${name}-text`]: onLight,
      [`--mantine-color-${name}-light-color`]: onLight,
      [`--mantine-color-${name}-outline`]: onLight,
    })
    Object.assign(darkVars, { [`--mantine-color-${name}-text`]: onDark, [`--mantine-color-${name}-outline`]: onDark })
  }
  return { variables: {}, light, dark: darkVars }
}

export const themeVariables = cssVariablesResolver

/**
 * Names for the date picker's controls and its dropdown, which Mantine leaves unnamed: the dropdown
 * points aria-labelledby at an id the input does not carry, so it gets its own label.
 */
const DATE_PICKER_NAMES = {
  ariaLabels: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
  },
  submitButtonProps: { 'aria-label': 'Use this date and time' },
  popoverProps: { attributes: { dropdown: { 'aria-labelledby': undefined, 'aria-label': 'Choose a date and time' } } },
}

/**
 * A list opens when asked (typing, ArrowDown, a click), not because Tab passed through the field;
 * its options stay in the listbox's keyboard model (arrows from the input) yet count as focusable
 * content of the scrolling list (axe scrollable-region-focusable); a click on one never moves focus.
 */
const COMBOBOX_DEFAULTS = { openOnFocus: false }

export const theme = createTheme({
  primaryColor: 'indigo',
  // Filled buttons and badges: indigo 8 with white text is 5.7:1; autoContrast picks black text
  // on the colours too light for white (teal, green, yellow), at Mantine's crossover luminance.
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.179,
  defaultRadius: 'md',
  // Keyboard users always see where focus is; mouse clicks do not leave rings behind.
  focusRing: 'auto',
  // Mantine's own transitions (dialogs, menus) run in no time when the system asks for reduced motion.
  respectReducedMotion: true,
  headings: { fontWeight: '650' },
  components: {
    // Tags are shown as the user typed them, not shouted in capitals.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
    // Links in running text are told apart from it by more than colour (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Every dialog's ✕ has a name; the title names the dialog itself. Its <header> is no second
    // banner landmark beside the app's (a dialog's section loses the role that would scope it).
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' }, attributes: { header: { role: 'none' } } } }),
    DateTimePicker: DateTimePicker.extend({ defaultProps: DATE_PICKER_NAMES }),
    // Lists: see COMBOBOX_DEFAULTS.
    Select: Select.extend({ defaultProps: COMBOBOX_DEFAULTS }),
    MultiSelect: MultiSelect.extend({ defaultProps: COMBOBOX_DEFAULTS }),
    TagsInput: TagsInput.extend({ defaultProps: COMBOBOX_DEFAULTS }),
    Autocomplete: Autocomplete.extend({ defaultProps: COMBOBOX_DEFAULTS }),
    ComboboxOption: { defaultProps: { tabIndex: -1 } },
  },
})

/** A palette's AA-readable colour in the current scheme: for text, markers and chart series alike. */
export const textColor = (palette: string) => `var(--mantine-color-${palette}-text)`
