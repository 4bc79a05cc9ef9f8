import { LanguageSwitcher } from "@/components/shell/language-switcher";

/**
 * Signed-out pages (sign-in, setup, invitation, password reset): the language switcher in the corner, so a person
 * whose browser asks for the other language can change it before signing in. It only sets the cookie here.
 */
export default function SignedOutLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="absolute right-4 top-4">
        <LanguageSwitcher saveToProfile={false} />
      </div>
      {children}
    </>
  );
}
