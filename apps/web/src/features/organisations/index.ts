// Front door of organisations (labour bureaus): the 机构 page (loaded when opened), the shared
// list with the signed-in account's own bureau, the gate of pages that start on its region,
// and the words for the platform and for jurisdictions.

export { canCreateOrganisation, describeJurisdiction, indexOrganisations, listOrganisationsWithin } from "./jurisdiction-model.ts";
export { MyOrganisationName } from "./lazy-organisation-name.tsx";
export { OrganisationsPage } from "./lazy-pages.ts";
export { MyOrganisationGate } from "./my-organisation-gate.tsx";
export { isBureauRole, isPlatformUser, type MyOrganisation, PLATFORM_LABEL, PLATFORM_NAME } from "./organisation-model.ts";
export { useMyOrganisation, useOrganisations } from "./use-organisations.ts";
