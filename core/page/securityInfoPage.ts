/**
 * Everything Passkey Guide knows about Microsoft's Security info page, in ONE data-like module
 * (the Refined GitHub way). Recognition keys on URL, ARIA roles and accessible names and on the
 * page's OWN strings per language — never on generated classes (`root-255`, `css-181`, `id__7`).
 *
 * 2024 strings: Microsoft Learn how-to-register-passkey-authenticator (04/2024–03/2025) and the
 * translated Learn/azure-docs pages; where no source gave a language's wording the value is a
 * best-effort placeholder in Microsoft's terminology (docs/page-recognition.md lists which).
 * 2026 strings (the `// 2026` keys): evidence beside each value. Abbreviations used in comments:
 *   REG26  learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-authenticator (2026-07-05)
 *   SYNC26 learn.microsoft.com/entra/identity/authentication/how-to-register-passkey (2026-07-05)
 *   CAMP26 learn.microsoft.com/entra/identity/authentication/how-to-mfa-registration-campaign (2026-09-02)
 *   KEY26  learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-with-security-key (2026-07-05)
 *   WIKI26 Microsoft supportability wiki "Synced Passkeys Registration Flows in Entra ID" (2026-04)
 *   LAB    Microsoft Learning lab "Configure MFA and phishing resistant login with Passkeys" (2025–26)
 *   TALK   Jan Bakker, "Passkeys in Microsoft 365: The Good, the Bad and the Ugly" (Oct 2025, screenshots)
 *   JB25   janbakker.tech "Security Info Registration. Entra ID's rabbit hole." (2025-08-29)
 *   JPBLOG Microsoft Japan Azure Identity support blog, registration-campaign passkey walkthrough (2026-08-01)
 *   auto:  third-party automation code that drives the real page (Playwright/Selenium scripts, 2025–26)
 * Apostrophes and ellipses are matched in both forms ('/’, .../…): the sources disagree.
 * Patterns are tolerant (case-insensitive, "(preview)" optional), so a wording change degrades to
 * `unknown` or a coarser step (structure still recognizes most screens), never to a wrong target.
 */
import type { Language } from '../types';
import { stripUnsafe } from '../validation';
import { SIGN_IN_HEADINGS } from './signInHeadings';

export const SECURITY_INFO_HOST = 'mysignins.microsoft.com';
/** Paths the overlay runs on. `/register` is the "Keep your account secure" interrupt. */
export const ROUTES = {
  securityInfo: /^\/security-info\/?$/i,
  register: /^\/register\/?$/i,
} as const;

/**
 * The two sign-in hosts (KEY26: "You're directed to login.microsoftonline.com"; WIKI26). The prompted
 * registration (campaign nudge, proof-up interrupt) runs on LOGIN_HOST; the WebAuthn ceremony page
 * "Setting up your passkey..." on CEREMONY_HOST at /{tenant}/fido/create (auto: Entra UI-test note 2025-12,
 * MSA page test 2026). Consumer accounts (/consumers/…) are not Entra and are left alone.
 */
export const LOGIN_HOST = 'login.microsoftonline.com';
export const CEREMONY_HOST = 'login.microsoft.com';
export const CEREMONY_PATH = /^\/(?!consumers\/)[^/]+\/fido\/create\/?$/i;

/**
 * The cheap first check on LOGIN_HOST: ONE querySelector for the first heading-like element (or the proof-up
 * redirect button, auto: `#idSubmit_ProofUp_Redirect`), whose text is tested against SIGN_IN_HEADINGS. Password,
 * MFA and consent pages have other headings ("Enter password", "Approve sign in request", "Permissions requested").
 */
export const SIGN_IN_HINT = '#idSubmit_ProofUp_Redirect, [role="heading"], h1, h2';

/** Sign-in host sub-steps (`data-step` when `data-state="sign-in-prompt"`). */
export const SIGN_IN_STEPS = ['proof-up', 'passkey-prompt'] as const;
export type SignInStep = (typeof SIGN_IN_STEPS)[number];

