import type { Journal } from '../domain'
import { LiveJournalIndex, type JournalIndex } from './journalIndex'
import { LiveRelationships, relationships, type Relationship } from './relationships'

/** What most derivations start from: the journal grouped by person, and every relationship. */
export type Derived = { index: JournalIndex; rels: Map<string, Relationship> }

/** Both, from scratch. */
export function derive(journal: Journal, now: Date): Derived {
  const index = new LiveJournalIndex().update(journal)
  return { index, rels: relationships(journal, now, index) }
}

/**
 * Both, kept up to date across changes to one journal: each call re-derives only what
 * changed since the last (the lists of the people a change touched, and their relationships).
 * The result of a call is valid until the journal next changes.
 */
export class LiveDerived {
  private readonly index = new LiveJournalIndex()
  private readonly live = new LiveRelationships()

  at(journal: Journal, now: Date): Derived {
    this.index.update(journal)
    return { index: this.index, rels: this.live.of(journal, this.index, now, this.index.changed) }
  }
}
