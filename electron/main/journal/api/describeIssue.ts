import type { z } from 'zod'

/** zod's own wording ("Invalid input: expected string, received number") is for developers. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized|Expected)/

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  date: 'a date',
  undefined: 'nothing',
  null: 'nothing',
}

/** The text after the field name: "is required", "must be text, not a number", "must be at most 3650". */
function complaint(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)$/.exec(issue.message)?.[1] ?? ''
      if (received === 'undefined') return 'is required'
      const expected = KINDS[issue.expected] ?? issue.expected
      const got = KINDS[received] ?? (received === 'NaN' || received === 'nan' ? 'not a number' : received)
      return got && got !== expected && !(issue.expected === 'int' && received === 'number') ? `must be ${expected}, not ${got}` : `must be ${expected}`
    }
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? 'at most' : 'at least'
      const limit = String(issue.code === 'too_big' ? issue.maximum : issue.minimum)
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' || issue.origin === 'set' ? ' items' : ''
      return `must be ${bound} ${limit}${unit}`
    }
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`
    case 'invalid_format':
      return `must be ${issue.format === 'regex' ? 'in the expected format' : `a valid ${issue.format}`}`
    case 'invalid_key':
      return `is not an allowed name: ${complaint(issue.issues[0]!)}`
    case 'invalid_element':
      return `holds a value that is not allowed: ${complaint(issue.issues[0]!)}`
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`
    case 'unrecognized_keys':
      return `has fields Kith does not know: ${issue.keys.join(', ')}`
    case 'invalid_union':
      return 'is not in any of the accepted shapes'
    default:
      return 'is not valid'
  }
}

/**
 * A sentence a person can read, naming the field: "name is required",
 * "patch.cadenceByTag.clients must be at most 3650", "the input must be a group of fields, not text".
 */
export function describeIssue(issue: z.core.$ZodIssue): { message: string; field?: string } {
  const field = issue.path.map(String).join('.')
  const text = complaint(issue)
  if (!field) return { message: /^(is|must|has|holds)\b/.test(text) ? `the input ${text}` : text }
  const joiner = /^[a-z]/.test(text) ? ' ' : ': '
  return { message: `${field}${joiner}${text}`, field }
}
