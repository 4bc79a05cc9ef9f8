/** Turns an action result's error into one sentence for the person who clicked. */
export function describeActionError(result: {
  serverError?: { message: string } | undefined;
  validationErrors?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | undefined;
}): string | null {
  if (result.serverError) return result.serverError.message;
  if (result.validationErrors) {
    const fieldMessages = Object.values(result.validationErrors.fieldErrors).flat().filter(Boolean);
    return [...result.validationErrors.formErrors, ...fieldMessages].join(" ") || "Some fields are not valid.";
  }
  return null;
}
