/**
 * An article that today's classifier mostly reads as furniture: a "Related" marker opens a
 * region, and photo credits between the paragraphs keep the article from visibly resuming
 * (two article-like paragraphs in a row), so three of its four prose paragraphs are flagged
 * with the marker and credits. Cleaning it would throw the article away; the surfaces that
 * clean must refuse unless forced.
 */
export const GUTTED_ARTICLE = [
  'Harbour strike enters second day in Valmora',
  '',
  'Dockworkers at the port of Valmora stayed off the job on Tuesday, the union said.',
  '',
  'Related',
  '',
  'Ships queued outside the harbour as the walkout entered its second day.',
  '',
  'Photo: Ana Ruiz',
  '',
  'Port managers said perishable cargo was being given priority at the two working berths.',
  '',
  'Photo: Ana Ruiz',
  '',
  'The union said talks with the port authority would resume on Thursday morning.',
  '',
].join('\n');

/** What `--force` leaves of it: the headline and the one paragraph above the marker. */
export const GUTTED_ARTICLE_FORCED = ['Harbour strike enters second day in Valmora', '', 'Dockworkers at the port of Valmora stayed off the job on Tuesday, the union said.', ''].join('\n');
