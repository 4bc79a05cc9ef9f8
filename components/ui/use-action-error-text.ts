"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import { describeActionError, describeServerError, type ErrorTranslator } from "./action-error";

/** The `errors` catalogue as an ErrorTranslator: keys arrive from the server as data, not as literals. */
export function useErrorTranslator(): ErrorTranslator {
  const t = useTranslations("errors");
  return useCallback((key, params) => (t as unknown as ErrorTranslator)(key, params), [t]);
}

/** `describeActionError` in the member's language, for client components. */
export function useActionErrorText() {
  const translate = useErrorTranslator();
  return useCallback(
    (result: Parameters<typeof describeActionError>[0]) => describeActionError(result, translate),
    [translate],
  );
}

/** One server error (a streamed generation's failure, a route's answer) in the member's language. */
export function useServerErrorText() {
  const translate = useErrorTranslator();
  return useCallback((error: Parameters<typeof describeServerError>[0]) => describeServerError(error, translate), [translate]);
}
