import { Text } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string }

/** A pause in typing long enough to save; leaving the page saves at once (flush on unmount). */
const PAUSE_MS = 600

/**
 * Settings save as you go: each valid change is saved after a short pause, and whatever is
 * still waiting is saved when the section goes away (the person left the page), so nothing
 * typed is lost and there is no Save button to forget.
 */
export function useSaveAsYouGo<T, A>(save: (value: T) => Promise<A>, answers?: QueryKey) {
  const client = useQueryClient()
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const latest = useRef(save)
  useEffect(() => {
    latest.current = save
  })
  const run = (value: T) => {
    setState({ kind: 'saving' })
    latest
      .current(value)
      .then((answer) => {
        // The last save often lands after the page is left (flush on unmount): the saved answer goes into
        // the cache, so coming back shows it, not the value the section opened with.
        if (answers && answer !== undefined) client.setQueryData(answers, answer)
        setState({ kind: 'saved' })
      })
      .catch((error: unknown) => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }))
  }
  const schedule = useDebouncedCallback(run, { delay: PAUSE_MS, flushOnUnmount: true })
  return { state, schedule, flush: schedule.flush }
}

/** "Saved" beside a section, read out politely; a failure says what to do. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : state.kind === 'failed' ? `Not saved: ${state.message} Change the value to try again.` : ''
  return (
    <Text size="sm" c={state.kind === 'failed' ? 'red' : 'dimmed'} role="status" aria-live="polite" mih={20}>
      {text}
    </Text>
  )
}
