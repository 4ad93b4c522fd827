import type { Person } from '../../../shared/domain'
import { personWith } from '../../support/journalBuilder'

export const at = '2026-11-01T12:00:00.000Z'

/** The person the follow-ups in these tests are with. */
export const dana: Person = personWith({ id: 'p-dana', name: 'Dana Reyes' }, at)
