import type { ManagedUser } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { describeToggleAction, describeToggleResult, replaceUser } from "./user-status-model.ts";

const ME = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";

function user(id: string, patch: Partial<ManagedUser> = {}): ManagedUser {
  return {
    id,
    username: `user-${id.slice(-1)}`,
    role: "STAFF",
    employerId: null,
    organisationId: null,
    displayName: null,
    disabled: false,
    ...patch,
  };
}

describe("describeToggleAction", () => {
  it("offers 停用 for an active account, with the plain warning", () => {
    const action = describeToggleAction(user(OTHER, { displayName: "李工" }), ME);
    expect(action).toMatchObject({ nextDisabled: true, label: "停用", blockedReason: null });
    expect(action.confirmTitle).toBe("停用账号「李工（user-2）」？");
    expect(action.confirmBody).toContain("停用后该账号立即退出登录，不能再登录");
  });

  it("offers 启用 for a disabled account", () => {
    expect(describeToggleAction(user(OTHER, { disabled: true }), ME)).toMatchObject({
      nextDisabled: false,
      label: "启用",
      confirmTitle: "启用账号「user-2」？",
      blockedReason: null,
    });
  });

  it("blocks disabling one's own account", () => {
    expect(describeToggleAction(user(ME), ME).blockedReason).toBe("不能停用自己的账号");
  });
});

describe("describeToggleResult", () => {
  it("names the account and what changed", () => {
    expect(describeToggleResult(user(OTHER, { disabled: true, displayName: "李工" }))).toBe("已停用「李工」，该账号已退出登录。");
    expect(describeToggleResult(user(OTHER))).toBe("已启用「user-2」，该账号可以重新登录。");
  });
});

describe("replaceUser", () => {
  it("swaps only the updated account and keeps the order", () => {
    const list = [user(ME), user(OTHER)];
    const next = replaceUser(list, user(OTHER, { disabled: true }));
    expect(next.map((u) => [u.id, u.disabled])).toEqual([
      [ME, false],
      [OTHER, true],
    ]);
    expect(list[1]?.disabled).toBe(false);
  });
});
