const rules = new Intl.PluralRules(undefined)

/** "1 person", "3 people", "0 weekly reviews": the count with the word its number takes in the user's language rules. */
export function countOf(count: number, one: string, other: string): string {
  return `${count.toLocaleString()} ${rules.select(count) === 'one' ? one : other}`
}
