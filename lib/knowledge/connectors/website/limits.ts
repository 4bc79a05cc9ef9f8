/** Pages one website connector indexes at most when the editor gives no limit, and the highest limit allowed. */
export const DEFAULT_PAGE_LIMIT = 200;
export const MAX_PAGE_LIMIT = 5_000;
