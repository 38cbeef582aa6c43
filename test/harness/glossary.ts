/**
 * The employee glossary, machine-readable: one term per concept, no jargon, one verb family.
 * Human-readable version with reasons: docs/localization.md, "Glossary". Enforced by test/unit/glossary.test.ts.
 *
 * Sources for the wording rules:
 * - FIDO Alliance Design Guidelines (https://www.passkeycentral.org/design-guidelines/, 2024-05-24): no technical type
 *   names for end users ("synced"/"device-bound"), pair "passkey" with familiar words ("face, fingerprint, or PIN"),
 *   lower-case "passkey" in running text.
 * - Microsoft Learn, "Register a passkey in Microsoft Authenticator"
 *   (https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-authenticator, 2026) and
 *   "Sign in with passkeys" end-user docs: the Security info page's method names "Passkey in Microsoft Authenticator",
 *   "Passkey", "Security key".
 *
 * Text inside quotation marks („…“ "…" “…” «…» 「…」 […] **…**) is a quoted page label and is exempt from the
 * forbidden-term rules: the employee must find the button the page really shows, whatever Microsoft calls it.
 */
import type { Language } from '@/core/types';

/** Namespaces (or key prefixes) employees read. Everything else is IT-facing (admin view, diagnostic, link builder). */
export const EMPLOYEE_PREFIXES = ['common.', 'overlay.', 'popup.', 'companion.', 'guides.', 'engine.', 'questions.', 'link.', 'builder.msg.'] as const;
/**
 * Keys under an employee prefix that are shown only under "Details for IT" (or are its heading): jargon allowed there.
 * popup.it.*, popup.capability.*, popup.test.* / popup.aaguid.* (test passkey) and popup.diagnostic.* are shown only
 * inside the popup's collapsed "Details for IT" section.
 */
export const IT_PREFIXES = [
  'popup.it.',
  'popup.capability.',
  'popup.test.',
  'popup.aaguid.',
  'popup.diagnostic.',
  'companion.it.',
  'admin.',
  'diagnostic.',
  'builder.',
] as const;

export function isEmployeeFacing(key: string): boolean {
  if (key.startsWith('builder.msg.')) return true;
  if (IT_PREFIXES.some((p) => key.startsWith(p))) return false;
  return EMPLOYEE_PREFIXES.some((p) => key.startsWith(p));
}

export interface LanguageGlossary {
  /** The one word for "passkey" (lower-case form; sentence-initial capitals are fine). */
  passkey: string;
  /** Microsoft's method names on Security info in this language: every guide name starts with one of them. */
  methodNames: { authenticator: string; passkey: string; securityKey: string };
  /** The familiar triple (FIDO-DG content principle 1; Microsoft Security blog 2024-12-12). */
  faceFingerprintPin: string;
  /** Forbidden outside quotes on employee surfaces: [pattern, what to write instead]. */
  forbidden: [RegExp, string][];
}

/** Jargon no employee surface may show, in any language (brand-like technical names stay English everywhere). */
export const JARGON: [RegExp, string][] = [
  [/FIDO2?/u, 'say "security key" or "passkey"'],
  [/WebAuthn/iu, 'say "passkey"'],
  [/AAGUID/iu, 'say "passkey provider" or the provider\'s name'],
  [/Signal API/iu, 'leave it to Details for IT'],
  [/authenticator attachment/iu, 'leave it to Details for IT'],
  [/platform authenticator|built-in authenticator/iu, 'say "face, fingerprint, or PIN on this device"'],
];

