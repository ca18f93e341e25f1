// Page steps of the seeker's self-registration, shared by journeys: fill the public form,
// read the one-time code from the ADMIN 短信发件箱 (the development provider keeps texts).
import { createSeededRandom, generateIdNumber, generatePhone, maskPhone } from "@xiezuo/contracts";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const WAIT = { timeout: 20_000, interval: 100 };
const random = createSeededRandom((Date.now() + 11) % 2 ** 31);

export interface NewPerson {
  name: string;
  idNumber: string;
  phone: string;
}

/** A person the registry has never seen: a valid, fresh ID number and mobile number. */
export function newPerson(name: string, birthDate: string): NewPerson {
  return {
    name,
    idNumber: generateIdNumber({ regionCode: "433126", birthDate, gender: "FEMALE" }, random),
    phone: generatePhone(random),
  };
}

/** Step 1 of /fairs/:id/register, up to "验证码已发到 <masked phone>". */
export async function fillRegistration(page: Page, person: NewPerson): Promise<void> {
  await page.getByLabel("姓名").fill(person.name);
  await page.getByLabel("身份证号").fill(person.idNumber);
  await page.getByLabel("手机号").fill(person.phone);
  await page.getByLabel("我已读过，同意报名").check();
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect.poll(() => page.getByText("验证码已发到").textContent(), WAIT).toContain(maskPhone(person.phone));
}

/** The newest code sent to `phone`, as an ADMIN (signed in on `adminPage`) reads it in 短信发件箱. */
export async function readCodeFromOutbox(adminPage: Page, baseUrl: string, phone: string): Promise<string> {
  await adminPage.goto(`${baseUrl}/notifications`);
  await adminPage.getByRole("button", { name: "验证码", exact: true }).click();
  const item = adminPage
    .getByTestId("outbox-item")
    .filter({ hasText: maskPhone(phone) })
    .first();
  await expect.poll(() => item.isVisible(), WAIT).toBe(true);
  const text = (await item.getByTestId("outbox-text").textContent()) ?? "";
  const code = /验证码\D{0,3}(\d{6})/.exec(text)?.[1];
  expect(code, text).toMatch(/^\d{6}$/);
  return code!;
}
