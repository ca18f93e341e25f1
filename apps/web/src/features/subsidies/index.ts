// Front door of subsidies (免申即享): the rules page, a roster and its printable notice (all loaded
// when opened), and the paid subsidies on the seeker's own page.
export { RosterNoticePage, RosterPage, SubsidyRulesPage } from "./lazy-pages.ts";
export { MySubsidiesSection } from "./my-subsidies-section.tsx";
