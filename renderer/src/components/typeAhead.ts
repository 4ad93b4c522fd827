import { useEffect, useLayoutEffect, useRef } from 'react'

const inDialog = (target: EventTarget | null) => target instanceof Element && target.closest('[role="dialog"]') !== null
const takesText = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && /^(text|search|email|tel|url|)$/.test(target.type))

/**
 * Keys typed in the moment between opening a dialog (a shortcut, a click) and its first field
 * taking the focus go into that field instead of being lost: the dialog fades in over a frame and
 * only then focuses, and a fast typist, or a busy machine, fills that moment with the name they want.
 */
export function useTypeAhead(opened: boolean) {
  // null: not waiting; a string: what was typed since the dialog opened, before its field was ready.
  const typed = useRef<string | null>(null)
  // A layout effect runs in the same task as the render that opened the dialog, before the next key is handled.
  useLayoutEffect(() => {
    typed.current = opened ? '' : null
  }, [opened])

  useEffect(() => {
    const keep = (event: KeyboardEvent) => {
      if (typed.current === null || inDialog(document.activeElement)) return
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return
      event.preventDefault()
      event.stopPropagation()
      typed.current += event.key
    }
    const deliver = (event: FocusEvent) => {
      if (typed.current === null || !inDialog(event.target)) return
      const text = typed.current
      typed.current = null
      // insertText goes through the field's own input events, so React and the field's list see it as typing.
      if (text && takesText(event.target)) document.execCommand('insertText', false, text)
    }
    window.addEventListener('keydown', keep, true)
    document.addEventListener('focusin', deliver)
    return () => {
      window.removeEventListener('keydown', keep, true)
      document.removeEventListener('focusin', deliver)
    }
  }, [])
}
