const key = (word: string) => word.trim().toLocaleLowerCase()

/**
 * A person's industry and tags, each word shown once: a tag that says what the industry
 * says ("legal" beside "Legal") or what an earlier tag said is left out.
 */
export function badgeWords(industry: string | undefined, tags: readonly string[]): { industry?: string; tags: string[] } {
  const seen = new Set(industry ? [key(industry)] : [])
  const shown: string[] = []
  for (const tag of tags) {
    if (seen.has(key(tag))) continue
    seen.add(key(tag))
    shown.push(tag)
  }
  return { ...(industry ? { industry } : {}), tags: shown }
}
