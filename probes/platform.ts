/** Reads navigator (UA, client hints, touch points) and returns PlatformFacts. */
import { parsePlatform, type ClientHints } from '../core/platform';
import type { PlatformFacts } from '../core/types';

interface UADataLike {
  platform?: string;
  mobile?: boolean;
  brands?: { brand: string; version: string }[];
  getHighEntropyValues?: (hints: string[]) => Promise<ClientHints>;
}

export async function detectPlatform(nav: Navigator = navigator): Promise<PlatformFacts> {
  const data = (nav as Navigator & { userAgentData?: UADataLike }).userAgentData;
  let hints: ClientHints | undefined;
  if (data) {
    hints = { platform: data.platform, mobile: data.mobile, brands: data.brands };
    try {
      const high = await data.getHighEntropyValues?.(['platformVersion', 'model', 'fullVersionList']);
      if (high) hints = { ...hints, ...high };
    } catch {
      // Missing or refused: fall back to the UA plus low-entropy hints.
    }
  }
  return parsePlatform({ userAgent: nav.userAgent ?? '', hints, maxTouchPoints: nav.maxTouchPoints });
}
