import { byLang } from './catalog/index.js'

/** The wizard's texts: the catalogues' `wizard`. */
export const WIZARD_TEXT = byLang((c) => c.wizard)
export const ISSUE_CHOICES = WIZARD_TEXT.issueChoices
export const DATE_QUESTIONS = WIZARD_TEXT.dateQuestions
