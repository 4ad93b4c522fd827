import { z } from 'zod'
import { Id } from '../domain'

/** Declares one call: its input schema, and (as a type only) what it returns. */
export function call<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })
}

export const Empty = z.object({})
export const ById = z.object({ id: Id })
