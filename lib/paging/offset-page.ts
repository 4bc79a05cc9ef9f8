/**
 * Numbered pages for long lists (`?page=2`). Offset paging, because people ask for "page 3" and the lists are
 * bounded by a workspace; every paged query must order by a unique last key (an id) so equal timestamps can
 * never swap places between two pages, which would show one row twice and another never.
 */
export const MAX_PAGE = 10_000;

export type PageRequest = { page: number; pageSize: number };
export type Page<Row> = { rows: Row[]; page: number; pageSize: number; hasNewer: boolean; hasOlder: boolean };

/** `?page=` as a page number from 1; anything else (missing, 0, "abc", absurdly large) is page 1. */
export function parsePageParam(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,5}$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

/** The limit and offset to ask the database for: one row more than a page tells whether an older page exists. */
export function pageWindow(request: PageRequest) {
  return { limit: request.pageSize + 1, offset: (request.page - 1) * request.pageSize };
}

/** Cuts the extra row fetched by `pageWindow` off and says which neighbours exist. */
export function toPage<Row>(rows: Row[], request: PageRequest): Page<Row> {
  return {
    rows: rows.slice(0, request.pageSize),
    page: request.page,
    pageSize: request.pageSize,
    hasNewer: request.page > 1,
    hasOlder: rows.length > request.pageSize,
  };
}
