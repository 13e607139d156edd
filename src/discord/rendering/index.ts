/** Discord messages and embeds, within Discord’s limits. The public surface of src/discord/rendering/. */
export { renderAnswer } from './render-answer.js';
export { editOriginalReply, NO_MENTIONS, replyWithMessages, replyWithText, sendMessages } from './send-replies.js';
export { whileTyping } from './typing-indicator.js';
export { escapeText, inlineCode } from './escape-text.js';
export { LIMITS, truncateAtWord } from './message-limits.js';
export { renderQuoteList, renderSourceList } from './render-lists.js';
export { splitMessage } from './split-message.js';
export { renderReloadFailure, renderReloadProgress, renderReloadReport } from './render-reload.js';
export { renderVerdict } from './render-verdict.js';
export { renderCorpusFiles } from './render-lists.js';
