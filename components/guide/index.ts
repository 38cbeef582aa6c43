export { GuideView, guideTitle, type GuideViewProps } from './GuideView';
export { Questions, applyAnswer, versionOptions, type QuestionsProps } from './Questions';
