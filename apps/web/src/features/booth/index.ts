// Front door of booth: where employers record intents at a fair (pages load when opened).
export { LazyBoothPage as BoothPage } from "./lazy-booth-page.tsx";
export { BoothFairPicker } from "./lazy-pages.ts";
