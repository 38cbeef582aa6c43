export const MANIFEST_LANGUAGES: string[];
export function languagesFromTypes(source?: string): string[];
export const LIMITS: { appName: number; appDescription: number; actionTitle: number };
export function manifestMessages(lang: string, messages?: unknown): string;
export function manifestLocaleFiles(): { relativeDest: string; contents: string }[];
