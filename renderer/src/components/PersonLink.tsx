import { Anchor } from '@mantine/core'
import { Link } from 'react-router'
import type { Person } from '../../../shared/domain'

/** A person's name as a link; `label` names namesakes apart (see `usePersonLabel`). */
export function PersonLink({
  id,
  people,
  fallback,
  label,
}: {
  id?: string
  people: Map<string, Person>
  fallback?: string
  label?: (person: Person) => string
}) {
  const person = id ? people.get(id) : undefined
  if (!person) return <>{fallback ?? 'someone'}</>
  return (
    <Anchor component={Link} to={`/people/${person.id}`}>
      {label ? label(person) : person.name}
    </Anchor>
  )
}
