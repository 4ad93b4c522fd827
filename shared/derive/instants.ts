/**
 * A key that orders instants correctly as text. Kith writes `toISOString()` form (fixed width,
 * UTC), which already does and is returned as is; any other offset or precision is normalised.
 * Comparing these keys instead of calling Date.parse keeps derivations cheap at 50,000 conversations.
 */
export function instantKey(iso: string): string {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(19) === 46 /* . */ && iso.charCodeAt(10) === 84 /* T */) return iso
  const t = Date.parse(iso)
  return Number.isNaN(t) ? iso : new Date(t).toISOString()
}

export const compareInstants = (a: string, b: string): number => {
  const ka = instantKey(a)
  const kb = instantKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}
