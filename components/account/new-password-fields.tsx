import { Field, TextInput } from "@/components/ui/field";
import { useTranslations } from "next-intl";
import { PasswordRules } from "./password-rules";

/**
 * A new password, its rules and its repetition: the same fields wherever someone chooses a
 * password (profile, reset link, invitation). The form owns the values and decides `mismatch`
 * on submit; `passwordError` is the server's verdict on the password (policy).
 */
export function NewPasswordFields(props: {
  idPrefix: string;
  label: string;
  minLength: number;
  password: string;
  onPasswordChange(value: string): void;
  repeat: string;
  onRepeatChange(value: string): void;
  mismatch: boolean;
  passwordError?: string;
}) {
  const ids = { password: `${props.idPrefix}-password`, repeat: `${props.idPrefix}-password-repeat`, rules: `${props.idPrefix}-password-rules` };
  const t = useTranslations("account.newPassword");
  const repeatError = props.mismatch ? t("mismatch") : undefined;
  return (
    <>
      <div>
        <Field id={ids.password} label={props.label} error={props.passwordError}>
          <TextInput
            id={ids.password}
            type="password"
            autoComplete="new-password"
            aria-describedby={ids.rules}
            value={props.password}
            onChange={(event) => props.onPasswordChange(event.target.value)}
            minLength={props.minLength}
            error={props.passwordError}
            required
          />
        </Field>
        <PasswordRules id={ids.rules} minLength={props.minLength} />
      </div>
      <Field id={ids.repeat} label={t("repeatLabel")} error={repeatError}>
        <TextInput
          id={ids.repeat}
          type="password"
          autoComplete="new-password"
          value={props.repeat}
          onChange={(event) => props.onRepeatChange(event.target.value)}
          error={repeatError}
          required
        />
      </Field>
    </>
  );
}
