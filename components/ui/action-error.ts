import { fieldLabel, type ActionValidationErrors } from "@/lib/authz/validation-errors";

/**
 * Turns an action result's error into one sentence for the person who clicked. Validation errors list every
 * message (nested ones already say where they sit); a field refused without a message is named by its label,
 * never by its raw path.
 */
export function describeActionError(result: {
  serverError?: { message: string } | undefined;
  validationErrors?: ActionValidationErrors | undefined;
}): string | null {
  if (result.serverError) return result.serverError.message;
  if (!result.validationErrors) return null;
  const { formErrors, fieldErrors } = result.validationErrors;
  const fieldMessages = Object.entries(fieldErrors).flatMap(([key, messages]) => {
    const present = (messages ?? []).filter((message) => message.trim().length > 0);
    return present.length > 0 ? present.map((message) => ensureSentence(message)) : [`${fieldLabel(key)} is not valid.`];
  });
  const all = [...formErrors.map(ensureSentence), ...unique(fieldMessages)];
  return all.length > 0 ? all.join(" ") : "The form was refused, but the server did not say why. Please try again.";
}

function ensureSentence(message: string) {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function unique(messages: string[]) {
  return [...new Set(messages)];
}
