import { notifications } from '@mantine/notifications'

export function notifyError(title: string, error: unknown) {
  notifications.show({ color: 'red', title, message: error instanceof Error ? error.message : String(error), autoClose: 8_000 })
}

export function notifySaved(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 3_000 })
}
