import { hasBackupOn, takeBackup, type BackupReason, type Retention } from './backups'

/**
 * When the store backs up on its own: before the first save of each day, and before the first
 * save of each run of Kith, so a journal damaged later that day reopens at this run's start.
 */
export class RunBackups {
  private checkedOn = ''
  private takenThisRun = false

  constructor(
    private readonly path: string,
    private readonly now: () => Date,
    private readonly retention: () => Retention,
  ) {}

  /** Takes a backup now; one taken before this run's first save holds what the run found, so it is this run's backup. */
  async take(reason: BackupReason, { beforeFirstSave }: { beforeFirstSave: boolean }): Promise<string | undefined> {
    const file = await takeBackup(this.path, reason, this.retention(), { now: this.now })
    if (file && beforeFirstSave) this.takenThisRun = true
    return file
  }

  /** Called before each save of a journal whose file on disk is good. A failed backup never stops the save. */
  async beforeSave(): Promise<void> {
    const today = this.now().toISOString().slice(0, 10)
    try {
      if (this.checkedOn !== today) {
        if (!(await hasBackupOn(this.path, today))) await this.take('daily', { beforeFirstSave: true })
        this.checkedOn = today
      }
      if (!this.takenThisRun) await this.take('first-change', { beforeFirstSave: true })
    } catch {
      // The next save tries again.
    }
  }
}
