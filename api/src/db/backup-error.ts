/** A refusal or failure of `pnpm backup` or `pnpm restore`: the message says what happened and what to do. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
