import type { Db, Tx } from './client.js';

/** Runs one use case in one transaction: the change and its audit event commit together or not at all. */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
