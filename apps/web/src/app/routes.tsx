// Every page of the web app, declared once: its path, who may open it, its element and its
// entries in the main menu. router.tsx builds the routes from this table and navigation.ts the
// menu. Pages behind sign-in are lazy wrappers from each feature's index.ts: their code is
// fetched when they open, so the public job board stays small on a phone.
import type { Role } from "@xiezuo/contracts";
import type { ReactNode } from "react";
import { AlertsPage } from "../features/alerts/index.ts";
import { BadgeSheetPage } from "../features/badges/index.ts";
import { BoothFairPicker, BoothPage } from "../features/booth/index.ts";
import { DeskPage, FairPickerPage } from "../features/desk/index.ts";
import { EmployersPage } from "../features/employers/index.ts";
import { EmploymentPage } from "../features/employment/index.ts";
import { FairCreatePage, FairDetailPage, FairEditPage, FairListPage, FairPosterPage } from "../features/fairs/index.ts";
import { HouseholdsPage } from "../features/households/index.ts";
import { JobBoardPage, PositionPage } from "../features/jobs/index.ts";
import { LiveDashboardPage } from "../features/live/index.ts";
import { MePage } from "../features/me/index.ts";
import { OutboxPage } from "../features/notifications/index.ts";
import { OrganisationsPage } from "../features/organisations/index.ts";
import { PlacementDetailPage, PlacementsPage } from "../features/placements/index.ts";
import { PositionCreatePage, PositionEditPage, PositionsPage } from "../features/positions/index.ts";
import { RegistrationPage } from "../features/registration/index.ts";
import { CooperationPage, CoveragePage } from "../features/reports/index.ts";
import { SeekerDetailPage, SeekersPage } from "../features/seekers/index.ts";
import { SignInPage } from "../features/sign-in/index.ts";
import { RosterNoticePage, RosterPage, SubsidyRulesPage } from "../features/subsidies/index.ts";
import { BoardingDeskPage, TransferListPage, TransferPage } from "../features/transfers/index.ts";
import { UsersPage } from "../features/users/index.ts";

export interface MenuEntry {
  label: string;
  /** Place in the main menu, top to bottom (a role sees its own entries in this order). */
  order: number;
  /** Who sees the entry: by default everyone the page lets in; must be given for open pages. */
  roles?: readonly Role[];
}

export interface AppRoute {
  /** Relative to the site root, as react-router nests it. */
  path: string;
  /**
   * "public": anyone, in the site frame (a signed-in user gets the app frame);
   * "signed-in": any signed-in user, in the app frame; a list of roles: only those.
   */
  access: "public" | "signed-in" | readonly Role[];
  element: ReactNode;
  menu?: readonly MenuEntry[];
}

const OFFICE: readonly Role[] = ["ADMIN", "STAFF"];
const WITH_EMPLOYERS: readonly Role[] = ["ADMIN", "STAFF", "EMPLOYER"];
const EVERYONE: readonly Role[] = ["ADMIN", "STAFF", "EMPLOYER", "SEEKER"];

