export { GuideView, type GuideViewProps } from './GuideView';
export { Questions, applyAnswer, versionOptions, type QuestionsProps } from './Questions';
