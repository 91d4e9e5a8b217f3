/**
 * Issue 13, round 34: a reader's handle alone under the tweet an article quotes signs it, as a
 * name signs a letter, and is the article's; a reporter's handle under the byline stays a
 * contact. Every text here is our own.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';

describe('round 34: a handle alone under what its owner wrote', function () {
  const LETTERS = [
    'Readers weigh in on the new bus timetable',
    'We asked readers whether the council’s new bus timetable had changed how they travel to work.',
    'The early bus now leaves ten minutes before my shift starts, which is the first time in years it has suited me.',
    '@harbour_commuter.',
    'Three buses an hour is fine on paper, but the last one still leaves before the late shift finishes.',
    '@nightnurse77.',
    'I gave up waiting and bought a bicycle in the spring, and I have not missed the bus once.',
    '@pedal_pusher.',
    'The council says it will review the timetable again after the summer, when the new route to the hospital opens.',
  ];

  it('keeps the handles that sign the readers’ words', function () {
    const got = flaggedLineSet(LETTERS);
    for (const handle of ['@harbour_commuter.', '@nightnurse77.', '@pedal_pusher.']) assert.ok(!got.has(handle), `handle flagged: ${handle}`);
  });

  it('still flags a reporter’s handle under the byline', function () {
    const story = [
      'Council approves the new bus timetable',
      'By Jane Holloway',
      '@janeholloway',
      'The council approved a new bus timetable on Tuesday that adds an early service on the three busiest routes into the town centre.',
      'The changes will take effect at the start of next month, and the council said it would review them after the summer.',
      'Passenger groups welcomed the early buses but said the last services of the evening still left too soon for shift workers.',
    ];
    assert.ok(flaggedLineSet(story).has('@janeholloway'));
  });
});
