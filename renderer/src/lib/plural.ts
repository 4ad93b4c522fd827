const rules = new Intl.PluralRules(undefined)

/** The word a count takes in the user's language rules: "person" for 1, "people" otherwise. */
export const wordFor = (count: number, one: string, other: string): string => (rules.select(count) === 'one' ? one : other)

/** "1 person", "3 people", "0 weekly reviews": the count with its word. */
export function countOf(count: number, one: string, other: string): string {
  return `${count.toLocaleString()} ${wordFor(count, one, other)}`
}
