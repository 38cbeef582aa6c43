/**
 * Everything Passkey Guide knows about Microsoft's Security info page, in ONE data-like module
 * (the Refined GitHub way). Recognition keys on URL, ARIA roles and accessible names and on the
 * page's OWN strings per language — never on generated classes (`root-255`, `css-181`, `id__7`).
 *
 * Sources: shared/reference/security-info-page.md. Strings marked [unconfirmed] there are
 * best-effort placeholders in Microsoft's terminology; patterns are deliberately tolerant
 * (case-insensitive, "(preview)" suffix optional) so a wording change degrades to `unknown`
 * or a coarser step, never to a wrong click target.
 */
import type { Language } from '../types';

export const SECURITY_INFO_HOST = 'mysignins.microsoft.com';
/** Paths the overlay runs on. `/register` is the "Keep your account secure" interrupt. */
export const ROUTES = {
  securityInfo: /^\/security-info\/?$/i,
  register: /^\/register\/?$/i,
} as const;

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
}

const OPT_PREVIEW = '(?:\\s*\\((?:preview|vorschau|préversion|preview-versie|versión preliminar|プレビュー)\\))?';

export const PAGE_STRINGS: Record<Language, PageStrings> = {
  en: {
    heading: '^security info$',
    registerHeading: 'keep your account secure|more information required',
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
    settingUp: 'setting up your new sign-in method|follow the (browser|on-screen) prompts',
    scanQr: '^scan the qr code$',
    nameField: 'name',
    passkeyRow: '^delete (passkey|security key)',
    success: 'successfully (registered|set up)|great job',
    tryAgain: '^(try again|retry)$',
    errors: {
      'not-registered': 'passkey not registered',
      'already-exists': 'already (exists|registered|have a passkey)',
      'key-limit': 'reached the limit of',
      'mfa-required': 'sign in with (two-factor|multifactor|multi-factor) authentication',
      'provider-not-allowed': 'not allowed by your (organization|admin)|provider (is )?not allowed',
      generic: 'something went wrong',
    },
  },
  de: {
    heading: '^sicherheitsinformationen$|^sicherheitsinfos$',
    registerHeading: 'schützen sie ihr konto|weitere informationen erforderlich',
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
    heading: '^informations de sécurité$',
    registerHeading: 'sécuriser votre compte|plus d’informations requises|plus d\'informations requises',
    addMethod: '^\\+?\\s*ajouter une méthode( de connexion)?$',
    pickerTitle: '^(ajouter une méthode de connexion|choisir une méthode|ajouter une méthode)$',
    showMore: '^afficher plus d’options$|^afficher plus d\'options$',
    pickerCombobox: '^options de méthode d’authentification$|^options de méthode d\'authentification$',
    add: '^ajouter$',
    authenticatorPasskey: `^clé d’accès dans microsoft authenticator${OPT_PREVIEW}$|^clé d'accès dans microsoft authenticator${OPT_PREVIEW}$`,
    passkey: `^clé d[’']accès${OPT_PREVIEW}$`,
    securityKey: '^clé de sécurité$',
    next: '^suivant$',
    done: '^terminé$',
    continue: '^continuer$',
    understand: '^j’ai compris$|^j\'ai compris$',
    usb: '^appareil usb$',
    nfc: '^appareil nfc$',
    ios: '^ios$',
    android: '^android$',
    installAuthenticator: 'installer microsoft authenticator|commencez par obtenir l[’\']application',
    settingUp: 'configuration de votre nouveau mode de connexion|suivez les instructions',
    scanQr: '^scanner le code qr$',
    nameField: 'nom',
    passkeyRow: '^supprimer (la )?(clé d[’\']accès|clé de sécurité)',
    success: 'inscrit(e)? avec succès|configuré(e)? avec succès',
    tryAgain: '^réessayer$',
    errors: {
      'not-registered': 'clé d[’\']accès non inscrite|clé d[’\']accès non enregistrée',
      'already-exists': 'existe déjà|déjà inscrite',
      'key-limit': 'atteint la limite de',
      'mfa-required': 'authentification (à deux facteurs|multifacteur)',
      'provider-not-allowed': 'non autorisé par votre organisation|fournisseur non autorisé',
      generic: 'un problème s[’\']est produit|une erreur s[’\']est produite',
    },
  },
  nl: {
    heading: '^beveiligingsgegevens$',
    registerHeading: 'uw account beveiligen|meer informatie vereist',
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
    heading: '^información de seguridad$',
    registerHeading: 'proteja su cuenta|se necesita más información',
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
  },
  ja: {
    heading: '^セキュリティ情報$',
    registerHeading: 'アカウントをセキュリティで保護|アカウントをセキュリティ保護しましょう|詳細情報が必要',
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
  },
  ar: {
    heading: '^معلومات الأمان$',
    registerHeading: 'حافظ على أمان حسابك|مطلوب مزيد من المعلومات',
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

/** Does `text` match `key` in any of `langs` (page language first)? */
export function matchesAny(text: string, key: Exclude<keyof PageStrings, 'errors'>, langs: readonly Language[]): boolean {
  const clean = normalize(text);
  if (!clean) return false;
  return langs.some((l) => pattern(PAGE_STRINGS[l][key]).test(clean));
}

/** Collapses whitespace (incl. NBSP) and strips bidi controls, so RTL/locale quirks don't break matches. */
export function normalize(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}
