import type { CheatSheet } from '../../../../shared/derive/cheatSheet'
import { formatTimeRange } from '../../lib/format'
import { SheetPersonCard } from './SheetPersonCard'
import './cheatSheet.css'

function EventFacts({ sheet }: { sheet: CheatSheet }) {
  const { event } = sheet
  const heard = event.heardSpeakerBefore === undefined ? '' : event.heardSpeakerBefore ? ' (heard before)' : ' (not heard before)'
  return (
    <section className="event" aria-label="The event">
      <div>
        <span className="label">When</span> {formatTimeRange(event.startsAt, event.endsAt)}
      </div>
      <div>
        <span className="label">Where</span> {event.venue || 'not recorded'}
      </div>
      {event.featuredSpeaker && (
        <div>
          <span className="label">Speaker</span> {event.featuredSpeaker}
          {heard}
        </div>
      )}
      {event.goals && (
        <div>
          <span className="label">Goals</span> {event.goals}
        </div>
      )}
      {sheet.wantToMeet.length > 0 && (
        <div className="wide">
          <span className="label">Want to meet</span> {sheet.wantToMeet.join(' · ')}
        </div>
      )}
    </section>
  )
}

/** The "Ask about" line most cards share (two or more): printed once above them, not on each. */
function commonAskAbout(people: CheatSheet['people']): string | undefined {
  const counts = new Map<string, number>()
  for (const person of people) {
    const line = person.askAbout.icebreakers.map((q) => q.topic).join(' · ')
    if (line) counts.set(line, (counts.get(line) ?? 0) + 1)
  }
  const [line, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  return count >= 2 ? line : undefined
}

/** The back of the sheet, kept whole: questions, my own answers, and lines for new names. */
function SheetEnd({ sheet }: { sheet: CheatSheet }) {
  const { mine } = sheet
  return (
    <section className="end">
      <div>
        <h2>Questions to ask</h2>
        {sheet.icebreakers.length > 0 ? (
          <ol>
            {sheet.icebreakers.map((q) => (
              <li key={q.icebreakerId}>{q.question}</li>
            ))}
          </ol>
        ) : (
          <p className="muted">No icebreakers: add or show some in Settings.</p>
        )}
        <h2>My answers</h2>
        <div className="answers">
          {mine.elevatorPitch.trim() ? (
            <p>
              <span className="label">Pitch:</span> {mine.elevatorPitch}
            </p>
          ) : (
            <p className="muted">No elevator pitch yet: write one in Settings.</p>
          )}
          {mine.answers.map((a) => (
            <p key={a.icebreakerId}>
              <span className="muted">{a.question}</span> → {a.answer}
            </p>
          ))}
        </div>
      </div>
      <div>
        <h2>New names</h2>
        {Array.from({ length: sheet.newNameLines }, (_, i) => (
          <div key={i} className="name-line" />
        ))}
      </div>
    </section>
  )
}

/**
 * The cheat sheet as it prints. Plain elements and its own stylesheet (no Mantine), so the
 * preview in the app and the page printed from the hidden window are the same layout.
 */
export function SheetDocument({ sheet, titleOrder = 1 }: { sheet: CheatSheet; titleOrder?: 1 | 2 }) {
  const Title = titleOrder === 1 ? 'h1' : 'h2'
  const eventYear = new Date(sheet.event.startsAt).getFullYear()
  const common = commonAskAbout(sheet.people)
  return (
    <div className="kith-sheet">
      <Title className="title">{sheet.event.title}</Title>
      <EventFacts sheet={sheet} />
      <h2>People I know who are coming ({sheet.people.length})</h2>
      {sheet.people.length > 0 ? (
        <>
          {common && (
            <p>
              <span className="label">Ask about</span> {common} <span className="muted">(everyone below, unless their card says otherwise)</span>
            </p>
          )}
          <section className="people" aria-label="People I know who are coming">
            {sheet.people.map((person) => (
              <SheetPersonCard key={person.personId} person={person} eventYear={eventYear} commonAskAbout={common} />
            ))}
          </section>
        </>
      ) : (
        <p className="muted">Nobody you know is expected yet. Add expected attendees on the event page, and they appear here.</p>
      )}
      <SheetEnd sheet={sheet} />
    </div>
  )
}