export const GLOSSARY: Record<Language, LanguageGlossary> = {
  en: {
    passkey: 'passkey',
    methodNames: { authenticator: 'Passkey in Microsoft Authenticator', passkey: 'Passkey', securityKey: 'Security key' },
    faceFingerprintPin: 'face, fingerprint, or PIN',
    forbidden: [
      [/\battestation\b/iu, 'say "only passkeys from apps and keys your organization approved"'],
      [/\bhybrid\b/iu, 'say "your phone nearby"'],
      [/\bsecure context\b/iu, 'leave it to Details for IT'],
      [/\bdevice-bound\b|\bsynced passkeys?\b/iu, 'say "passkeys that stay on one device" / "passkeys that sync to your other devices"'],
      [/\bpass key\b|\bpass-key\b/iu, 'write "passkey"'],
      [/\bregist(er|ers|ered|ering|ration)\b|\benrol(l|ls|led|ling|ment)\b/iu, 'say "create a passkey" / "add it to your work account"'],
      [/\bcredential\b/iu, 'say "passkey"'],
    ],
  },
  de: {
    passkey: 'Passkey',
    methodNames: { authenticator: 'Passkey in Microsoft Authenticator', passkey: 'Passkey', securityKey: 'Sicherheitsschlüssel' },
    faceFingerprintPin: 'Gesicht, Fingerabdruck oder PIN',
    forbidden: [
      [/Attestierung/iu, '„nur von Ihrer Organisation zugelassene Apps und Schlüssel“'],
      [/Hauptschlüssel|Zugangsschlüssel|Passschlüssel|Kennschlüssel/u, '„Passkey“ (only when quoting a page label may another word appear)'],
      [/\bhybrid/iu, '„Smartphone in der Nähe“'],
      [/sicheren? Kontext/iu, 'leave it to Details for IT'],
      [/gerätegebunden|synchronisierte[rn]? Passkeys?/iu, '„Passkeys, die auf einem Gerät bleiben“ / „die sich mit Ihren Geräten synchronisieren“'],
      [/registrier/iu, '„Passkey erstellen“ / „zum Geschäftskonto hinzufügen“'],
      [/Authentifikator|Anmeldeinformation/iu, '„Passkey“ / „Gesicht, Fingerabdruck oder PIN“'],
    ],
  },
  nl: {
    passkey: 'wachtwoordsleutel',
    methodNames: { authenticator: 'Wachtwoordsleutel in Microsoft Authenticator', passkey: 'Wachtwoordsleutel', securityKey: 'Beveiligingssleutel' },
    faceFingerprintPin: 'gezicht, vingerafdruk of pincode',
    forbidden: [
      [/\battestation\b|\battestatie\b/iu, '„alleen door uw organisatie goedgekeurde apps en sleutels“'],
      [/\bpasskeys?\b/iu, '„wachtwoordsleutel“'],
      [/\bhybride?\b/iu, '„telefoon in de buurt“'],
      [/beveiligde context/iu, 'leave it to Details for IT'],
      [/apparaatgebonden|gesynchroniseerde wachtwoordsleutel/iu, '„wachtwoordsleutels die op één apparaat blijven“'],
      [/registre(er|ren|ert|erd)|registratie/iu, '„wachtwoordsleutel maken“ / „toevoegen aan uw werkaccount“'],
      [/\bauthenticator\b/u, '„gezicht, vingerafdruk of pincode“'],
    ],
  },
  fr: {
    passkey: 'clé d’accès',
    methodNames: { authenticator: 'Clé d’accès dans Microsoft Authenticator', passkey: 'Clé d’accès', securityKey: 'Clé de sécurité' },
    faceFingerprintPin: 'visage, empreinte digitale ou code PIN',
    forbidden: [
      [/\battestation\b/iu, '« uniquement les applications et clés approuvées par votre organisation »'],
      [/\bpasskeys?\b/iu, '« clé d’accès »'],
      [/\binscri(re|vez|t|te|ts|tes|ption)\b|\binscrivez-la\b/iu, '« créer une clé d’accès » / « l’ajouter à votre compte professionnel »'],
      [/clés? d'accès/iu, 'typographic apostrophe: « clé d’accès »'],
      [/\bhybride\b/iu, '« téléphone à proximité »'],
      [/contexte sécurisé/iu, 'leave it to Details for IT'],
      [/liées? à l’appareil|synchronisées? \(|clés? d’accès synchronisées?/iu, '« clés d’accès qui restent sur un appareil »'],
      [/authentificateur/iu, '« visage, empreinte digitale ou code PIN »'],
    ],
  },
  es: {
    passkey: 'clave de acceso',
    methodNames: { authenticator: 'Clave de acceso en Microsoft Authenticator', passkey: 'Clave de acceso', securityKey: 'Clave de seguridad' },
    faceFingerprintPin: 'cara, huella digital o PIN',
    forbidden: [
      [/\batestación\b/iu, '«solo aplicaciones y claves aprobadas por su organización»'],
      [/\bpasskeys?\b/iu, '«clave de acceso»'],
      [/\bregistr(ar|e|ela|elo|ado|ada|ados|adas|o|ando)\b|\bregístr\p{L}*/iu, '«crear una clave de acceso» / «agregarla a su cuenta profesional»'],
      [/\bllaves? de (acceso|seguridad)\b/iu, '«clave de acceso» / «clave de seguridad»'],
      [/\bh[ií]brid[oa]s?\b/iu, '«teléfono cercano»'],
      [/contexto seguro/iu, 'leave it to Details for IT'],
      [/vinculadas? al dispositivo|claves? de acceso sincronizadas?/iu, '«claves de acceso que permanecen en un dispositivo»'],
      // Gender-neutral Spanish (Microsoft Spanish style guide: avoid gendered nouns for the reader).
      [
        /\busuari[oa]s?\b|\bemplead[oa]s?\b|\bbienvenid[oa]s?\b|\bseguros? de que\b/iu,
        'gender-neutral: «la persona», «el personal», «le damos la bienvenida», «asegúrese de»',
      ],
      [/\bautenticador\b/iu, '«cara, huella digital o PIN»'],
    ],
  },
  ja: {
    passkey: 'パスキー',
    methodNames: { authenticator: 'Microsoft Authenticator のパスキー', passkey: 'パスキー', securityKey: 'セキュリティ キー' },
    faceFingerprintPin: '顔認証、指紋認証、または PIN',
    forbidden: [
      [/構成証明/u, '「組織が承認したアプリとキーのみ」'],
      [/ハイブリッド/u, '「近くのスマートフォン」'],
      [/登録/u, '「パスキーを作成」/「職場アカウントに追加」'],
      [/セキュア ?コンテキスト|安全なコンテキスト/u, 'leave it to Details for IT'],
      [/デバイス(に)?バインド|同期パスキー/u, '「1 台のデバイスに保存されるパスキー」'],
      [/認証器|オーセンティケーター/u, '「顔認証、指紋認証、または PIN」'],
    ],
  },
  ar: {
    passkey: 'مفتاح المرور',
    methodNames: { authenticator: 'مفتاح المرور في Microsoft Authenticator', passkey: 'مفتاح المرور', securityKey: 'مفتاح الأمان' },
    faceFingerprintPin: 'الوجه أو بصمة الإصبع أو رمز PIN',
    forbidden: [
      [/\bpasskeys?\b/iu, '«مفتاح المرور»'],
      [/هجين/u, '«هاتف قريب»'],
      [/سجّله|سجّلها|سجِّله|تسجيل مفتاح|لتسجيل مفتاح/u, '«أنشئ مفتاح المرور» / «أضفه إلى حساب العمل»'],
      [/سياق آمن/u, 'leave it to Details for IT'],
      [/مرتبطة? بالجهاز|مفاتيح مرور متزامنة/u, '«مفاتيح مرور تبقى على جهاز واحد»'],
      [/مصادِ?ق مدمج/u, '«الوجه أو بصمة الإصبع أو رمز PIN»'],
    ],
  },
};

/** Removes quoted page labels, placeholders and brand names before checking a string against the rules. */
export function unquoted(text: string): string {
  return text
    .replace(/„[^“]*“|“[^”]*”|"[^"]*"|«[^»]*»|「[^」]*」|\[[^\]]*\]|\*\*[^*]*\*\*|‘[^’]*’/gu, ' ')
    .replace(/\{[a-zA-Z]+\}/gu, ' ')
    .replace(/Passkey Guide/gu, ' ');
}
