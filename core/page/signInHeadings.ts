/**
 * The sign-in host's registration headings per language, in a module of their own (data only, no imports at
 * run time) so the sign-in gate (core/page/signInGate.ts, entrypoints/signin-gate.ts) can test them without
 * pulling in PAGE_STRINGS. core/page/securityInfoPage.ts takes `registerHeading` and `passkeyIntro` from here.
 * Values are regular expression sources, used case-insensitively like every PAGE_STRINGS value, and written in
 * LOWER CASE (the gate lower-cases the text instead of compiling a case-insensitive expression; a unit test checks).
 * The evidence for each wording is beside it (abbreviations as in core/page/securityInfoPage.ts).
 */
import type { Language } from '../types';

export interface SignInHeadings {
  /** /register interrupt and proof-up heading ("Keep your account secure", "More information required"). */
  registerHeading: string;
  /** "Sign in faster with your face, fingerprint, or PIN": the passkey prompt (and passkey-intro on Security info). */
  passkeyIntro?: string;
}

export const SIGN_IN_HEADINGS: Record<Language, SignInHeadings> = {
  en: {
    registerHeading: 'keep your account secure|more information required', // TALK "Keep your account secure"; "Let's keep your account secure" (auto: Spanish Selenium, Japanese tests); WIKI26 "More information required"
    passkeyIntro: '^sign in faster with your face, fingerprint,? or pin$', // SYNC26 (alt text); WIKI26; CAMP26
  },
  de: {
    registerHeading: 'schützen sie ihr konto|weitere informationen erforderlich', // "Schützen Sie Ihr Konto": human-translated de Learn doc; 2025–26 login-host heading unknown
    passkeyIntro: '(?=.*fingerabdruck)(?=.*\\bpin\\b)', // wording unknown: recognized by the "face, fingerprint, or PIN" pair Microsoft uses on every passkey screen (placeholder, docs/page-recognition.md)
  },
  fr: {
    registerHeading: "sécurisons votre compte|protéger votre compte|plus d[’']informations requises", // «Sécurisons votre compte» (auto: French My Sign-Ins automation 2026; French lab); "Protéger votre compte" (HT fr Learn 2020)
    passkeyIntro: '(?=.*empreinte)(?=.*\\bpin\\b)', // wording unknown: recognized by the "face, fingerprint, or PIN" pair Microsoft uses on every passkey screen (placeholder, docs/page-recognition.md)
  },
  nl: {
    registerHeading: 'houd uw account veilig|meer informatie vereist', // "Houd uw account veilig" (MT nl Learn 2019); 2025–26 heading unknown
    passkeyIntro: '(?=.*vingerafdruk)(?=.*\\bpin(?:code)?\\b)', // wording unknown: recognized by the "face, fingerprint, or PIN" pair Microsoft uses on every passkey screen (placeholder, docs/page-recognition.md)
  },
  es: {
    registerHeading: 'vamos a proteger tu cuenta|mantener la cuenta segura|se necesita más información', // "Vamos a proteger tu cuenta" (auto: Spanish Selenium 2025–26); "Asistente para mantener la cuenta segura" (HT es Learn 2020)
    passkeyIntro: '(?=.*huella)(?=.*\\bpin\\b)', // wording unknown: recognized by the "face, fingerprint, or PIN" pair Microsoft uses on every passkey screen (placeholder, docs/page-recognition.md)
  },
  ja: {
    registerHeading: 'アカウントをセキュリティで保護|アカウントをセキュリティ保護しましょう|詳細情報が必要', // 「アカウントをセキュリティ保護しましょう」 JPBLOG, auto: Japanese captured-screen tests; older 「詳細情報が必要」
    passkeyIntro: '(?=.*指紋)(?=.*\\bpin\\b)', // wording unknown: recognized by the "face, fingerprint, or PIN" pair Microsoft uses on every passkey screen (placeholder, docs/page-recognition.md)
  },
  ar: {
    registerHeading: 'حافظ على أمان حسابك|مطلوب مزيد من المعلومات',
    passkeyIntro: '(?=.*بصمة)(?=.*\\bpin\\b|.*رقم التعريف)', // wording unknown: recognized by the "face, fingerprint, or PIN" pair Microsoft uses on every passkey screen (placeholder, docs/page-recognition.md)
  },
};
