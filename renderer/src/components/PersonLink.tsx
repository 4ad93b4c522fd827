import { Anchor } from '@mantine/core'
import { Link } from 'react-router'
import type { Person } from '../../../shared/domain'

export function PersonLink({ id, people, fallback }: { id?: string; people: Map<string, Person>; fallback?: string }) {
  const person = id ? people.get(id) : undefined
  if (!person) return <>{fallback ?? 'someone'}</>
  return (
    <Anchor component={Link} to={`/people/${person.id}`}>
      {person.name}
    </Anchor>
  )
}
