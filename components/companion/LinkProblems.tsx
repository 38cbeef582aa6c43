import type { Translate } from '@/core/i18n';
import type { LinkProblem, ProblemCode } from '@/core/guidedLink';

const KEYS = {
  'unknown-param': 'link.unknownParam',
  duplicate: 'link.duplicate',
  'too-long': 'link.tooLong',
  'invalid-chars': 'link.invalidChars',
  'invalid-value': 'link.invalidValue',
  'unsupported-version': 'link.unsupportedVersion',
  'guide-not-allowed': 'link.guideNotAllowed',
} as const satisfies Record<ProblemCode, string>;

/**
 * Localized messages for a guided link's bad parameters. The parameter name is shown as text only, and
 * only in the short safe form core/guidedLink.ts `displayParam` made (an unknown name is an attacker's text).
 */
export function LinkProblems({ t, problems }: { t: Translate; problems: LinkProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="pg-link-problems no-print" role="status" aria-labelledby="pg-link-problems-title" data-link-problems={problems.length}>
      <h2 id="pg-link-problems-title">{t('companion.linkProblemsTitle')}</h2>
      <ul>
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered; two entries may be equal
          <li key={i} data-problem={p.code} data-param={p.param}>
            <bdi>{t(KEYS[p.code], { param: p.param })}</bdi>
          </li>
        ))}
      </ul>
      <p>{t('companion.linkFallback')}</p>
    </section>
  );
}
