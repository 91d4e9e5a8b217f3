/**
 * A short news article of our own, headline and five paragraphs, that the boilerplate tests set
 * page furniture around: none of its lines may ever be flagged.
 */
export const FERRY_HEADLINE = 'Harbour council approves new ferry terminal after long dispute';

export const FERRY_BODY: readonly string[] = [
  'The harbour council voted on Tuesday to approve a new ferry terminal on the east quay, ending a dispute that had run for more than three years.',
  'Councillors backed the plan by seven votes to four after a debate that lasted most of the afternoon, the council said in a statement.',
  'The terminal will replace the wooden pier that has served island ferries since the 1960s and will be able to take two vessels at once, according to the plans.',
  'Residents of the east quay had objected to the noise of construction and to the loss of parking spaces near the harbour wall.',
  'Work is expected to begin in the spring and to take eighteen months, the harbour master said.',
];

/**
 * A paragraph of prose that a page keeps below the ferry article (a note to readers): with it
 * there, the article's end alone cannot take the furniture between, so a test sees the rule it
 * is about.
 */
export const FERRY_READERS_NOTE =
  'Ferry users on the east quay have waited a long time for this decision. Readers who wrote to us in the spring asked when the vote would come, and now they know the answer.';
