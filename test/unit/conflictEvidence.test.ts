/**
 * Issue 15, item 3 (QUALITY.md round 39): a conflict needs the same happening, not the same kind
 * of figure. Read on news clusters, the conflicts a reader rejected were two navies' captures,
 * two games' statistics, a seizure set against an attack, and two years' audiences. Every text
 * here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../server/src/core/corpus.js';

/** A fact both articles report in other words: a conflict is only looked for between reports of one event. */
const SHARED = ['Talks between the two delegations resumed in Brennick on Tuesday.', 'The two delegations resumed their talks in Brennick on Tuesday.'];

/** The conflicts found between two articles, as "here | there". */
function conflicts(first: string, second: string): string[] {
  const results = analyzeCorpus([
    { id: 'one', fileName: 'one.txt', text: `First report\n${first}\n${SHARED[0]}\n` },
    { id: 'two', fileName: 'two.txt', text: `Second report\n${second}\n${SHARED[1]}\n` },
  ]);
  return results.flatMap((r) =>
    r.annotations.filter((a) => a.kind === 'conflict').flatMap((a) => (a.data['matches'] as { values: { here: string; there: string } }[]).map((m) => `${m.values.here} | ${m.values.there}`)),
  );
}

describe('a conflict needs the same happening', function () {
  it('still sets two counts of one holder and one act against each other', function () {
    assert.notDeepEqual(conflicts('The Valdorian Navy captured 23 pirates near Brennick on Monday.', 'The Valdorian Navy captured eight pirates near Brennick on Monday.'), []);
  });

  it('tells two holders of one last name apart', function () {
    // Before: both holders were "Navy".
    assert.deepEqual(conflicts('The Valdorian Navy captured 23 pirates near Brennick on Monday.', 'The Ostlandic Royal Navy captured eight pirates near Brennick on Monday.'), []);
  });

  it("does not set one game's statistic against another's unless the sentences say the same", function () {
    // Before: "20 points | 24 points".
    assert.deepEqual(conflicts('Marek Holm scored 20 points and nine rebounds in the game.', 'Marek Holm scored 24 points as Ostland routed the visitors in a balanced attack.'), []);
    assert.notDeepEqual(conflicts('Marek Holm scored 20 points in the win over Brennick.', 'Marek Holm scored 24 points in the win over Brennick.'), []);
  });

  it('needs what happened to the things counted to be said alike on both sides', function () {
    // Before: "two small boats | 5 merchant vessels", one navy's vessels in two acts.
    assert.deepEqual(conflicts('The Valdorian navy seized two small boats near Brennick.', 'Valdorian navy has foiled a piracy attempt on 5 Valdorian merchant vessels near Brennick.'), []);
  });

  it('needs a name both sentences give', function () {
    // Before: "55.3 million people | 39.9 million people", this year's audience and an earlier one.
    assert.deepEqual(
      conflicts('A total of 55.3 million people tuned in to watch the ceremony.', 'Her previous gala at the Lindqvist Hall, hosted by Ana Ruiz, was watched by 39.9 million people.'),
      [],
    );
  });

  it('does not set a count told of one weekday against an article that dates its story by others', function () {
    // Before: "23 pirates | eight pirates", two raids of one navy, on a Thursday and on a Saturday.
    const raid = 'The Valdorian Navy captured eight pirates near Brennick.';
    assert.deepEqual(conflicts('The Valdorian Navy captured 23 pirates near Brennick on Thursday.', `${raid}\nThe raid on Saturday followed a distress call from a cargo ship.`), []);
    assert.notDeepEqual(conflicts('The Valdorian Navy captured 23 pirates near Brennick on Thursday.', `${raid}\nThe raid on Thursday followed a distress call from a cargo ship.`), []);
  });

  it('dates a figure of no one by the year the sentence before sets its happening in', function () {
    // Before: "55.3 million people | 40.3 million people", the audience of a gala years earlier.
    const audience = 'In all, 40.3 million people tuned in to watch the ceremony.';
    assert.deepEqual(conflicts('The best-watched gala in recent memory was in 1998, when the Lindqvist Hall reopened.\nA total of 55.3 million people tuned in to watch the ceremony.', audience), []);
    // A year the sentence before looks ahead to dates nothing after it.
    assert.notDeepEqual(conflicts('The hall said no seats would be sold before 2027 and that the tour would go on.\nA total of 55.3 million people tuned in to watch the ceremony.', audience), []);
  });

  it('does not dispute a figure that holds only under a condition the sentence opens with', function () {
    // Before: "40 percent | 55 percent", an estimate for one outcome set against the count for another (round 132).
    assert.deepEqual(conflicts('If the ferry union accepts the offer on Friday, the Valdorian Navy will cut its patrols by 40 percent.', 'The Valdorian Navy will cut its patrols by 55 percent.'), []);
    assert.notDeepEqual(conflicts('The Valdorian Navy will cut its patrols by 40 percent.', 'The Valdorian Navy will cut its patrols by 55 percent.'), []);
  });
});
