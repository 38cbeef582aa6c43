/** The companion page's links to shared modules (engine engineer's detection and guide renderer). */
export { detectPlatform as probePlatform } from '@/probes/platform';
export { GuideView, Questions, applyAnswer, guideTitle } from '@/components/guide';
