import crypto from "node:crypto";
import type {
  ConfirmRegistrationResponse,
  PublicRegistrationRequest,
  Registration,
  RegistrationAccepted,
  RegistrationListQuery,
  RegistrationListResponse,
} from "@xiezuo/contracts";
import type { AuthUser } from "../../http/auth-context.ts";
import { AppError, notFound } from "../../lib/app-error.ts";
import type { Clock } from "../../lib/clock.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import { sealIdentity } from "../../lib/personal-data.ts";
import type { RateLimitStore } from "../../lib/rate-limit-store.ts";
import { PLATFORM_SCOPE, type Scope } from "../../lib/scope.ts";
import { verificationCodeText } from "../notifications/index.ts";
import type { SeekersService } from "../seekers/index.ts";
import { CODE_REQUEST_LIMITS, CODE_TTL_MS, type CodeRedemption, consumeCodeRequest, redeemCode } from "./one-time-code.ts";
import { generateVerificationCode, hashVerificationCode } from "./registration-code.ts";
import type { RegistrationRow, RegistrationsRepository } from "./registrations.repository.ts";
import type { SeekerUser } from "./seeker-user.repository.ts";

/** Fixed windows shared by every API process (rate_limits table); phone sign-ins count apart. */
export const REGISTRATION_LIMITS = CODE_REQUEST_LIMITS;

const REFUSALS = {
  unusable: "验证码无效或已使用，请重新报名获取新验证码",
  expired: "验证码已过期，请重新报名获取新验证码",
  locked: "验证码输错次数过多，请重新报名获取新验证码",
};

export function toRegistration(row: RegistrationRow): Registration {
  return {
    id: row.id,
    fairId: row.fairId,
    name: row.name,
    idNumberMasked: row.idNumberMasked,
    phoneMasked: row.phoneMasked,
    createdAt: row.createdAt.toISOString(),
    codeExpiresAt: row.codeExpiresAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    seekerId: row.seekerId,
    reviewNote: row.reviewNote,
  };
}

export function createRegistrationsService(deps: {
  registrations: RegistrationsRepository;
  seekers: Pick<SeekersService, "getSeeker">;
  sessions: { startSession(userId: string): Promise<{ token: string }> };
  /** Phone sign-ins answer at the same verification path; null: the id is not one of theirs. */
  signIns?: { verify(id: string, code: string): Promise<{ token: string; user: SeekerUser } | null> };
  rateLimits: RateLimitStore;
  fieldCrypto: FieldCrypto;
  clock: Clock;
}) {
  const { registrations, seekers, sessions, rateLimits, fieldCrypto, clock } = deps;
  const consume = (key: string, max: number) => consumeCodeRequest(rateLimits, key, max);

  const byCode: CodeRedemption<SeekerUser> = {
    async read(id) {
      const row = await registrations.findForVerification(id);
      return row && { ...row, spent: row.confirmedAt !== null };
    },
    recordFailedAttempt: (id, maxAttempts) => registrations.recordFailedAttempt(id, maxAttempts),
    async claim(id, now, maxAttempts) {
      const outcome = await registrations.claim(id, { by: "code", now, maxAttempts }, { withUser: true });
      return outcome?.user ?? null;
    },
  };

  return {
    /**
     * Never looks at whether the person is known: a known and an unknown ID number get the
     * same answer and the same SMS, so the endpoint cannot be used to probe the registry.
     */
    async register(fairId: string, input: PublicRegistrationRequest, client: { ip: string }): Promise<RegistrationAccepted> {
      await consume(`registration:ip:${client.ip}`, REGISTRATION_LIMITS.perIp);
      const sealed = sealIdentity(fieldCrypto, { idNumber: input.idNumber, phone: input.phone });
      await consume(`registration:phone:${sealed.phoneHash}`, REGISTRATION_LIMITS.perPhone);
      const fair = await registrations.findFair(fairId);
      if (!fair) throw notFound("招聘会");
      if (fair.status === "CLOSED") throw new AppError("FAIR_NOT_OPEN", "招聘会已结束，不能再报名");

      const id = crypto.randomUUID();
      const code = generateVerificationCode();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
      await registrations.createWithMessage(
        {
          id,
          fairId,
          name: input.name,
          ...sealed,
          householdCode: input.householdCode ?? null,
          preferredCities: input.preferredCities ?? [],
          jobFamilies: [...new Set(input.jobFamilies ?? [])],
          expectedWageMin: input.expectedWageMin ?? null,
          consentAt: now,
          codeHash: hashVerificationCode(fieldCrypto, id, code),
          codeExpiresAt: expiresAt,
        },
        {
          kind: "VERIFICATION_CODE",
          registrationId: id,
          phoneMasked: sealed.phoneMasked,
          text: verificationCodeText({ code, fairTitle: fair.title }),
        },
      );
      return { verificationId: id, expiresAt: expiresAt.toISOString(), phoneMasked: sealed.phoneMasked };
    },

    /**
     * The right code, in time, within the tries: the seeker is created or linked and signed in.
     * An id that is no registration may be a phone sign-in's (same path, same answers).
     */
    async verify(id: string, code: string): Promise<{ token: string; user: SeekerUser }> {
      const signedIn = await deps.signIns?.verify(id, code);
      if (signedIn) return signedIn;
      const user = await redeemCode(byCode, id, code, { fieldCrypto, clock, refusals: REFUSALS });
      const { token } = await sessions.startSession(user.id);
      return { token, user };
    },

    async list(fairId: string, query: RegistrationListQuery, scope: Scope): Promise<RegistrationListResponse> {
      if (!(await registrations.findFairInScope(fairId, scope))) throw notFound("招聘会");
      const { registrations: rows, total } = await registrations.list(fairId, query);
      return { registrations: rows.map(toRegistration), total };
    },

    /**
     * The desk has seen the ID card: no code needed. Confirming twice (a double tap, two
     * desks) answers the first confirmation again.
     */
    async confirmAtDesk(id: string, actor: AuthUser, scope: Scope): Promise<ConfirmRegistrationResponse> {
      // The desk of the fair (host, partner, platform) confirms; the person it registered is
      // then the desk's to see, wherever the person's home lies.
      if (!(await registrations.registrationInScope(id, scope))) throw notFound("报名记录");
      await registrations.claim(id, { by: "desk", now: clock.now() }, { withUser: false });
      const row = await registrations.findView(id);
      if (!row) throw notFound("报名记录");
      if (!row.seekerId) throw new Error(`registration ${id} confirmed without a seeker`);
      return { registration: toRegistration(row), seeker: await seekers.getSeeker(row.seekerId, actor, PLATFORM_SCOPE) };
    },
  };
}

export type RegistrationsService = ReturnType<typeof createRegistrationsService>;
