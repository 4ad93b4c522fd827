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
 *
 * `cached` is the query the section shows, `patchOf` what a value changes in it (nothing: no
 * save), `send` the call that saves that patch and answers the whole record.
 */
export function useSaveAsYouGo<T, A extends object>(cached: QueryKey, patchOf: (value: T) => Partial<A> | undefined, send: (patch: Partial<A>) => Promise<A>) {
  const client = useQueryClient()
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const latest = useRef({ patchOf, send })
  useEffect(() => {
    latest.current = { patchOf, send }
  })
  const run = (value: T) => {
    const patch = latest.current.patchOf(value)
    if (!patch || Object.keys(patch).length === 0) return
    setState({ kind: 'saving' })
    // The patch is in the cache at once: a page opened again before the answer lands (the last save
    // often leaves with the page) seeds its fields from it, and an older answer still on its way is dropped.
    void client.cancelQueries({ queryKey: cached })
    client.setQueryData<A>(cached, (old) => old && { ...old, ...patch })
    latest.current.send(patch).then(
      (answer) => {
        client.setQueryData(cached, answer)
        setState({ kind: 'saved' })
      },
      (error: unknown) => {
        // The journal did not take it: the cache goes back to what the journal holds.
        void client.invalidateQueries({ queryKey: cached })
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      },
    )
  }
  const schedule = useDebouncedCallback(run, { delay: PAUSE_MS, flushOnUnmount: true })
  return { state, schedule, flush: schedule.flush }
}

/** "Saved" beside a section, read out politely; a failure says what to do. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? 'Saved'
        : state.kind === 'failed'
          ? `Not saved: ${state.message} Change the value to try again.`
          : ''
  return (
    <Text size="sm" c={state.kind === 'failed' ? 'red' : 'dimmed'} role="status" aria-live="polite" mih={20}>
      {text}
    </Text>
  )
}
