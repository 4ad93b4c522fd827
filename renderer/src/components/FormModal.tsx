import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core'
import { useWindowEvent } from '@mantine/hooks'
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import { useTypeAhead } from './typeAhead'

const GuardContext = createContext<(dirty: boolean) => void>(() => {})

/** A form inside a FormModal says whether it holds unsaved typing; the dialog asks before dropping it. */
export function useUnsavedGuard(dirty: boolean) {
  const report = useContext(GuardContext)
  useEffect(() => report(dirty), [report, dirty])
  useEffect(() => () => report(false), [report])
}

type Props = Omit<ModalProps, 'closeOnEscape'> & { title: string }

/**
 * A dialog holding a form. Escape, the close button or a click outside closes it at once when
 * nothing was typed, and asks "Discard what you typed?" when something was. An Escape that
 * closes a field's own list or menu stays with that field. Keys typed while it opens reach its first field.
 */
export function FormModal({ opened, onClose, title, children, ...props }: Props) {
  const dirty = useRef(false)
  const [asking, setAsking] = useState(false)
  const report = useCallback((value: boolean) => {
    dirty.current = value
  }, [])
  const requestClose = () => (dirty.current ? setAsking(true) : onClose())
  useTypeAhead(opened)

  // Capture phase: the field's dropdown is still open (aria-expanded) when the dialog looks.
  useWindowEvent(
    'keydown',
    (event) => {
      if (!opened || asking || event.key !== 'Escape' || event.isComposing) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest('[aria-expanded="true"], [data-position]')) return
      requestClose()
    },
    { capture: true },
  )

  return (
    <>
      <Modal opened={opened} onClose={requestClose} closeOnEscape={false} title={title} {...props}>
        <GuardContext.Provider value={report}>{children}</GuardContext.Provider>
      </Modal>
      <Modal opened={asking} onClose={() => setAsking(false)} title="Discard what you typed?" size="sm" zIndex={400}>
        <Stack gap="md">
          <Text size="sm">What you typed in “{title}” is not saved yet. Discard it, or keep editing?</Text>
          <Group justify="flex-end">
            <Button variant="default" data-autofocus onClick={() => setAsking(false)}>
              Keep editing
            </Button>
            <Button
              color="red"
              onClick={() => {
                setAsking(false)
                dirty.current = false
                onClose()
              }}
            >
              Discard
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
