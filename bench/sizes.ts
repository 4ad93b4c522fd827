import type { SampleScale } from '../shared/sample/generate'

/** The three journals of issue 9: ten years of networking at the large end. */
export const SIZES: Record<'small' | 'medium' | 'large', SampleScale> = {
  small: { people: 200, interactions: 2_000, events: 80, referrals: 200, followUps: 400 },
  medium: { people: 2_000, interactions: 20_000, events: 800, referrals: 2_000, followUps: 4_000 },
  large: { people: 5_000, interactions: 50_000, events: 2_000, referrals: 5_000, followUps: 10_000 },
}

export type SizeName = keyof typeof SIZES
