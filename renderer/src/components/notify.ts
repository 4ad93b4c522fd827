import { notifications } from '@mantine/notifications'

export function notifyError(title: string, error: unknown) {
  notifications.show({ color: 'red', title, message: error instanceof Error ? error.message : String(error), autoClose: 8_000 })
}

export function notifySaved(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 3_000 })
}

/** Runs a one-click action and says how it went: `done` when it worked, `failed` and the reason when not. Resolves true when it worked. */
export async function attemptWithNotice(action: () => Promise<unknown>, done: string, failed: string): Promise<boolean> {
  try {
    await action()
    notifySaved(done)
    return true
  } catch (error) {
    notifyError(failed, error)
    return false
  }
}
