export { createTransfersRoutes } from "./transfers.routes.ts";
export type { TransfersService } from "./transfers.service.ts";
export { createTransfersModule } from "./transfers-module.ts";
