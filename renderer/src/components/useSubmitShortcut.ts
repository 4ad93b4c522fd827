import { useEffect } from 'react'

/** Whether a key press is Ctrl+Enter (Cmd+Enter on a Mac). */
export const isSubmitShortcut = (event: { key: string; ctrlKey: boolean; metaKey: boolean }) => event.key === 'Enter' && (event.ctrlKey || event.metaKey)

/**
 * Ctrl/Cmd+Enter submits the form the focus is in, from any field, textareas included: one
 * shortcut for every form with a primary action. A form with its own handling (quick capture)
 * prevents the default first and is left alone.
 */
export function useSubmitShortcut() {
  useEffect(() => {
    const submit = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isSubmitShortcut(event)) return
      const form = event.target instanceof Element ? event.target.closest('form') : null
      if (!form) return
      event.preventDefault()
      form.requestSubmit()
    }
    document.addEventListener('keydown', submit)
    return () => document.removeEventListener('keydown', submit)
  }, [])
}
