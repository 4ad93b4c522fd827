import { Id, Person } from '../domain'
import { LIST_MAX, cleanContact, phoneIdentity, tagIdentity, uniqueBy } from './cleanContact'
import { PersonIndex, type MatchedBy } from './match'
import { emailKey, linkKey } from './text'
import type { ImportedContact, ReadResult, RowError } from './types'
import { runAtOnce, runInSlices, type Steps, type StepsDone } from './slices'

export type ImportAction = 'new' | 'merge' | 'skip'

export type PreviewRow = {
  line: number
  name: string
  company?: string
  action: ImportAction
  /** The person this row is (already in the journal, or created by an earlier row of the file). */
  match?: { personId: string; name: string; by: MatchedBy; fromLine?: number }
  /** What a merge would add, in words ("2 emails", "first-met date"); empty when there is nothing new. */
  adds: string[]
  warnings: string[]
}

export type ImportPlan = { rows: PreviewRow[]; errors: RowError[]; people: Person[]; created: number; merged: number }
export type PlanDeps = { now: Date; newId: () => string }

type Slot = { person: Person; fromLine?: number; before?: Person; mergedLines?: number[] }

const NOTES_MAX = 1_000

/** Adds what the contact has and the person lacks; never removes or overwrites anything. */
function mergeInto(person: Person, contact: ImportedContact, deps: PlanDeps, warnings: string[]): { person: Person; adds: string[] } {
  const adds: string[] = []
  const next: Person = structuredClone(person)
  for (const field of ['company', 'role'] as const) {
    if (!next[field] && contact[field]) {
      next[field] = contact[field]
      adds.push(field)
    }
  }
  if (!next.howWeMet.date && contact.metOn) {
    next.howWeMet.date = contact.metOn
    adds.push('first-met date')
  }
  const union = <T>(list: 'emails' | 'phones' | 'tags' | 'links', ours: T[], theirs: T[], key: (item: T) => string): T[] => {
    const all = uniqueBy([...ours, ...theirs], key)
    const added = all.length - ours.length
    if (all.length > LIST_MAX[list]) warnings.push(`Only ${LIST_MAX[list]} ${list} fit on one person; ${all.length - LIST_MAX[list]} were left out.`)
    const kept = all.slice(0, Math.max(LIST_MAX[list], ours.length))
    if (kept.length > ours.length) adds.push(added === 1 ? `1 ${list.slice(0, -1)}` : `${kept.length - ours.length} ${list}`)
    return kept
  }
  next.emails = union('emails', next.emails, contact.emails, emailKey)
  next.phones = union('phones', next.phones, contact.phones, phoneIdentity)
  next.links = union('links', next.links, contact.links, (l) => linkKey(l.url))
  next.tags = union('tags', next.tags, contact.tags, tagIdentity)
  const note = contact.note?.trim()
  if (note && next.notes.length >= NOTES_MAX)
    warnings.push(`Its note was left out: ${person.name} already has ${NOTES_MAX} notes, as many as one person holds.`)
  else if (note && !next.notes.some((n) => n.text.trim() === note)) {
    next.notes.push({ id: deps.newId(), text: note, private: false, createdAt: deps.now.toISOString() })
    adds.push('a note')
  }
  if (adds.length) next.updatedAt = deps.now.toISOString()
  return { person: next, adds }
}

function newPerson(contact: ImportedContact, id: string, deps: PlanDeps): Person {
  const at = deps.now.toISOString()
  return Person.parse({
    id,
    createdAt: at,
    updatedAt: at,
    name: contact.name,
    company: contact.company,
    role: contact.role,
    emails: contact.emails,
    phones: contact.phones,
    links: contact.links,
    tags: contact.tags,
    howWeMet: { date: contact.metOn },
    learned: [],
    notes: contact.note ? [{ id: deps.newId(), text: contact.note, private: false, createdAt: at }] : [],
    archived: false,
  })
}

/**
 * Decides, row by row, what an import does, and computes the people it would leave.
 * The preview shows `rows` and discards `people`; applying runs it again (against the
 * journal as it is then, with the user's choices) and stores `people`.
 * `choices` override the proposal per line: skip, or force a new person.
 */
export function planImport(existing: Person[], read: ReadResult, deps: PlanDeps, choices: Record<string, ImportAction> = {}): ImportPlan {
  return runAtOnce(planSteps(existing, read, deps, choices))
}