/** Wizard steps (`data-step` values when `data-state="wizard"`). */
export const WIZARD_STEPS = [
  'install-authenticator',
  'choose-device',
  'enable-provider',
  'reminder',
  'usb-nfc',
  'setting-up',
  'qr',
  'creating',
  'name',
  // 2026 (REG26, SYNC26, LAB, CAMP26): app-first Authenticator, its "Having trouble?" fallback, the plain Passkey flow,
  // and the Authenticator *app* (push/OTP) QR step, which is not a passkey step.
  'create-in-app',
  'finish-in-app',
  'having-trouble',
  'devices-ready',
  'passkey-intro',
  'authenticator-app-qr',
  'wizard',
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Error ids (`data-step` values when `data-state="error"`); each gets specific help in the overlay. */
export const PAGE_ERRORS = ['not-registered', 'already-exists', 'key-limit', 'mfa-required', 'provider-not-allowed', 'generic'] as const;
export type PageError = (typeof PAGE_ERRORS)[number];

/** The page's own strings for one language. Every value is a case-insensitive regular expression source. */
export interface PageStrings {
  /** h1 "Security info". */
  heading: string;
  /** /register interrupt heading ("Keep your account secure"). */
  registerHeading: string;
  addMethod: string;
  /** Picker dialog titles: "Add a sign-in method", "Choose a method", legacy "Add a method". */
  pickerTitle: string;
  showMore: string;
  /** Legacy combobox aria-label. */
  pickerCombobox: string;
  add: string;
  authenticatorPasskey: string;
  /** The plain "Passkey" method (passkey profiles / platform passkeys). Matched as a whole name. */
  passkey: string;
  securityKey: string;
  next: string;
  done: string;
  continue: string;
  understand: string;
  usb: string;
  nfc: string;
  ios: string;
  android: string;
  installAuthenticator: string;
  settingUp: string;
  scanQr: string;
  /** Accessible name of the passkey / key name field. */
  nameField: string;
  /** "Delete Passkey" style row action: the only reliable "a passkey is listed" signal without reading row text. */
  passkeyRow: string;
  success: string;
  tryAgain: string;
  errors: Record<PageError, string>;
  // ---- 2026 screens: optional per language; a missing key means "unknown wording", recognized by structure.
  /** "Create a passkey in Microsoft Authenticator" (A4). */
  createInApp?: string;
  /** "Finish creating your passkey in Authenticator" (A5). */
  finishInApp?: string;
  /** The "Having trouble?" link (A5) and the "Having trouble" screen title (F1). */
  havingTrouble?: string;
  /** Link "create your passkey a different way" (F1; also the way back to app-first). */
  differentWay?: string;
  /** "Get your devices ready" (F4). */
  devicesReady?: string;
  /** Button "I'm ready" (F4). */
  ready?: string;
  /** Button "iPhone or iPad" / "iPhone" (F2). */
  iphone?: string;
  /** "Sign in faster with your face, fingerprint, or PIN": passkey-intro on Security info, the prompt on the login host. */
  passkeyIntro?: string;
  /** "Let's name your passkey" (B6/D5) title. */
  nameTitle?: string;
  /** "Authenticator Added" (the Authenticator app wizard's success). */
  authenticatorAdded?: string;
  /** "Can't scan image?" (Authenticator app QR step). */
  cantScan?: string;
  /** Sign-in prompt actions: "Skip for now" (snooze) / "Not now" (proof-up) / "Other options". */
  skip?: string;
  otherOptions?: string;
}

const OPT_PREVIEW = '(?:\\s*\\((?:preview|vorschau|préversion|preview-versie|versión preliminar|プレビュー)\\))?';

export const PAGE_STRINGS: Record<Language, PageStrings> = {
  en: {
    ...SIGN_IN_HEADINGS.en, // registerHeading (and passkeyIntro): core/page/signInHeadings.ts, with their evidence
    heading: '^security info$',
    addMethod: '^\\+?\\s*add (sign-in )?method$',
    pickerTitle: '^(add a sign-in method|choose a method|add a method)$',
    showMore: '^show more options$',
    pickerCombobox: '^authentication method options$',
    add: '^add$',
    authenticatorPasskey: `^passkey in microsoft authenticator${OPT_PREVIEW}$`,
    passkey: `^passkey${OPT_PREVIEW}$`,
    securityKey: '^security key$',
    next: '^next$',
    done: '^done$',
    continue: '^continue$',
    understand: '^i understand$',
    usb: '^usb device$',
    nfc: '^nfc device$',
    ios: '^ios$',
    android: '^android$',
    installAuthenticator: 'install microsoft authenticator|start by getting the app',
    settingUp: 'setting up your new sign-in method|follow the (browser|on-screen) prompts|^setting up your passkey(\\.\\.\\.|…)?$', // 2026: SYNC26 "Setting up your passkey"; WIKI26
    scanQr: '^scan the qr code$', // Authenticator *app* wizard (auto: Selenium binder; TALK), not a passkey step
    nameField: 'name',
    passkeyRow: '^delete (passkey|security key)',
    success: 'successfully (registered|set up)|great job|^passkey created$', // 2026: SYNC26, CAMP26 "Passkey created"
    tryAgain: '^(try again|retry)$',
    errors: {
      'not-registered': 'passkey not registered', // JB25 "Passkey not registered. This might be due to a timeout, a canceled request or a private browsing window."
      'already-exists': 'already (exists|registered|have a passkey)',
      'key-limit': 'reached the limit of',
      'mfa-required': 'sign in with (two-factor|multifactor|multi-factor) authentication',
      'provider-not-allowed': 'not allowed by your (organization|admin)|provider (is )?not allowed|^passkey not accepted', // 2026: TALK "Passkey not accepted" (attestation rejected the passkey)
      generic: 'something went wrong',
    },
    createInApp: '^create (a|your) passkey in microsoft authenticator$', // guides tdx.maine.edu KB 174263, ECU KB 67853 (2025–26); LAB
    finishInApp: '^finish creating your passkey in authenticator$|^complete the setup in microsoft authenticator$', // guides (2025–26); LAB; REG26 ("open the Authenticator app and create your passkey there")
    havingTrouble: '^having trouble\\??$', // REG26; LAB; Learn whats-new-archive "Having trouble?" link (Jun 2024)
    differentWay: 'create your passkey a different way', // REG26; LAB
    devicesReady: '^get your devices ready$', // LAB; REG24 (10/2024)
    ready: "^i['’]m ready$", // LAB; REG24 (10/2024)
    iphone: '^(iphone or ipad|iphone|ipad)$', // REG26 "iPhone or iPad"; LAB "iPhone"
    nameTitle: "^(let['’]s )?name your passkey$", // SYNC26; CAMP26; auto: Playwright registration script; LAB "Name your passkey"
    authenticatorAdded: '^authenticator added$', // TALK; Microsoft Learning CA lab write-up (2026-05-23)
    cantScan: "^can['’]t scan (the )?image\\??$", // auto: Selenium Authenticator binder (2025); TALK
    skip: '^skip for now$|^not now$', // WIKI26 (prompt); auto: Spanish Selenium script, Japanese captured-screen tests (interrupt)
    otherOptions: '^other options$', // WIKI26
  },
  de: {
    ...SIGN_IN_HEADINGS.de, // registerHeading (and passkeyIntro): core/page/signInHeadings.ts, with their evidence
    heading: '^sicherheitsinformationen$|^sicherheitsinfos$',
    addMethod: '^\\+?\\s*(anmeldemethode|methode) hinzufügen$',
    pickerTitle: '^(anmeldemethode hinzufügen|methode auswählen|methode hinzufügen)$',
    showMore: '^weitere optionen anzeigen$',
    pickerCombobox: '^optionen für authentifizierungsmethode$',
    add: '^hinzufügen$',
    authenticatorPasskey: `^hauptschlüssel in microsoft authenticator${OPT_PREVIEW}$|^passkey in microsoft authenticator${OPT_PREVIEW}$`,
    passkey: `^(hauptschlüssel|passkey)${OPT_PREVIEW}$`,
    securityKey: '^sicherheitsschlüssel$',
    next: '^weiter$',
    done: '^fertig$',
    continue: '^fortfahren$',
    understand: '^verstanden$|^ich verstehe$',
    usb: '^usb-gerät$',
    nfc: '^nfc-gerät$',
    ios: '^ios$',
    android: '^android$',
    installAuthenticator: 'microsoft authenticator installieren|rufen sie zuerst die app ab',
    settingUp: 'ihre neue anmeldemethode wird eingerichtet|folgen sie den anweisungen',
    scanQr: '^qr-code scannen$',
    nameField: 'name',
    passkeyRow: '^(hauptschlüssel|passkey|sicherheitsschlüssel) löschen',
    success: 'erfolgreich (registriert|eingerichtet)',
    tryAgain: '^erneut versuchen$|^wiederholen$',
    errors: {
      'not-registered': '(hauptschlüssel|passkey) nicht registriert',
      'already-exists': 'bereits (vorhanden|registriert)',
      'key-limit': 'grenzwert von|limit von',
      'mfa-required': 'mit (zweistufiger|mehrstufiger) authentifizierung anmelden',
      'provider-not-allowed': 'von ihrer organisation nicht zugelassen|anbieter (ist )?nicht zulässig',
      generic: 'ein fehler ist aufgetreten|etwas ist schiefgelaufen',
    },
  },
  fr: {
    ...SIGN_IN_HEADINGS.fr, // registerHeading (and passkeyIntro): core/page/signInHeadings.ts, with their evidence
    heading: '^informations de sécurité$',
    addMethod: '^\\+?\\s*ajouter une méthode( de connexion)?$',
    pickerTitle: '^(ajouter une méthode de connexion|choisir une méthode|ajouter une méthode)$',
    showMore: "^afficher plus d’options$|^afficher plus d'options$",
    pickerCombobox: "^options de méthode d’authentification$|^options de méthode d'authentification$",
    add: '^ajouter$',
    authenticatorPasskey: `^clé d’accès dans microsoft authenticator${OPT_PREVIEW}$|^clé d'accès dans microsoft authenticator${OPT_PREVIEW}$`,
    passkey: `^clé d[’']accès${OPT_PREVIEW}$`,
    securityKey: '^clé de sécurité$',
    next: '^suivant$',
    done: '^terminé$',
    continue: '^continuer$',
    understand: "^j’ai compris$|^j'ai compris$",
    usb: '^appareil usb$',
    nfc: '^appareil nfc$',
    ios: '^ios$',
    android: '^android$',
    installAuthenticator: "installer microsoft authenticator|commencez par obtenir l[’']application",
    settingUp: 'configuration de votre nouveau mode de connexion|suivez les instructions',
    scanQr: '^scanner le code qr$',
    nameField: 'nom',
    passkeyRow: "^supprimer (la )?(clé d[’']accès|clé de sécurité)",
    success: 'inscrit(e)? avec succès|configuré(e)? avec succès',
    tryAgain: '^réessayer$',
    errors: {
      'not-registered': "clé d[’']accès non inscrite|clé d[’']accès non enregistrée",
      'already-exists': 'existe déjà|déjà inscrite',
      'key-limit': 'atteint la limite de',
      'mfa-required': 'authentification (à deux facteurs|multifacteur)',
      'provider-not-allowed': 'non autorisé par votre organisation|fournisseur non autorisé',
      generic: "un problème s[’']est produit|une erreur s[’']est produite",
    },
    authenticatorAdded: '^authenticator ajouté$', // auto: French My Sign-Ins automation (2026)
  },
  nl: {
    ...SIGN_IN_HEADINGS.nl, // registerHeading (and passkeyIntro): core/page/signInHeadings.ts, with their evidence
    heading: '^beveiligingsgegevens$',
    addMethod: '^\\+?\\s*(aanmeldingsmethode|methode) toevoegen$',
    pickerTitle: '^(aanmeldingsmethode toevoegen|een methode kiezen|methode toevoegen)$',
    showMore: '^meer opties weergeven$',
    pickerCombobox: '^opties voor verificatiemethode$',
    add: '^toevoegen$',
    authenticatorPasskey: `^wachtwoordsleutel in microsoft authenticator${OPT_PREVIEW}$|^passkey in microsoft authenticator${OPT_PREVIEW}$`,
    passkey: `^(wachtwoordsleutel|passkey)${OPT_PREVIEW}$`,
    securityKey: '^beveiligingssleutel$',
    next: '^volgende$',
    done: '^gereed$|^klaar$',
    continue: '^doorgaan$',
    understand: '^ik begrijp het$',
    usb: '^usb-apparaat$',
    nfc: '^nfc-apparaat$',
    ios: '^ios$',
    android: '^android$',
    installAuthenticator: 'microsoft authenticator installeren|download eerst de app',
    settingUp: 'uw nieuwe aanmeldingsmethode instellen|volg de instructies',
    scanQr: '^de qr-code scannen$|^qr-code scannen$',
    nameField: 'naam',
    passkeyRow: '^(wachtwoordsleutel|passkey|beveiligingssleutel) verwijderen',
    success: 'geregistreerd|ingesteld',
    tryAgain: '^opnieuw proberen$',
    errors: {
      'not-registered': '(wachtwoordsleutel|passkey) niet geregistreerd',
      'already-exists': 'bestaat al|al geregistreerd',
      'key-limit': 'limiet van',
      'mfa-required': 'meervoudige verificatie|verificatie in twee stappen',
      'provider-not-allowed': 'niet toegestaan door uw organisatie|provider niet toegestaan',
      generic: 'er is iets misgegaan',
    },
  },
  es: {
    ...SIGN_IN_HEADINGS.es, // registerHeading (and passkeyIntro): core/page/signInHeadings.ts, with their evidence
    heading: '^información de seguridad$',
    addMethod: '^\\+?\\s*agregar (método de inicio de sesión|un método)$',
    pickerTitle: '^(agregar un método de inicio de sesión|elegir un método|agregar un método)$',
    showMore: '^mostrar más opciones$',
    pickerCombobox: '^opciones de método de autenticación$',
    add: '^agregar$',
    authenticatorPasskey: `^clave de acceso en microsoft authenticator${OPT_PREVIEW}$`,
    passkey: `^clave de acceso${OPT_PREVIEW}$`,
    securityKey: '^clave de seguridad$',
    next: '^siguiente$',
    done: '^listo$|^hecho$',
    continue: '^continuar$',
    understand: '^entendido$|^lo entiendo$',
    usb: '^dispositivo usb$',
    nfc: '^dispositivo nfc$',
    ios: '^ios$',
    android: '^android$',
    installAuthenticator: 'instalar microsoft authenticator|para empezar, obtenga la aplicación',
    settingUp: 'configurando el nuevo método de inicio de sesión|siga las indicaciones',
    scanQr: '^escanear el código qr$',
    nameField: 'nombre',
    passkeyRow: '^eliminar (clave de acceso|clave de seguridad)',
    success: 'registrad[ao] correctamente|configurad[ao] correctamente',
    tryAgain: '^volver a intentarlo$|^reintentar$',
    errors: {
      'not-registered': 'clave de acceso no registrada',
      'already-exists': 'ya existe|ya está registrada',
      'key-limit': 'alcanzado el límite de',
      'mfa-required': 'autenticación (en dos fases|multifactor)',
      'provider-not-allowed': 'no permitido por su organización|proveedor no permitido',
      generic: 'se produjo un error|algo salió mal',
    },
    skip: '^ahora no$', // auto: Spanish Selenium script (2025–26), interrupt snooze
  },
  ja: {
    ...SIGN_IN_HEADINGS.ja, // registerHeading (and passkeyIntro): core/page/signInHeadings.ts, with their evidence
    heading: '^セキュリティ情報$',
    addMethod: '^\\+?\\s*(サインイン方法の追加|方法の追加)$',
    pickerTitle: '^(サインイン方法を追加します|方法を選択します|方法を追加します)$',
    showMore: '^その他のオプションを表示$',
    pickerCombobox: '^認証方法のオプション$',
    add: '^追加$',
    authenticatorPasskey: `^microsoft authenticator のパスキー${OPT_PREVIEW}$`,
    passkey: `^パスキー${OPT_PREVIEW}$`,
    securityKey: '^セキュリティ\\s?キー$',
    next: '^次へ$',
    done: '^完了$',
    continue: '^続行$',
    understand: '^了解しました$',
    usb: '^usb\\s?デバイス$',
    nfc: '^nfc\\s?デバイス$',
    ios: '^ios$',
    android: '^android$',
    installAuthenticator: 'microsoft authenticator のインストール',
    settingUp: '新しいサインイン方法の設定|画面の指示に従って',
    scanQr: '^qr コードをスキャンします$|^qr コードのスキャン$',
    nameField: '名前',
    passkeyRow: '^(パスキー|セキュリティ\\s?キー)\\s?を?削除',
    success: '正常に登録|正常に設定',
    tryAgain: '^再試行$|^もう一度やり直してください$',
    errors: {
      'not-registered': 'パスキーが登録されていません',
      'already-exists': '既に(存在|登録)',
      'key-limit': '上限に達しました',
      'mfa-required': '(2 段階|多要素)認証',
      'provider-not-allowed': '組織で許可されていません|プロバイダーは許可されていません',
      generic: '問題が発生しました',
    },
    skip: '^今はしない$', // JPBLOG; auto: Japanese captured-screen tests (interrupt snooze)
    cantScan: '^画像をスキャンできません', // University of Tokyo Authenticator guide (Authenticator app QR step)
  },
  ar: {
    ...SIGN_IN_HEADINGS.ar, // registerHeading (and passkeyIntro): core/page/signInHeadings.ts, with their evidence
    heading: '^معلومات الأمان$',
    addMethod: '^\\+?\\s*إضافة (أسلوب|طريقة)( تسجيل الدخول)?$',
    pickerTitle: '^(إضافة أسلوب تسجيل الدخول|اختيار أسلوب|إضافة أسلوب)$',
    showMore: '^إظهار المزيد من الخيارات$',
    pickerCombobox: '^خيارات أسلوب المصادقة$',
    add: '^إضافة$',
    authenticatorPasskey: `^مفتاح المرور في microsoft authenticator${OPT_PREVIEW}$`,
    passkey: `^مفتاح المرور${OPT_PREVIEW}$`,
    securityKey: '^مفتاح الأمان$',
    next: '^التالي$',
    done: '^تم$',
    continue: '^متابعة$',
    understand: '^فهمت$',
    usb: '^جهاز usb$',
    nfc: '^جهاز nfc$',
    ios: '^ios$',
    android: '^android$',
    installAuthenticator: 'تثبيت microsoft authenticator',
    settingUp: 'إعداد أسلوب تسجيل الدخول الجديد|اتبع الإرشادات',
    scanQr: '^مسح رمز qr ضوئيًا$',
    nameField: 'اسم|الاسم',
    passkeyRow: '^حذف (مفتاح المرور|مفتاح الأمان)',
    success: 'تم (التسجيل|الإعداد|تسجيل .{1,40}|إعداد .{1,40}) بنجاح',
    tryAgain: '^إعادة المحاولة$',
    errors: {
      'not-registered': 'لم يتم تسجيل مفتاح المرور',
      'already-exists': 'موجود بالفعل|مسجل بالفعل',
      'key-limit': 'الحد الأقصى',
      'mfa-required': 'المصادقة متعددة العوامل|المصادقة الثنائية',
      'provider-not-allowed': 'غير مسموح به من قبل مؤسستك',
      generic: 'حدث خطأ ما',
    },
  },
};

const cache = new Map<string, RegExp>();
/** Compiles (and caches) a pattern from PAGE_STRINGS: case-insensitive, Unicode. */
export function pattern(source: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(source, 'iu');
    cache.set(source, re);
  }
  return re;
}

