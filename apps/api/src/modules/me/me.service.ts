// The signed-in job seeker's own view. Every method takes the seeker id from the session,
// never from the request, so a seeker can only ever reach their own record.
import type {
  MyBadgeResponse,
  MyIntent,
  MyIntentsResponse,
  MyInterestRequest,
  MyInterestResponse,
  MyMatchesResponse,
  MySeekerResponse,
} from "@xiezuo/contracts";
import type { AuthUser } from "../../http/auth-context.ts";
import { notFound } from "../../lib/app-error.ts";
import { PLATFORM_SCOPE } from "../../lib/scope.ts";
import type { IntentsService } from "../intents/index.ts";
import type { MatchingService } from "../matching/index.ts";
import type { SeekersService } from "../seekers/index.ts";
import type { MeRepository, MyFairRow, MyIntentRow } from "./me.repository.ts";

function toMyIntent(row: MyIntentRow): MyIntent {
  return {
    id: row.id,
    positionId: row.positionId,
    fairId: row.fairId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    position: { title: row.position.title, employerName: row.position.employer.name, city: row.position.city },
  };
}

const toMyFair = (row: MyFairRow) => ({
  fairId: row.fairId,
  title: row.title,
  venue: row.venue,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  status: row.status,
  registeredAt: row.registeredAt.toISOString(),
  checkedInAt: row.checkedInAt?.toISOString() ?? null,
});

/** A SEEKER user always carries its seeker; one without is broken data, answered as missing. */
function ownSeekerId(user: AuthUser): string {
  if (!user.seekerId) throw notFound("求职者");
  return user.seekerId;
}

export function createMeService(deps: {
  me: MeRepository;
  seekers: Pick<SeekersService, "getSeeker" | "getBadge">;
  matching: Pick<MatchingService, "matchPositionsForSeeker">;
  intents: Pick<IntentsService, "createIntent">;
}) {
  const { me, seekers, matching, intents } = deps;

  async function loadMyIntent(id: string): Promise<MyIntent> {
    const row = await me.findIntent(id);
    if (!row) throw notFound("就业意向");
    return toMyIntent(row);
  }

  return {
    async getSeeker(user: AuthUser): Promise<MySeekerResponse> {
      const id = ownSeekerId(user);
      const [seeker, fairs] = await Promise.all([seekers.getSeeker(id, user, PLATFORM_SCOPE), me.listFairs(id)]);
      return { seeker, fairs: fairs.map(toMyFair) };
    },

    /** The same signed token as a printed badge, so the desk checks it in like any other. */
    async getBadge(user: AuthUser): Promise<MyBadgeResponse> {
      const badge = await seekers.getBadge(ownSeekerId(user), PLATFORM_SCOPE);
      return { token: badge.token, name: badge.seeker.name };
    },

    async getMatches(user: AuthUser, limit: number): Promise<MyMatchesResponse> {
      const seekerId = ownSeekerId(user);
      const upcoming = (await me.listFairs(seekerId)).filter((f) => f.status !== "CLOSED").map((f) => f.fairId);
      const { matches } = await matching.matchPositionsForSeeker(seekerId, limit, PLATFORM_SCOPE, upcoming);
      const rows = new Map((await me.findPositionHits(matches.map((m) => m.positionId))).map((row) => [row.id, row]));
      return {
        matches: matches.flatMap((match) => {
          const row = rows.get(match.positionId);
          if (!row) return [];
          const { employer, fairs, ...position } = row;
          return [
            {
              ...match,
              position: { ...position, employerName: employer.name, employerKind: employer.kind, fairIds: fairs.map((f) => f.fairId) },
            },
          ];
        }),
      };
    },

    /** The same rules as a booth's intent (open fair, linked and open position); a repeat is a duplicate. */
    async addInterest(user: AuthUser, input: MyInterestRequest): Promise<MyInterestResponse> {
      const seekerId = ownSeekerId(user);
      const { intent, duplicate } = await intents.createIntent(
        { positionId: input.positionId, fairId: input.fairId, seekerId },
        { userId: user.id, role: "SEEKER", employerId: null, scope: PLATFORM_SCOPE },
      );
      return { intent: await loadMyIntent(intent.id), duplicate };
    },

    async listIntents(user: AuthUser): Promise<MyIntentsResponse> {
      return { intents: (await me.listIntents(ownSeekerId(user))).map(toMyIntent) };
    },
  };
}

export type MeService = ReturnType<typeof createMeService>;
