/**
 * The engine's questions as native radio groups (keyboard: Tab to a group, arrows to choose).
 * Values: 'yes' | 'no' | 'unknown' (Tri), and for osVersionKnown a major version ("14", "17").
 */
import type { QuestionId } from '../../core/engine';
import type { Translate, UncheckedTranslate } from '../../core/i18n';
import type { Answers, OsName, Tri } from '../../core/types';

export interface QuestionsProps {
  t: Translate;
  questions: QuestionId[];
  answers: Answers;
  onAnswer: (id: QuestionId, value: string) => void;
  /** Chooses the version options for osVersionKnown (Android by default). */
  os?: OsName;
}

const TRI: Tri[] = ['yes', 'no', 'unknown'];

/** Option values for osVersionKnown: [value, label key]. "13" means 13 or earlier, "15" means 15 or later. */
export function versionOptions(os: OsName | undefined): [string, string][] {
  if (os === 'ios' || os === 'ipados')
    return [
      ['16', 'questions.osVersionKnown.iosOld'],
      ['17', 'questions.osVersionKnown.ios17'],
      ['18', 'questions.osVersionKnown.iosNew'],
    ];
  return [
    ['13', 'questions.osVersionKnown.androidOld'],
    ['14', 'questions.osVersionKnown.android14'],
    ['15', 'questions.osVersionKnown.androidNew'],
  ];
}

/** Applies a radio answer safely: unknown ids or values are ignored. */
export function applyAnswer(answers: Answers, id: QuestionId, value: string): Answers {
  if (id === 'osVersionKnown') return /^\d{1,2}$/.test(value) ? { ...answers, osVersionKnown: value } : answers;
  if (!(TRI as string[]).includes(value)) return answers;
  if (!['workProfile', 'authenticatorInstalled', 'hasSecurityKey', 'bluetoothBothDevices', 'hasMfaMethod'].includes(id)) return answers;
  return { ...answers, [id]: value as Tri };
}

export function Questions({ t, questions, answers, onAnswer, os }: QuestionsProps) {
  const tt = t as unknown as UncheckedTranslate;
  if (questions.length === 0) return null;
  return (
    <div class="pg-questions">
      {questions.map((q) => {
        const options: [string, string][] = q === 'osVersionKnown' ? versionOptions(os) : TRI.map((v) => [v, `questions.answers.${v}`]);
        const hintKey = `questions.${q}.hint`;
        const hint = tt(hintKey);
        return (
          <fieldset key={q} class="pg-question" data-question={q}>
            <legend>{tt(`questions.${q}.label`)}</legend>
            {hint !== hintKey && <p class="pg-question__hint">{hint}</p>}
            <div class="pg-question__options">
              {options.map(([value, label]) => (
                <label key={value} class="pg-question__option">
                  <input type="radio" name={`pg-q-${q}`} value={value} checked={answers[q] === value} onChange={() => onAnswer(q, value)} />
                  <span>{tt(label)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