/** Rows planned between chances to yield; runInSlices yields only once a slice has run its time. */
const ROWS_PER_STEP = 25

/**
 * The same plan, handing the event loop back every few milliseconds, so a 50,000-row
 * file does not hold up other calls. Applying plans this way too, then stores the plan only
 * if the journal did not change meanwhile (else it plans again, at once, inside the change).
 */
export function planImportInSlices(
  existing: Person[],
  read: ReadResult,
  deps: PlanDeps,
  choices: Record<string, ImportAction> = {},
  progress?: (done: StepsDone) => void,
): Promise<ImportPlan> {
  return runInSlices(planSteps(existing, read, deps, choices), progress)
}

function* planSteps(existing: Person[], read: ReadResult, deps: PlanDeps, choices: Record<string, ImportAction>): Steps<ImportPlan> {
  const slots: Slot[] = existing.map((person) => ({ person }))
  const index = new PersonIndex(existing)
  const usedIds = new Set(existing.map((p) => p.id))
  const rows: PreviewRow[] = []
  const errors: RowError[] = [...read.errors]
  const introductions: Array<{ slot: Slot; intro: NonNullable<ImportedContact['introducedBy']> }> = []
  let created = 0
  let merged = 0

  for (const [position, { line, contact: raw, warnings: readWarnings }] of read.contacts.entries()) {
    if (position % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield { done: position, total: read.contacts.length }
    const warnings = [...readWarnings]
    const { contact, error } = cleanContact(raw, warnings)
    if (!contact) {
      errors.push({ line, message: error ?? 'This row could not be read.' })
      continue
    }
    const choice = choices[String(line)]
    const found = choice === 'new' ? undefined : index.find(contact)
    const row: PreviewRow = { line, name: contact.name, company: contact.company, action: 'new', adds: [], warnings }
    if (found) {
      const slot = slots[found.position]!
      const { person, adds } = mergeInto(slot.person, contact, deps, warnings)
      row.match = { personId: slot.person.id, name: slot.person.name, by: found.by, fromLine: slot.fromLine }
      row.adds = adds
      row.action = choice === 'skip' || adds.length === 0 ? 'skip' : 'merge'
      if (row.action === 'merge') {
        slot.before ??= slot.person
        ;(slot.mergedLines ??= []).push(line)
        slot.person = person
        index.add(person, found.position)
        merged++
      }
      if (row.action !== 'skip' && contact.introducedBy) introductions.push({ slot, intro: contact.introducedBy })
    } else if (choice === 'skip') {
      row.action = 'skip'
    } else {
      // A Kith export carries its ids: keeping them keeps introductions pointing at the right person.
      const id = contact.kithId && Id.safeParse(contact.kithId).success && !usedIds.has(contact.kithId) ? contact.kithId : deps.newId()
      usedIds.add(id)
      const slot: Slot = { person: newPerson(contact, id, deps), fromLine: line }
      slots.push(slot)
      index.add(slot.person, slots.length - 1)
      created++
      if (contact.introducedBy) introductions.push({ slot, intro: contact.introducedBy })
    }
    rows.push(row)
  }

  // Second pass: the introducer may come later in the file than the person introduced.
  for (const { slot, intro } of introductions) {
    const how = slot.person.howWeMet
    if (how.introducedById || how.introducedByName) continue
    if (intro.kithId && usedIds.has(intro.kithId) && intro.kithId !== slot.person.id) how.introducedById = intro.kithId
    else if (intro.name) how.introducedByName = intro.name
  }
  // Each merged person must still fit the schema, checked once (not per row): one that does not keeps its old self.
  for (const slot of slots) {
    if (!slot.before) continue
    const unfit = Person.safeParse(slot.person).error?.issues[0]
    if (!unfit) continue
    for (const line of slot.mergedLines ?? [])
      errors.push({ line, message: `Not merged into ${slot.before.name}: ${unfit.path.map(String).join('.')} ${unfit.message}.` })
    for (const row of rows) if (row.match?.personId === slot.before.id && row.action === 'merge') row.action = 'skip'
    merged -= slot.mergedLines?.length ?? 0
    slot.person = slot.before
  }
  yield { done: read.contacts.length, total: read.contacts.length }
  return { rows, errors: errors.sort((a, b) => a.line - b.line), people: slots.map((s) => s.person), created, merged }
}
