/**
 * A podcast's prompt under a story (round 237, found among the PolNeAR folder's cross-article
 * links: one site's prompt "also reported" under stories of different events): "Subscribe here or
 * listen to the latest episode below", told after a line on who hosts the show. Every text here
 * is written for the test.
 */
import { assertFlagged, assertKept, flaggedLineSet } from '../support/boilerplateFlags.js';

const HEADLINE = 'Harbour operator shares fall after bridge vote';
const BODY = [
  'Shares of the ferry operator fell 12 percent on Tuesday, a day after the council approved a bridge that will replace its busiest crossing in 2028.',
  'The company carries 40,000 passengers a week between the two quays, and the crossing brings in about a third of its revenue, its annual report shows.',
  'Analysts at two banks cut their forecasts for the company, and one of them said the operator would need to find new routes within five years.',
];

describe('boilerplate: a podcast prompt under the story', function () {
  it('flags "Subscribe here" and "listen to the latest episode" in a line on who hosts the show', function () {
    const prompts = [
      'Mara Holt is a co-host of the Quayside Politics podcast “Low Tide.” Subscribe here or listen to the latest episode below:',
      'Hear our reporters on the bridge vote in the podcast embedded above. Subscribe here.',
    ];
    const found = flaggedLineSet([HEADLINE, ...BODY, ...prompts]);
    assertFlagged(found, prompts);
    assertKept(found, BODY);
  });
});
