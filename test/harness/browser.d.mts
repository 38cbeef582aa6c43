import type { BrowserContext, CDPSession, Page } from '@playwright/test';
export const ROOT: string;
export const FIXTURES: string;
export const SECURITY_INFO_ORIGIN: string;
export function findBrowser(): string;
export function extensionDir(browser?: string): string;
export function browserArgs(extDir?: string): string[];
export function launchBrowser(options?: {
  headless?: boolean;
  withExtension?: boolean;
  viewport?: { width: number; height: number };
  locale?: string;
}): Promise<BrowserContext>;
export function extensionIdOf(context: BrowserContext): Promise<string>;
export function routeSecurityInfo(target: BrowserContext | Page, pageName?: string): Promise<void>;
export function addVirtualAuthenticator(
  page: Page,
  options?: { transport?: 'internal' | 'usb' | 'nfc' | 'ble' | 'hybrid'; isUserVerified?: boolean },
): Promise<{ cdp: CDPSession; authenticatorId: string }>;
