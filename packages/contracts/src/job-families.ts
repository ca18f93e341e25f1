// The words a person may choose for "what work do you want" (想做什么工作): the names of
// the job families of the API's search dictionary (apps/api/src/modules/search/job-families.ts),
// in its order, common factory and service work first. Kept here so the web app can offer
// them as chips without a request (the desk works offline) and every request is checked
// against them by its schema. A unit test in the API keeps both lists equal.
import { z } from "zod";

export const JOB_FAMILY_NAMES = [
  "焊工",
  "普工",
  "叉车工",
  "司机",
  "电工",
  "质检员",
  "数控/机床",
  "厨师",
  "电子装配",
  "仓管",
  "保安",
  "包装工",
  "保洁",
  "客服/销售",
  "服务员",
  "快递/分拣",
  "建筑工",
  "缝纫/制衣",
  "纺织",
  "护理/护工",
  "家政/育婴",
  "茶叶",
  "种植/果园",
  "养殖",
  "绿化",
  "维修/汽修",
  "钳工/钣金",
  "喷涂/打磨",
  "搬运/装卸",
  "挖掘机/起重",
  "水暖",
  "食品加工",
  "印刷",
  "医护",
  "美容美发",
  "教师/保育",
  "文员/行政",
  "会计/出纳",
  "IT/网络",
  "导游/景区",
  "矿工",
  "化工/制药",
  "船员/码头",
  "技术员",
  "管理",
] as const;
export type JobFamilyName = (typeof JOB_FAMILY_NAMES)[number];

/** Most kinds of work one person may name. */
export const MAX_JOB_FAMILIES = 10;

export const JobFamilyNameSchema = z.enum(JOB_FAMILY_NAMES, { message: "请从工种列表中选择" });

/** What work the person wants, in the dictionary's words (焊工, 普工, 保安…). */
export const JobFamiliesSchema = z.array(JobFamilyNameSchema).max(MAX_JOB_FAMILIES, `想做的工作最多选${MAX_JOB_FAMILIES}项`);
