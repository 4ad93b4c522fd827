/**
 * The child of the crash test: opens the journal with the real service, then saves in
 * a loop (three writers at once, so saves coalesce) until it is SIGKILLed. It prints
 * `add <id>` / `del <id>` only after the service acknowledged the change; stdout to a
 * pipe is synchronous on Linux, so a printed line survives the kill.
 */
import { openJournal } from '../../../electron/main/journal/openJournal'

async function main() {
  const [path, run] = process.argv.slice(2) as [string, string]
  const { handlers } = await openJournal(path)
  process.stdout.write('ready\n')
  let n = 0
  const writer = async () => {
    for (;;) {
      const person = await handlers['people:create']({ name: `Run ${run} person ${n++}`, notes: 'Met at the crash-test mixer.' })
      process.stdout.write(`add ${person.id}\n`)
      if (n % 5 === 0) {
        await handlers['people:delete']({ id: person.id })
        process.stdout.write(`del ${person.id}\n`)
      }
    }
  }
  await Promise.all([writer(), writer(), writer()])
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exit(1)
})
