// Synthetic seekers for the matching benchmark, bulk-written with placeholder ciphertexts
// (no real or realistic personal numbers: the bench measures matching, not sealing).
import crypto from "node:crypto";
import { createSeededRandom } from "@xiezuo/contracts";
import type { Db } from "../../../apps/api/src/lib/prisma.ts";

const SKILLS = ["电焊", "普工", "叉车", "开车", "做饭", "电工", "缝纫", "保安", "仓库", "包装", "质检", "养猪", "采茶", "装卸"];
const CITIES = ["济南", "青岛", "长沙", "吉首", "古丈", "淄博", "烟台"];

export interface SyntheticSeeker {
  id: string;
  name: string;
  idNumberCipher: Uint8Array<ArrayBuffer>;
  idNumberHash: string;
  idNumberMasked: string;
  phoneCipher: Uint8Array<ArrayBuffer>;
  phoneHash: string;
  phoneMasked: string;
  gender: "MALE" | "FEMALE";
  birthDate: Date;
  skills: string[];
  preferredCities: string[];
  expectedWageMin: number | null;
  needsLodging: boolean;
  homeRegionCode: string;
  consentAt: Date;
}

export function buildSyntheticSeekers(count: number, seed = 11): SyntheticSeeker[] {
  const random = createSeededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const placeholder = new Uint8Array(new ArrayBuffer(16));
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    name: `压测${i}`,
    idNumberCipher: placeholder,
    idNumberHash: `bench-id-${i}`,
    idNumberMasked: "4331**********0000",
    phoneCipher: placeholder,
    phoneHash: `bench-phone-${i}`,
    phoneMasked: "138****0000",
    gender: random() < 0.55 ? "MALE" : "FEMALE",
    birthDate: new Date(Date.UTC(1960 + Math.floor(random() * 46), Math.floor(random() * 12), 1 + Math.floor(random() * 28))),
    skills: random() < 0.15 ? [] : [pick(SKILLS), ...(random() < 0.3 ? [pick(SKILLS)] : [])],
    preferredCities: random() < 0.2 ? [] : [pick(CITIES)],
    expectedWageMin: random() < 0.3 ? null : 3000 + Math.floor(random() * 50) * 100,
    needsLodging: random() < 0.5,
    homeRegionCode: "433126",
    consentAt: new Date(),
  }));
}

export async function writeSyntheticSeekers(db: Db, seekers: readonly SyntheticSeeker[]): Promise<void> {
  for (let i = 0; i < seekers.length; i += 5_000) await db.seeker.createMany({ data: seekers.slice(i, i + 5_000) });
}

/** Varies the hard requirements, so the filters have work to do. */
export function varyRequirements<T extends { gender: string; ageMin: number | null; ageMax: number | null }>(
  positions: T[],
  seed = 5,
): T[] {
  const random = createSeededRandom(seed);
  return positions.map((p) => {
    const ageMin = random() < 0.3 ? null : 16 + Math.floor(random() * 20);
    return {
      ...p,
      gender: random() < 0.7 ? "ANY" : random() < 0.5 ? "MALE" : "FEMALE",
      ageMin,
      ageMax: random() < 0.3 ? null : (ageMin ?? 16) + 10 + Math.floor(random() * 30),
    };
  });
}
