/** The response guide's public API; see README.md for the rules behind it. */
export {
  GuideSchema, TopicSchema, TemplateSchema, TemplateBodySchema, LangSchema, LANGS, GUIDE_LIMITS, ID_PATTERN,
  makeGuide, templatesFor, sortedTopics, findTemplate,
  type Guide, type GuideInput, type Topic, type TopicInput, type Template, type TemplateInput, type Lang, type Bilingual,
} from './model';
export { starterGuide, starterTemplateId } from './starter-guide';
export { STARTER_TOPIC_IDS, type StarterTopicId } from './starter-content';
export { fillTemplate, formatTemplateDate, templateVarsFor, type TemplateVars, type FillOptions, type ReplyContext } from './fill';
export { firstNameFrom, cleanDisplayName } from './person-name';
export { findPlaceholders, scanTemplate, TEMPLATE_VARIABLES, type PlaceholderUse, type TemplateVariable } from './template-syntax';
export { detectLanguage, languageScores } from './language';
export { createSuggester, type Suggester, type Suggestion, type SuggestOptions, type TopicMatch } from './rank';
export {
  exportGuide, parseGuideFile, parseGuideData, GUIDE_FILE_FORMAT, GUIDE_FILE_VERSION,
  type GuideFileError, type GuideFileErrorCode, type ParseGuideResult,
} from './guide-file';
export { planImport, type ImportMode, type ImportPlan, type ChangeList, type LimitBreach, type TopicRef, type TemplateRef } from './import-plan';
export { personalisationState, CANNED_WARNING, type PersonalisationState } from './personalisation';
export { recordTemplateUse, countTemplateUse, sortTemplatesByUse, topicUsage, type TopicUsage } from './usage';
