import { type CreateEmployerRequest, type Employer, EmployerResponseSchema } from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export async function createEmployer(request: CreateEmployerRequest): Promise<Employer> {
  const { employer } = await requestJson("/api/employers", EmployerResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: { CONFLICT: "这个统一社会信用代码已经登记过了", VALIDATION_FAILED: "填写的内容有误，请按提示修改" },
  });
  return employer;
}
