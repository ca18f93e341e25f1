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
import { verificationCodeText } from "../notifications/index.ts";
import type { SeekersService } from "../seekers/index.ts";
import { generateVerificationCode, hashVerificationCode, isVerificationCode } from "./registration-code.ts";
import type { RegistrationRow, RegistrationsRepository } from "./registrations.repository.ts";
import type { SeekerUser } from "./seeker-link.ts";

export const CODE_TTL_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;
/** Fixed windows shared by every API process (rate_limits table). */
export const REGISTRATION_LIMITS = {
  windowMs: 10 * 60_000,
  /** Generous: a fair's Wi-Fi or a carrier's NAT puts many honest phones behind one address. */
  perIp: 20,
  /** Each request sends an SMS to that phone: a few resends, never a flood. */
  perPhone: 3,
} as const;

function codeRefused(message: string): AppError {
  return new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "code"], message }] });
}
const UNUSABLE = "验证码无效或已使用，请重新报名获取新验证码";
const EXPIRED = "验证码已过期，请重新报名获取新验证码";
const LOCKED = "验证码输错次数过多，请重新报名获取新验证码";

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
  rateLimits: RateLimitStore;
  fieldCrypto: FieldCrypto;
  clock: Clock;
}) {
  const { registrations, seekers, sessions, rateLimits, fieldCrypto, clock } = deps;

  /** Counts the request first (atomic upsert), so concurrent requests can never all slip under the limit. */
  async function consume(key: string, max: number): Promise<void> {
    const state = await rateLimits.hit(key, REGISTRATION_LIMITS.windowMs);
    if (state.count <= max) return;
    const minutes = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 60_000));
    throw new AppError("RATE_LIMITED", `提交过于频繁，请 ${minutes} 分钟后再试`);
  }

  /** Why a code can no longer be used, read after a claim or a guess found the row changed. */
  async function refusalFor(id: string): Promise<AppError> {
    const row = await registrations.findForVerification(id);
    if (row && !row.confirmedAt && row.failedAttempts >= MAX_CODE_ATTEMPTS) return new AppError("RATE_LIMITED", LOCKED);
    if (row && !row.confirmedAt && row.codeExpiresAt <= clock.now()) return codeRefused(EXPIRED);
    return codeRefused(UNUSABLE);
  }

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

    /** The right code, in time, within the tries: the seeker is created or linked and signed in. */
    async verify(id: string, code: string): Promise<{ token: string; user: SeekerUser }> {
      const row = await registrations.findForVerification(id);
      if (!row || row.confirmedAt) throw codeRefused(UNUSABLE);
      if (row.failedAttempts >= MAX_CODE_ATTEMPTS) throw new AppError("RATE_LIMITED", LOCKED);
      const now = clock.now();
      if (row.codeExpiresAt <= now) throw codeRefused(EXPIRED);
      if (!isVerificationCode(fieldCrypto, id, code, row.codeHash)) {
        const attempts = await registrations.recordFailedAttempt(id, MAX_CODE_ATTEMPTS);
        if (attempts === null) throw await refusalFor(id);
        const left = MAX_CODE_ATTEMPTS - attempts;
        throw codeRefused(left > 0 ? `验证码不正确，还可再试 ${left} 次` : LOCKED);
      }
      const outcome = await registrations.claim(id, { by: "code", now, maxAttempts: MAX_CODE_ATTEMPTS }, { withUser: true });
      if (!outcome?.user) throw await refusalFor(id);
      const { token } = await sessions.startSession(outcome.user.id);
      return { token, user: outcome.user };
    },

    async list(fairId: string, query: RegistrationListQuery): Promise<RegistrationListResponse> {
      if (!(await registrations.findFair(fairId))) throw notFound("招聘会");
      const { registrations: rows, total } = await registrations.list(fairId, query);
      return { registrations: rows.map(toRegistration), total };
    },

    /**
     * The desk has seen the ID card: no code needed. Confirming twice (a double tap, two
     * desks) answers the first confirmation again.
     */
    async confirmAtDesk(id: string, actor: AuthUser): Promise<ConfirmRegistrationResponse> {
      await registrations.claim(id, { by: "desk", now: clock.now() }, { withUser: false });
      const row = await registrations.findView(id);
      if (!row) throw notFound("报名记录");
      if (!row.seekerId) throw new Error(`registration ${id} confirmed without a seeker`);
      return { registration: toRegistration(row), seeker: await seekers.getSeeker(row.seekerId, actor) };
    },
  };
}

export type RegistrationsService = ReturnType<typeof createRegistrationsService>;
