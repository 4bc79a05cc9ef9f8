/** One wording for the password confirmation on every form (setup, invitation, reset, change). */
export const REPEAT_PASSWORD_LABEL = "Repeat password";
export const PASSWORD_MISMATCH_MESSAGE = "The two passwords differ.";