export const APP_ROUTES: readonly AppRoute[] = [
  // Public pages: anyone may look for work without an account.
  { path: "jobs", access: "public", element: <JobBoardPage />, menu: [{ label: "找工作", order: 20, roles: EVERYONE }] },
  { path: "jobs/:id", access: "public", element: <PositionPage /> },
  // Self-service for job seekers: sign up from a fair's link; /me also works offline.
  { path: "fairs/:fairId/register", access: "public", element: <RegistrationPage /> },
  { path: "me", access: "public", element: <MePage />, menu: [{ label: "我的", order: 10, roles: ["SEEKER"] }] },
  // A seeker comes back on any phone: phone number, then a code by text message.
  { path: "sign-in", access: "public", element: <SignInPage /> },

  { path: "fairs", access: "signed-in", element: <FairListPage />, menu: [{ label: "招聘会", order: 30, roles: WITH_EMPLOYERS }] },
  { path: "fairs/:id", access: "signed-in", element: <FairDetailPage /> },
  { path: "fairs/new", access: ["ADMIN"], element: <FairCreatePage /> },
  { path: "fairs/:id/edit", access: ["ADMIN"], element: <FairEditPage /> },
  {
    path: "positions",
    access: ["ADMIN", "EMPLOYER"],
    element: <PositionsPage />,
    menu: [
      { label: "我的岗位", order: 40, roles: ["EMPLOYER"] },
      { label: "岗位管理", order: 120, roles: ["ADMIN"] },
    ],
  },
  { path: "positions/new", access: ["ADMIN", "EMPLOYER"], element: <PositionCreatePage /> },
  { path: "positions/:id/edit", access: ["ADMIN", "EMPLOYER"], element: <PositionEditPage /> },
  { path: "employers", access: ["ADMIN"], element: <EmployersPage />, menu: [{ label: "用工企业", order: 130 }] },
  { path: "users", access: ["ADMIN"], element: <UsersPage />, menu: [{ label: "账号管理", order: 140 }] },
  { path: "desk", access: OFFICE, element: <FairPickerPage purpose="desk" />, menu: [{ label: "签到台", order: 50 }] },
  { path: "fairs/:id/desk", access: OFFICE, element: <DeskPage /> },
  { path: "live", access: OFFICE, element: <FairPickerPage purpose="live" />, menu: [{ label: "现场大屏", order: 60 }] },
  { path: "fairs/:id/live", access: OFFICE, element: <LiveDashboardPage /> },
  { path: "seekers", access: OFFICE, element: <SeekersPage />, menu: [{ label: "求职者", order: 70 }] },
  { path: "seekers/badges", access: OFFICE, element: <BadgeSheetPage /> },
  { path: "seekers/:id", access: OFFICE, element: <SeekerDetailPage /> },
  { path: "households", access: OFFICE, element: <HouseholdsPage />, menu: [{ label: "农户名册", order: 100 }] },
  {
    path: "booth",
    access: WITH_EMPLOYERS,
    element: <BoothFairPicker />,
    menu: [
      { label: "意向登记", order: 80, roles: OFFICE },
      { label: "我的展位", order: 80, roles: ["EMPLOYER"] },
    ],
  },
  { path: "fairs/:id/booth", access: WITH_EMPLOYERS, element: <BoothPage /> },
  {
    path: "placements",
    access: WITH_EMPLOYERS,
    element: <PlacementsPage />,
    menu: [
      { label: "就业回访", order: 90, roles: OFFICE },
      { label: "已上岗人员", order: 90, roles: ["EMPLOYER"] },
    ],
  },
  { path: "placements/:id", access: WITH_EMPLOYERS, element: <PlacementDetailPage /> },
  // 组织化输出: plan a transfer, list the people, board them at the bus door (offline too), depart.
  { path: "transfers", access: OFFICE, element: <TransferListPage />, menu: [{ label: "组织输出", order: 95 }] },
  { path: "transfers/:id", access: OFFICE, element: <TransferPage /> },
  { path: "transfers/:id/boarding", access: OFFICE, element: <BoardingDeskPage /> },
  { path: "notifications", access: ["ADMIN"], element: <OutboxPage />, menu: [{ label: "短信发件箱", order: 150 }] },
  { path: "fairs/:id/poster", access: OFFICE, element: <FairPosterPage /> },
  { path: "coverage", access: OFFICE, element: <CoveragePage />, menu: [{ label: "帮扶覆盖", order: 110 }] },
  { path: "reports/cooperation", access: OFFICE, element: <CooperationPage />, menu: [{ label: "劳务协作", order: 115 }] },
  { path: "reports/employment", access: OFFICE, element: <EmploymentPage />, menu: [{ label: "务工台账", order: 116 }] },
  { path: "alerts", access: OFFICE, element: <AlertsPage />, menu: [{ label: "返贫预警", order: 117 }] },
  // 免申即享: rules, rosters (公示, 审核, 发放) and the printable notice; STAFF read, ADMINs act.
  { path: "subsidies", access: OFFICE, element: <SubsidyRulesPage />, menu: [{ label: "免申即享", order: 118 }] },
  { path: "rosters/:id", access: OFFICE, element: <RosterPage /> },
  { path: "rosters/:id/notice", access: OFFICE, element: <RosterNoticePage /> },
  // Every bureau account may read the list; only ADMINs find it in the menu (the platform ADMIN founds bureaus there).
  { path: "organisations", access: OFFICE, element: <OrganisationsPage />, menu: [{ label: "机构", order: 135, roles: ["ADMIN"] }] },
];
