/**
 * The fixed sentences a failed sign-in answers with (next-auth passes the thrown message to the browser as
 * `error`). Plain constants without server imports, so the sign-in form can tell them apart and show each in the
 * reader's language; the English text stays what the API and logs carry.
 */
export const GENERIC_SIGN_IN_ERROR = "Email or password is incorrect.";
export const RATE_LIMITED_SIGN_IN_ERROR = "Too many sign-in attempts. Please wait a few minutes and try again.";
export const PASSWORD_SIGN_IN_DISABLED_ERROR = "Password sign-in is turned off here. Please sign in with single sign-on.";
