import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../renderer/src/theme/contrast'
import { theme, themeVariables } from '../../renderer/src/theme'

const { colors, white } = DEFAULT_THEME
const resolved = themeVariables(mergeMantineTheme(DEFAULT_THEME, theme))
const palettes = Object.keys(colors).filter((name) => name !== 'dark')

describe('the theme’s colours (WCAG 2.2 AA)', () => {
  it.each(palettes)('%s text reads at 4.5:1 on white, the grey tint and its own light background, and on the dark surfaces', (name) => {
    const light = resolved.light[`--mantine-color-${name}-text`]!
    for (const background of [white, colors.gray[1], colors[name]![1]!]) expect(contrastRatio(light, background)).toBeGreaterThanOrEqual(4.5)
    const dark = resolved.dark[`--mantine-color-${name}-text`]!
    for (const background of [colors.dark[7], colors.dark[6], colors.dark[5]]) expect(contrastRatio(dark, background)).toBeGreaterThanOrEqual(4.5)
  })

  it('dims text no further than 4.5:1 and draws the focus ring at 3:1 or more on the body, in both schemes', () => {
    expect(contrastRatio(resolved.light['--mantine-color-dimmed']!, white)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(resolved.dark['--mantine-color-dimmed']!, colors.dark[7])).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(resolved.light['--kith-focus-ring']!, white)).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(resolved.dark['--kith-focus-ring']!, colors.dark[7])).toBeGreaterThanOrEqual(3)
  })

  it('darkens yellow, whose darkest shade is still 3:1 on white, until it reads', () => {
    expect(contrastRatio(colors.yellow[9], white)).toBeLessThan(4.5)
    expect(resolved.light['--mantine-color-yellow-text']).not.toBe(colors.yellow[9])
  })
})
