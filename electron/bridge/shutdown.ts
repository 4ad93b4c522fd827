/** What the bridge CLI stops on Ctrl-C or SIGTERM. */
export type Running = { store: { close(): Promise<void> }; bridge: { close(): Promise<void> }; reminders: { stop(): void } }
export type ShutdownDeps = { exit: (code: number) => void; log: (message: string) => void }

/**
 * The signal handler: never rejects (a rejection in a signal listener is unhandled and ends the
 * process with a stack trace). A save that fails while stopping (a full disk) is said in words,
 * and the exit code tells a supervisor that changes were not saved.
 */
export function shutdownOnSignal(running: Running, deps: ShutdownDeps): () => Promise<void> {
  let stopping: Promise<void> | undefined
  const stop = async () => {
    running.reminders.stop()
    let code = 0
    try {
      await running.store.close()
    } catch (error) {
      code = 1
      deps.log(`Kith stopped without saving its latest changes: ${(error as Error).message}`)
    }
    await running.bridge.close().catch(() => undefined)
    deps.exit(code)
  }
  // A second signal while stopping waits for the first stop rather than starting another.
  return () => (stopping ??= stop())
}
