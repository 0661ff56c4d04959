/**
 * The sign-in page. One message for any wrong email/password pair.
 */
import { Layout } from "../../ui/layout.js";
import type { PageContext } from "../../ui/page.js";

export function SignInView({
  ctx,
  next,
  email,
  failed,
  signedOut,
}: {
  ctx: PageContext;
  next: string;
  email?: string;
  failed?: boolean;
  signedOut?: boolean;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} seo={{ title: t("auth.title"), description: t("auth.intro"), path: `/${lang}/signin`, noindex: true }}>
      <div class="narrow">
        <h1>{t("auth.title")}</h1>
        <p>{t("auth.intro")}</p>
        {failed ? (
          <p class="form-error" role="alert" id="signin-error">
            {t("auth.invalid")}
          </p>
        ) : null}
        {signedOut ? (
          <p class="notice" role="status">
            {t("auth.signedOut")}
          </p>
        ) : null}
        <form method="post" action={`/${lang}/signin`} class="stack-form">
          <input type="hidden" name="next" value={next} />
          <label for="signin-email">{t("auth.email")}</label>
          <input
            id="signin-email"
            name="email"
            type="email"
            autocomplete="username"
            required
            maxlength={254}
            value={email ?? ""}
            aria-describedby={failed ? "signin-error" : undefined}
          />
          <label for="signin-password">{t("auth.password")}</label>
          <input id="signin-password" name="password" type="password" autocomplete="current-password" required maxlength={1024} />
          <button type="submit" class="button">
            {t("auth.submit")}
          </button>
        </form>
      </div>
    </Layout>
  );
}