/** Does `text` match `key` in any of `langs` (page language first)? Languages without that (2026) key are skipped. */
export function matchesAny(text: string, key: Exclude<keyof PageStrings, 'errors'>, langs: readonly Language[]): boolean {
  const clean = normalize(text);
  if (!clean) return false;
  return langs.some((l) => {
    const source = PAGE_STRINGS[l][key];
    return source !== undefined && pattern(source).test(clean);
  });
}

/**
 * Structural hooks: Microsoft's own `data-testid`s and Fluent attributes, used when a language's wording is
 * unknown. Evidence: third-party automation that drives the real page (Playwright/Selenium, 2025–26) and the
 * Fluent UI v8 source (microsoft/fluentui packages/react/src/components/Button/BaseButton.tsx, Icon/FontIcon.tsx).
 * Generated classes (`root-NNN`, `css-NNN`, `id__N`) are never used.
 */
export const HOOKS = {
  /** Wizard step title `h2[data-testid="reskin-step-title"]` (auto: French My Sign-Ins automation, O365 login script). */
  stepTitle: '[data-testid="reskin-step-title"]',
  /** Wizard primary button (auto: same sources). */
  stepNext: '[data-testid="reskin-step-next-button"]',
  stepBack: '[data-testid="reskin-step-back-button"]',
  /** Picker cards are plain `div`s with no role (auto: GoldenIT Entra script, Selenium binder). */
  pickerCard: '[data-testid^="authmethod-picker-"]',
  /** Error bars: `[data-testid="message-bar-error"]`, no role (auto: Python Playwright worker). */
  errorBar: '[data-testid="message-bar-error"]',
  /** Authenticator *app* QR step: "Can't scan image?" show/hide button, activation URL/key rows (auto: Selenium binder). */
  appQr: '[data-testid^="activation-qr-"], [data-testid="activation-url"], [data-testid="activation-key"]',
  /** Fluent icon of the "+ Add sign-in method" button (auto: Playwright worker `i[data-icon-name="Add"]`). */
  addIcon: 'i[data-icon-name="Add"]',
} as const;

/**
 * Collapses whitespace (incl. NBSP) and removes bidi controls and invisible characters (validation.ts stripUnsafe),
 * so RTL/locale quirks don't break matches. Whitespace first: stripUnsafe would otherwise remove tabs and line breaks
 * and join the words around them.
 */
export function normalize(text: string): string {
  return stripUnsafe(text.replace(/\s+/g, ' ')).replace(/ {2,}/g, ' ').trim();
}
