import { useSyncExternalStore } from 'react'

/**
 * The shell's global forms (log a conversation, quick capture), opened from any page,
 * the tray or a keyboard shortcut. A tiny store so a page opens them with one call.
 */
export type NetworkAction =
  | { kind: 'conversation'; personIds: string[]; eventId?: string }
  | { kind: 'capture'; eventId?: string }
  | { kind: 'note' }
  | { kind: 'referral'; personId: string; direction: 'given' | 'received' }

let current: NetworkAction | null = null
const listeners = new Set<() => void>()

function set(next: NetworkAction | null) {
  current = next
  for (const listener of listeners) listener()
}

export const networkActions = {
  logConversation: (personIds: string[] = [], eventId?: string) => set({ kind: 'conversation', personIds, eventId }),
  quickCapture: (eventId?: string) => set({ kind: 'capture', eventId }),
  captureNote: () => set({ kind: 'note' }),
  recordReferral: (personId: string, direction: 'given' | 'received' = 'given') => set({ kind: 'referral', personId, direction }),
  close: () => set(null),
}

export function useNetworkAction(): NetworkAction | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}
