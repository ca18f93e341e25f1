// A unit of work: the one transaction a change, its outbox events and its messages commit in.
// Services and other modules hold it as an opaque handle and only pass it on; repositories
// alone open one (runUnitOfWork) and see the Prisma transaction inside (prismaOf).
import type { Db, Prisma } from "../../lib/prisma.ts";

declare const unitOfWork: unique symbol;

/** An open transaction, opaque outside repositories: pass it on, never look inside. */
export type UnitOfWork = { readonly [unitOfWork]: true };

/** For a repository that opened the transaction itself (db.$transaction) and hands it on. */
export function asUnitOfWork(tx: Prisma.TransactionClient): UnitOfWork {
  return tx as unknown as UnitOfWork;
}

/** The Prisma transaction behind a unit of work: repositories only. */
export function prismaOf(work: UnitOfWork): Prisma.TransactionClient {
  return work as unknown as Prisma.TransactionClient;
}

/** Runs `work` in a new transaction: all of it commits, or none of it. */
export function runUnitOfWork<T>(
  db: Db,
  work: (uow: UnitOfWork, tx: Prisma.TransactionClient) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  return db.$transaction((tx) => work(asUnitOfWork(tx), tx), options);
}
