import { type BadgeResponse, type CreateSeekerRequest, parseIdNumber, type Seeker, type SeekerListQuery } from "@xiezuo/contracts";
import type { AuthUser } from "../../http/auth-context.ts";
import { AppError, notFound } from "../../lib/app-error.ts";
import type { BadgeTokens } from "../../lib/badge-token.ts";
import type { Clock } from "../../lib/clock.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import { hashIdNumber, sealIdentity } from "../../lib/personal-data.ts";
import { PLATFORM_SCOPE, type Scope } from "../../lib/scope.ts";
import { toSeeker } from "./seeker-view.ts";
import type { SeekerRow, SeekersRepository } from "./seekers.repository.ts";

const invalidBadge = () =>
  new AppError("VALIDATION_FAILED", "二维码胸牌无效或已被篡改", { issues: [{ path: ["body", "badgeToken"], message: "胸牌无效" }] });

export function createSeekersService(deps: {
  seekers: SeekersRepository;
  fieldCrypto: FieldCrypto;
  badgeTokens: BadgeTokens;
  clock: Clock;
}) {
  const { seekers, fieldCrypto, badgeTokens, clock } = deps;

  async function getRow(id: string, scope: Scope): Promise<SeekerRow> {
    const row = await seekers.findById(id, scope);
    if (!row) throw notFound("求职者");
    return row;
  }

  const toBadge = (row: SeekerRow): BadgeResponse => ({
    token: badgeTokens.sign(row.id),
    seeker: { id: row.id, name: row.name, idNumberMasked: row.idNumberMasked },
  });

  return {
    async createSeeker(input: CreateSeekerRequest): Promise<Seeker> {
      if (input.householdCode !== undefined) {
        if (!(await seekers.findHouseholdByCode(input.householdCode))) {
          throw new AppError("VALIDATION_FAILED", "户编号不在已导入的户籍名单中", {
            issues: [{ path: ["body", "householdCode"], message: "户编号不存在" }],
          });
        }
      }
      const { gender, birthDate } = parseIdNumber(input.idNumber);
      const result = await seekers.createOrLink({
        name: input.name,
        ...sealIdentity(fieldCrypto, { idNumber: input.idNumber, phone: input.phone }),
        gender,
        birthDate: new Date(`${birthDate}T00:00:00.000Z`),
        householdCode: input.householdCode ?? null,
        homeRegionCode: input.homeRegionCode,
        education: input.education ?? null,
        skills: input.skills ?? [],
        preferredCities: input.preferredCities ?? [],
        jobFamilies: [...new Set(input.jobFamilies ?? [])],
        expectedWageMin: input.expectedWageMin ?? null,
        needsLodging: input.needsLodging ?? false,
        consentAt: clock.now(),
      });
      if ("existingId" in result) {
        throw new AppError("CONFLICT", "该身份证号已登记", { extra: { existingId: result.existingId } });
      }
      return toSeeker(result.created);
    },

    /**
     * EMPLOYER sees only seekers with an intent on one of its positions; a bureau those of its
     * scope (seeker-scope.ts); others do not exist for them.
     */
    async getSeeker(id: string, viewer: AuthUser, scope: Scope): Promise<Seeker> {
      const row = await getRow(id, viewer.role === "EMPLOYER" ? PLATFORM_SCOPE : scope);
      if (viewer.role === "EMPLOYER") {
        if (!viewer.employerId || !(await seekers.hasIntentOnEmployerPosition(id, viewer.employerId))) throw notFound("求职者");
      }
      return toSeeker(row);
    },

    async lookupByIdNumber(idNumber: string, scope: Scope): Promise<Seeker> {
      const row = await seekers.findByIdNumberHash(hashIdNumber(fieldCrypto, idNumber), scope);
      if (!row) throw notFound("求职者");
      return toSeeker(row);
    },

    /** The seeker id for a typed ID number, or null when nobody is registered with it. */
    async findSeekerIdByIdNumber(idNumber: string): Promise<string | null> {
      return seekers.findIdByIdNumberHash(hashIdNumber(fieldCrypto, idNumber));
    },

    async listSeekers(query: SeekerListQuery, scope: Scope) {
      const { seekers: rows, total } = await seekers.list(query, scope);
      return { seekers: rows.map(toSeeker), total };
    },

    async unmask(id: string, reason: string, actor: AuthUser, scope: Scope): Promise<{ idNumber: string; phone: string }> {
      const sealed = await seekers.unsealWithAudit(id, { actorUserId: actor.id, reason }, scope);
      if (!sealed) throw notFound("求职者");
      return { idNumber: fieldCrypto.decrypt(sealed.idNumberCipher), phone: fieldCrypto.decrypt(sealed.phoneCipher) };
    },

    getBadge: async (id: string, scope: Scope): Promise<BadgeResponse> => toBadge(await getRow(id, scope)),

    async getBadges(ids: string[], scope: Scope): Promise<BadgeResponse[]> {
      const rows = new Map((await seekers.findManyByIds([...new Set(ids)], scope)).map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toBadge(row)] : [];
      });
    },

    /** The seeker id inside a badge; a forged or altered badge is the client's error (400). */
    seekerIdFromBadge(token: string): string {
      const id = badgeTokens.verify(token);
      if (!id) throw invalidBadge();
      return id;
    },

    async resolveBadge(token: string, scope: Scope): Promise<Seeker> {
      const id = badgeTokens.verify(token);
      if (!id) {
        throw new AppError("VALIDATION_FAILED", "二维码胸牌无效或已被篡改", { issues: [{ path: ["body", "token"], message: "胸牌无效" }] });
      }
      return toSeeker(await getRow(id, scope));
    },
  };
}

export type SeekersService = ReturnType<typeof createSeekersService>;
