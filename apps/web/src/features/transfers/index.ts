// Front door of transfers (组织化输出): the list and planning page, a transfer's page and its
// boarding desk, all loaded when opened.
export { BoardingDeskPage, TransferListPage, TransferPage } from "./lazy-pages.ts";
