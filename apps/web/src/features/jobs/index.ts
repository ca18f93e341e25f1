// Front door of jobs: the public job board and position page, and the pieces others reuse.

export { JobBoardPage } from "./job-board-page.tsx";
export { getCityChoices } from "./job-facets.ts";
export { Chip } from "./job-filters.tsx";
export { getPosition } from "./jobs-api.ts";
export { PositionPage } from "./position-page.tsx";
