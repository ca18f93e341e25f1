// The shape the outbox relay (issue 3a) hands to the search index. Positions carry
// no personal data and the index must stay that way: keep this type free of it.
export type EmployerKind = "SOE" | "PRIVATE" | "FOREIGN" | "PUBLIC" | "OTHER";

export interface PositionForIndex {
  id: string;
  title: string;
  description: string;
  tags: string[];
  openings: number;
  wageMin: number;
  wageMax: number;
  city: string;
  foodProvided: boolean;
  lodgingProvided: boolean;
  ageMin: number | null;
  ageMax: number | null;
  gender: "ANY" | "MALE" | "FEMALE";
  status: "OPEN" | "CLOSED";
  updatedAt: Date;
  employer: { id: string; name: string; shortName: string | null; kind: EmployerKind; city: string };
  fairIds: string[];
}

export interface PositionIndex {
  /** Creates the index and applies settings (idempotent); waits for the tasks. */
  ensureReady(): Promise<void>;
  /** Adds or replaces positions (CLOSED ones are removed); resolves once searchable. */
  upsert(positions: PositionForIndex[]): Promise<void>;
  /** Removes positions by id; resolves once they are gone. */
  remove(ids: string[]): Promise<void>;
  /** Full rebuild into a fresh index, swapped in atomically. */
  replaceAll(positions: PositionForIndex[]): Promise<void>;
}
