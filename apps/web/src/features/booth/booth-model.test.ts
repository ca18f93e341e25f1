import type { Intent, IntentStatus } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { countCandidates, describePerson, filterCandidates, getBoothActions } from "./booth-model.ts";

function intent(status: IntentStatus): Intent {
  return {
    id: crypto.randomUUID(),
    seekerId: crypto.randomUUID(),
    positionId: crypto.randomUUID(),
    fairId: null,
    status,
    createdAt: "2026-05-20T02:00:00.000Z",
    updatedAt: "2026-05-20T02:00:00.000Z",
    position: { id: crypto.randomUUID(), title: "焊工", employerId: crypto.randomUUID(), employerName: "济南重汽" },
    seeker: {
      id: crypto.randomUUID(),
      name: "向秀兰",
      idNumberMasked: "433126********123X",
      phoneMasked: "138****5678",
      gender: "FEMALE",
      age: 36,
      povertyStatus: null,
    },
  };
}

describe("booth actions", () => {
  it("offers interview, hire and decline while open, and nothing once final", () => {
    expect(getBoothActions("INTENDED").map((a) => a.label)).toEqual(["面试", "录用", "未录用"]);
    expect(getBoothActions("INTERVIEWED").map((a) => a.label)).toEqual(["录用", "未录用"]);
    expect(getBoothActions("OFFERED").map((a) => a.label)).toEqual(["录用", "未录用"]);
    for (const final of ["HIRED", "DECLINED", "WITHDRAWN"] as const) expect(getBoothActions(final)).toEqual([]);
  });
});

describe("candidate filters", () => {
  const list = (["INTENDED", "INTERVIEWED", "HIRED", "DECLINED", "WITHDRAWN", "OFFERED"] as const).map(intent);

  it("groups open, hired and closed candidates", () => {
    expect(countCandidates(list)).toEqual({ ALL: 6, OPEN: 3, HIRED: 1, CLOSED: 2 });
    expect(filterCandidates(list, "CLOSED").map((i) => i.status)).toEqual(["DECLINED", "WITHDRAWN"]);
    expect(filterCandidates(list, "ALL")).toHaveLength(6);
  });

  it("describes a person without personal numbers", () => {
    expect(describePerson(intent("INTENDED").seeker)).toBe("女 · 36岁");
  });
});
