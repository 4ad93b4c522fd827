import { z } from 'zod'
import { Id } from '../domain'

/** One call as declared: what it does (the end of "Could not …"), its input schema, and (as a type only) what it returns. */
export type CallDeclaration = { phrase: string; input: z.ZodType; output: unknown }

/**
 * Declares one call: `call<Person>('add the person')(schema)`. The phrase makes its errors read
 * "Could not add the person: name is required." rather than naming a channel.
 */
export function call<Output>(phrase: string) {
  return <Input extends z.ZodType>(input: Input) => ({ phrase, input, output: undefined as unknown as Output })
}

/**
 * One domain's calls, each named `prefix:verb` with one of the domain's prefixes: the type refuses a
 * call filed under another domain's name. `declareCalls('people')({ 'people:create': call…, … })`.
 */
export function declareCalls<P extends string>(..._prefixes: P[]) {
  return <T extends { [K in keyof T]: K extends `${P}:${string}` ? CallDeclaration : never }>(calls: T): T => calls
}

export const Empty = z.object({})
export const ById = z.object({ id: Id })
/**
 * A call that creates a record may carry the id the client chose for it: a retry after a crash
 * or a lost answer then finds the record already there and creates no duplicate.
 */
export const ClientId = Id.optional()
/** What a create call leaves out of its record's schema: the service stamps these. */
export const STAMPED = { id: true, createdAt: true, updatedAt: true } as const
