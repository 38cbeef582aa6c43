import type { BrowserContext, Page } from '@playwright/test';
export const MYSIGNINS: string;
export const LOGIN: string;
export const CEREMONY: string;
export const REPLICA_TENANT: string;
export function ensureReplica(): Promise<string>;
export function routeMicrosoftHosts(
  target: BrowserContext | Page,
  options?: { securityInfo?: 'fluent' | 'replica' | string; signIn?: 'fluent' | string; ceremony?: 'fluent' | string },
): Promise<void>;
export const URLS: {
  securityInfo(query?: string): string;
  register(query?: string): string;
  signIn(pg?: 'mfa' | 'proofup' | 'moreinfo' | 'prompt' | 'done', lang?: string): string;
  ceremony(lang?: string): string;
};
