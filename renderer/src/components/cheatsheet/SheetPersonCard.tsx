import { Fragment, type ReactNode } from 'react'
import type { SheetPerson } from '../../../../shared/derive/cheatSheet'
import { useMoney } from '../../lib/useMoney'
import { howWeMetLine, referralLine, sheetDate } from './sheetText'

/** One person on paper: who they are, how we met, and what to talk about. Never split across pages. */
export function SheetPersonCard({ person, eventYear, commonAskAbout }: { person: SheetPerson; eventYear: number; commonAskAbout?: string }) {
  const date = (iso: string | undefined) => sheetDate(iso, eventYear)
  const money = useMoney()
  const rows: Array<[label: string, content: ReactNode]> = []
  if (person.lastConversation) rows.push(['Last talk', `${date(person.lastConversation.date)}: ${person.lastConversation.summary}`])
  if (person.learned.length > 0) {
    rows.push([
      'Learned',
      person.learned.map((l, i) => (
        <Fragment key={l.icebreakerId}>
          {i > 0 && '; '}
          {l.answer} <span className="muted">({l.topic})</span>
        </Fragment>
      )),
    ])
  }
  if (person.openFollowUps.length > 0) {
    rows.push([
      'Follow-up',
      person.openFollowUps.map((f, i) => (
        <Fragment key={`${f.dueAt}-${i}`}>
          {i > 0 && '; '}
          {f.overdue && <b>overdue </b>}
          {f.note} (due {date(f.dueAt)})
        </Fragment>
      )),
    ])
  }
  if (person.referrals.length > 0) rows.push(['Referrals', person.referrals.map((r) => referralLine(r, money)).join('; ')])
  if (person.notes.length > 0) rows.push(['Notes', person.notes.join('; ')])
  // The line most cards share is printed once above them; a card says only a different one.
  const askAbout = person.askAbout.icebreakers.map((q) => q.topic).join(' · ')
  if (!askAbout) rows.push(['Ask about', 'every question is asked: what is new since last time?'])
  else if (askAbout !== commonAskAbout) rows.push(['Ask about', askAbout])

  return (
    <article className="card" aria-label={person.name}>
      <header>
        <h3>{person.name}</h3>
        <span>{[person.role, person.company].filter(Boolean).join(', ')}</span>
        <span className="stage">{person.stageLabel}</span>
      </header>
      <div className="met">{howWeMetLine(person, eventYear)}</div>
      <dl>
        {rows.map(([label, content]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{content}</dd>
          </Fragment>
        ))}
      </dl>
    </article>
  )
}
