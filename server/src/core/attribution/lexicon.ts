/** The attribution lexicons (data in lexicons/attribution.json plus a user's extra entries), as sets. */
import data from './lexicons/attribution.json' with { type: 'json' };
import learned from './cueVerbs.json' with { type: 'json' };
import genders from './lexicons/genders.json' with { type: 'json' };
import listedNames from './lexicons/listedGivenNames.json' with { type: 'json' };
import type { TaggedToken } from '../nlp/tagger.js';
import { byFirstWord } from '../wordSequences.js';

export interface AttributionExtensions {
  speech?: string[];
  clausal?: string[];
  vagueHeads?: string[];
  groupHeads?: string[];
}

/** A form of a verb that speaks with its particle: "laid" before "out" is "lay out". */
export interface PhrasalForm {
  particle: string;
  lemma: string;
}

export interface AttributionLexicon {
  speech: Set<string>;
  clausal: Set<string>;
  stance: Set<string>;
  /** Verbs learned from labelled news as cues of a position (cueVerbs.json, npm run train -- cueverbs). */
  learnedCues: ReadonlySet<string>;
  /** Verbs of a plan or wish: told in the narrative past ("had planned to"), the story's fact, not a position. */
  intentions: Set<string>;
  /** Verbs whose subject is not their agent ("seems", "appears"): never a position. */
  raisingVerbs: Set<string>;
  /** Abbreviations of a country or a union of them, as written ("U.S.", "EU"): never a word of a person's name. */
  placeAbbreviations: ReadonlySet<string>;
  /** Kinds of publication written after an outlet's name ("People magazine"), which tell that the name alone is that outlet. */
  publicationNouns: ReadonlySet<string>;
  /** Titles, roles and given names that say a person is a woman or a man (lexicons/genders.json). */
  femaleWords: Set<string>;
  maleWords: Set<string>;
  /** The given names among them ("Elizabeth", "Marc"): a name's, wherever it stands in it. */
  givenNames: Set<string>;
  /** Given names of a public list that tell only that the surname right after them is a person's ("Felicia Sanders"). */
  listedGivenNames: ReadonlySet<string>;
  impersonal: Set<string>;
  /** Impersonal verbs whose passive before an infinitive tells a plan or a forecast ("is expected to appear"): only "It is expected that…" attributes. */
  plannedPassives: Set<string>;
  /** Impersonal verbs whose passive attributes only before "to be" or "to have" ("is held to be"; not "vigils were held to mark…", a purpose). */
  stateOnlyPassives: Set<string>;
  /** Verbs of belief and forecast whose past form before an infinitive is always a passive ("projected to swell"). */
  passiveBeforeInfinitive: ReadonlySet<string>;
  /** Adverbs that hedge what a case alleges ("allegedly"), and the words that say a story reports a case ("charged", "trial"): see legalHedge.ts. */
  legalHedges: Set<string>;
  legalCaseWords: Set<string>;
  /** Unnamed speakers whose words are a record or a script ("a federal judge ruled", "says a narrator"): not vague sources to query. */
  recordSpeakers: Set<string>;
  /** A text someone issues ("a statement", "a letter"), and the verbs by which they issue it ("released", "sent"). */
  issuedTexts: Set<string>;
  issuingVerbs: Set<string>;
  vagueHeads: Set<string>;
  vagueDeterminers: Set<string>;
  groupHeads: Set<string>;
  roles: Set<string>;
  personRoles: Set<string>;
  /** Nouns that name someone by what they do, beyond personRoles ("strategist", "pollster"): only to read a source's description. */
  occupations: Set<string>;
  organisations: Set<string>;
  /** The statement phrases as word sequences, grouped by first word, longest first within each. */
  statementPhrasesByFirstWord: ReadonlyMap<string, readonly string[][]>;
  negators: Set<string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  passiveSpeech: Set<string>;
  nonStatements: string[];
  writerPronouns: Set<string>;
  hedges: Set<string>;
  publicRecord: Set<string>;
  /** Acts of record: public record only when the sentence names who acted. */
  officialActs: Set<string>;
  checkableWords: Set<string>;
  /** checkablePhrases as word sequences, grouped by first word. */
  checkablePhrasesByFirstWord: ReadonlyMap<string, readonly string[][]>;
  /** Phrases that date what a sentence tells before the story ("last year", "years ago"), as word sequences grouped by first word. */
  backgroundPhrasesByFirstWord: ReadonlyMap<string, readonly string[][]>;
  evidenceNouns: Set<string>;
  /** Phrases that use an evidence noun as a figure of speech ("in the final analysis"), as word sequences. */
  evidenceIdioms: readonly string[][];
  /** Verbs by which a report or rumour goes about on its own before "that" ("Rumours are circulating that…"). */
  rumourVerbs: Set<string>;
  /** Words of a relative clause that says why a source goes unnamed ("who was not authorized to speak"). */
  anonymityWords: Set<string>;
  /** What carries someone's words besides an outlet's name, a statement, a recording or evidence ("an AP account", "a transcript"). */
  carrierNouns: Set<string>;
  collectiveNouns: Set<string>;
  /** Words that say a speaker goes unnamed wherever they stand ("an unnamed official", "speaking on condition of anonymity"). */
  anonymityMarks: Set<string>;
  /** People who speak or work for a body, after its name ("a France Telecom spokeswoman"): that name is a body's. */
  bodyStaff: Set<string>;
  /** What a common noun is tied to when the speaker is described by access, not name ("officials familiar with"), as word sequences. */
  anonymityTies: readonly string[][];
  /** What, right after a mark of anonymity, says why the speaker goes unnamed ("because", "to discuss"), as word sequences. */
  anonymityReasons: readonly string[][];
  /** Words of clearance that, negated, say why a speaker goes unnamed ("not authorized to speak publicly"). */
  clearanceWords: Set<string>;
  /** A speech verb's lemma and the words after it that make an act, not a report ("say goodbye", "report for duty"). */
  speechActIdioms: readonly string[][];
  /** Verbs of speech written with a particle ("laid out", "weighed in"): each form of the verb, with its particle and the phrase's lemma ("lay out"). */
  phrasalSpeech: ReadonlyMap<string, PhrasalForm>;
  /** The same for replies that speak only beside what was said ("shot back that…"). */
  retortPhrases: ReadonlyMap<string, PhrasalForm>;
  /** A verb's lemma and the worries it voices before "that" ("raised concerns that…"), as word sequences. */
  voicedWorries: ReadonlyMap<string, readonly string[][]>;
  /** What the polls of an "in the … poll" phrase are called (pollNouns). */
  pollNouns: Set<string>;
  /** Words of a standing in a race or ranking, which a poll reports (standingWords). */
  standingWords: Set<string>;
  /** Kinds of poll that name one known source by convention, "exit polls" (namedPollKinds): not vague. */
  namedPollKinds: Set<string>;
  labelWords: Set<string>;
  nonAgentHeads: Set<string>;
  /** Heads of an incident or a thing done, which say nothing by a participle after their clause ("the Orlando attack"). */
  incidentHeads: Set<string>;
  /** Heads of a place, a body or a document: never what "he" or "she" stands for ("Trump Tower", "The super PAC"). */
  bodyHeads: Set<string>;
  /** Words before a name that make a thing of it, never what "he" or "she" stands for ("Hurricane Katrina"). */
  thingTitles: Set<string>;
  quoteVerbs: Set<string>;
  /** Verbs by which a written text gives its words, only right beside a quotation ("…,” the statement read."). */
  textVerbs: Set<string>;
  /** Verbs that report speech only with "that" right after them ("critics charged that…"). */
  thatVerbs: Set<string>;
  /** Adjectives of a mind's state that take what it holds as a clause ("are convinced that…"). */
  mindStates: Set<string>;
  /** Verbs that report a question only with it right after them ("wonder whether…"). */
  questionVerbs: Set<string>;
  impersonalAdverbs: Set<string>;
  /** Nouns of report and rumour after "there is/are" and before "that" ("There are reports that…"). */
  impersonalNouns: Set<string>;
  /** Verbs by which evidence (a poll, records) reports even a plain object: "a poll showed a slimmer lead". */
  evidenceVerbs: Set<string>;
  /** Speech verbs whose object is the hearer ("told reporters:"), not what was said. */
  hearerVerbs: Set<string>;
  /** What shows or plays someone speaking ("footage of Clinton asking…"): the one shown speaks. */
  recordingNouns: Set<string>;
  /** Verbs that take an object and a bare infinitive ("make voters feel", "let him know"): the infinitive reports nothing. */
  causativeVerbs: Set<string>;
  /** Verbs of asking and of crying out ("a reporter asked if…", "a boy shouted"): nothing asserted to check, so an unnamed asker is no vague source to query. */
  nonAssertingVerbs: Set<string>;
  /** Participles that give a thing its name ("a group called Democrats for Life"): no speech. */
  namingParticiples: Set<string>;
  /** Verbs that open a sentence to present a name ("Enter Stuart Kaplan, a graduate of…"): the name is the one the story goes on about. */
  presentingVerbs: Set<string>;
  /** What "claim" takes rather than asserts ("claimed the title"). */
  thingsTaken: ReadonlySet<string>;
  /** Written works and records where something is stated ("as stated in his commentary"). */
  writtenWorks: ReadonlySet<string>;
  /** Words for people who do research ("researchers", "a team of scientists"): what they find is a finding they report. */
  researchWords: ReadonlySet<string>;
  /** Verbs by which research finds something ("found", "discovered"), with a plain object after them. */
  findingVerbs: ReadonlySet<string>;
  /** Verbs that take the floor, before an infinitive of purpose of speech ("rose to say that…"): the subject speaks. */
  floorVerbs: ReadonlySet<string>;
  /** What a verb takes as the floor to speak from ("called a news conference to say…"). */
  floorNouns: ReadonlySet<string>;
  /** Verbs whose place or prepositional object names who is to speak after "to" ("called on the mayor to say…"). */
  purposeControls: ReadonlySet<string>;
  /** Verbs that take an infinitive as their object past a place between ("refused at the hearing to say"). */
  infinitiveTakers: ReadonlySet<string>;
  /** Verbs of knowing and perceiving, which narrate in a clause of time ("when she learned that…"). */
  narratedStates: Set<string>;
  /** Verbs of speech that make a thing known ("announce", "mention"): with a thing for object in a clause of time, an act dated. */
  announcingVerbs: Set<string>;
  /** Verbs of emphasis ("underscore", "highlight"): after an event or an abstraction, the writer's analysis. */
  emphasisVerbs: Set<string>;
  /** Adjectives before an infinitive that tell an act done ("was quick to point out that…"): its verb of speech is the subject's. */
  mannerAdjectives: Set<string>;
  resultNouns: Set<string>;
  /** What a sports report counts after a figure ("10 rebounds"): public record. */
  statisticNouns: Set<string>;
  /** A court's schedule and process ("scheduled to be arraigned", "went on trial"), as word sequences grouped by first word. */
  courtRecordPhrasesByFirstWord: ReadonlyMap<string, readonly string[][]>;
  /** Arrests, the police's act of record when the sentence names who made them ("police arrested…"). */
  arrestActs: Set<string>;
  /** What follows "serve" when it tells a term served: a sentence, a post ("as", "under"), a span of time. */
  servedTerms: Set<string>;
  /** A jury, whose proceedings in open court are public record. */
  courtBodies: Set<string>;
  /** A plea: the verbs that enter one (lemmas) and the offences pleaded to ("has denied arson"). */
  pleaVerbs: Set<string>;
  offences: Set<string>;
  /** What calling convenes or stops ("called a hearing", "called a halt"): no words said. */
  convenedEvents: Set<string>;
  /** Verbs that air a programme ("airs weekdays from 6 a.m."): with a clock time, a published listing. */
  broadcastVerbs: Set<string>;
  /** A reply not given (replyVerbs, lemmas, negated) to a request (requestNouns): "did not respond to a request for comment". */
  replyVerbs: Set<string>;
  requestNouns: Set<string>;
  /** Someone not reached, negated (lemmas or words): "was not immediately available", "could not be reached". */
  unreachedWords: Set<string>;
  /** What a market report's moving prices are (marketNouns), and how they move (marketMoves, lemmas). */
  marketNouns: Set<string>;
  marketMoves: Set<string>;
  /** Verbs that state what something is offered at, before a price without a scale ("tickets cost £145"). */
  priceVerbs: Set<string>;
  /** The places of a competition ("silver", "bronze medal"): a result. */
  podiumWords: Set<string>;
  /** What a figure does that someone or something may see, as in had: "saw a 30% increase". */
  changeNouns: ReadonlySet<string>;
  /** Exchanges a ticker is given with, as written ("NYSE" of "(NYSE: BA)"): a market report's mark. */
  stockExchanges: ReadonlySet<string>;
  /** Words only sport uses ("touchdown", "rebounds", "NFL"): a story full of them is a sports report. */
  sportsWords: Set<string>;
  /** How a poll was made: phrases ("margin of error") and, after a poll, verbs ("interviewed 1,504 adults"). */
  pollMethodPhrases: string[][];
  pollMethodVerbs: Set<string>;
  /** Verbs that report only with one of their particles right after them ("pointed out that…", "pointed to the poll"; not "pointed a gun at"). */
  particleVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  /** What is sought by acting, not by taking a position ("sought psychiatric help", "seeks reelection"). */
  thingsSoughtByActing: Set<string>;
  /** Works whose writing is an act of authorship, not words reported ("wrote a book", "wrote a check"). */
  worksWritten: Set<string>;
  /**
   * Verbs of speaking that, with no words of what was said after them (no clause, no quotation),
   * tell an act: "testified before the committee for eleven hours", "will testify at the trial".
   */
  wordlessActVerbs: Set<string>;
  /**
   * Messages whose writing, with nothing of what they say, is an act ("wrote a letter to the
   * adviser"); unlike worksWritten, one "written by" someone may go on to be quoted.
   */
  messagesWritten: Set<string>;
  /** Who decides by a vote ("voters", "the electorate"): an agent that votes, not one that reports. */
  votingBodies: Set<string>;
  /** What is granted or withheld by an act of record ("denied bail", "denied entry"). */
  thingsWithheld: Set<string>;
  /** Verbs that keep or run a plain object ("maintains a program"), reporting only with a clause right after it. */
  keepingVerbs: Set<string>;
  /** Verbs of change a tagger may read as a noun after another ("their jobless rate fall"). */
  changeVerbs: Set<string>;
  /** Stance verbs that a particle after them turns from taking a side to leaving it ("backed down", "backed off its threat"). */
  particlesLeavingTheSide: ReadonlyMap<string, ReadonlySet<string>>;
  /** Stance verbs that a particle with no object after it turns from taking a side to a state ("lorries backed up along the road"; "backed up the claim" still takes one). */
  particlesWithoutObjectTakeNoSide: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Verbs whose object stands before their preposition ("accused the mayor of fraud", "charged
   * him with arson"): such a verb followed by its preposition at once has no object, so it is a
   * passive participle ("an American contractor accused of spying"), its subject the one acted on.
   */
  objectFirstVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Verbs of belief that take an object and what it is held to be ("judged America a paper tiger"). */
  objectComplementVerbs: Set<string>;
  /** Verbs that report through their object and a preposition after it ("identified the victim as…", "put the toll at 32"). */
  framedReports: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Do these words (lower case, joined by spaces) tell that nothing was said: "declined to comment" (lexicon `nonStatements`)? */
export const tellsNoStatement = (words: string, lexicon: AttributionLexicon) => lexicon.nonStatements.some((phrase) => words.includes(phrase));

/** A noun naming evidence a sentence may take its figures from: "poll", "records", "surveys". */
export const isEvidenceNoun = (t: TaggedToken, lexicon: AttributionLexicon) => t.pos === 'NOUN' && (lexicon.evidenceNouns.has(t.lower) || lexicon.evidenceNouns.has(t.lemma));

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const cache = new Map<string, AttributionLexicon>();

/** Each form of each phrasal verb ("laid"), with its particle and lemma ("out", "lay out"). */
function phrasalForms(phrases: Record<string, string[]>): Map<string, PhrasalForm> {
  const forms = new Map<string, PhrasalForm>();
  for (const [lemma, verbForms] of Object.entries(phrases)) {
    const [, particle] = lemma.toLowerCase().split(' ');
    for (const form of verbForms) forms.set(form.toLowerCase(), { particle: particle!, lemma: lemma.toLowerCase() });
  }
  return forms;
}

export function attributionLexicon(extra: AttributionExtensions = {}): AttributionLexicon {
  const key = JSON.stringify(extra);
  const cached = cache.get(key);
  if (cached) return cached;
  // Longest first, as word sequences.
  const statementPhrases = [...data.statementPhrases].sort((a, b) => b.length - a.length).map((p) => p.toLowerCase().split(' '));
  const lexicon: AttributionLexicon = {
    // (A phrasal verb of speech is one by its lemma, "lay out", once its words are read as one.)
    speech: lower([...data.speech, ...Object.keys(data.phrasalSpeech), ...Object.keys(data.retortPhrases), ...(extra.speech ?? [])]),
    clausal: lower([...data.clausal, ...(extra.clausal ?? [])]),
    stance: lower(data.stance),
    mindStates: lower(data.mindStates),
    questionVerbs: lower(data.questionVerbs),
    raisingVerbs: lower(data.raisingVerbs),
    publicationNouns: lower(data.publicationNouns),
    placeAbbreviations: new Set(data.placeAbbreviations),
    femaleWords: lower([...genders.female.titles, ...genders.female.givenNames]),
    maleWords: lower([...genders.male.titles, ...genders.male.givenNames]),
    givenNames: lower([...genders.female.givenNames, ...genders.male.givenNames]),
    listedGivenNames: new Set(listedNames.names),
    learnedCues: new Set(Object.keys((learned as { verbs?: Record<string, number> | null }).verbs ?? {})),
    impersonal: lower(data.impersonal),
    plannedPassives: lower(data.plannedPassives),
    stateOnlyPassives: lower(data.stateOnlyPassives),
    passiveBeforeInfinitive: lower(data.passiveBeforeInfinitive),
    legalHedges: lower(data.legalHedges),
    legalCaseWords: lower(data.legalCaseWords),
    recordSpeakers: lower(data.recordSpeakers),
    issuedTexts: lower(data.issuedTexts),
    issuingVerbs: lower(data.issuingVerbs),
    vagueHeads: lower([...data.vagueHeads, ...(extra.vagueHeads ?? [])]),
    vagueDeterminers: lower(data.vagueDeterminers),
    groupHeads: lower([...data.groupHeads, ...(extra.groupHeads ?? [])]),
    roles: lower(data.roles),
    personRoles: lower(data.personRoles),
    occupations: lower(data.occupations),
    organisations: lower(data.organisations),
    statementPhrasesByFirstWord: byFirstWord(statementPhrases, (phrase) => phrase),
    negators: lower(data.negators),
    personPronouns: lower(data.pronouns.person),
    groupPronouns: lower(data.pronouns.group),
    passiveSpeech: lower(data.passiveSpeech),
    nonStatements: data.nonStatements.map((p) => p.toLowerCase()),
    writerPronouns: lower(data.writerPronouns),
    hedges: lower(data.hedges),
    publicRecord: lower(data.publicRecord),
    officialActs: lower(data.officialActs),
    checkableWords: lower(data.checkableWords),
    checkablePhrasesByFirstWord: byFirstWord(
      data.checkablePhrases.map((p) => p.toLowerCase().split(' ')),
      (phrase) => phrase,
    ),
    backgroundPhrasesByFirstWord: byFirstWord(
      data.backgroundPhrases.map((p) => p.toLowerCase().split(' ')),
      (phrase) => phrase,
    ),
    evidenceNouns: lower(data.evidenceNouns),
    evidenceIdioms: data.evidenceIdioms.map((p) => p.toLowerCase().split(' ')),
    rumourVerbs: lower(data.rumourVerbs),
    anonymityWords: lower(data.anonymityWords),
    carrierNouns: lower(data.carrierNouns),
    collectiveNouns: lower(data.collectiveNouns),
    anonymityMarks: lower(data.anonymityMarks),
    bodyStaff: lower(data.bodyStaff),
    anonymityTies: data.anonymityTies.map((p) => p.toLowerCase().replace(/-/g, ' - ').split(/\s+/)),
    anonymityReasons: data.anonymityReasons.map((p) => p.toLowerCase().split(/\s+/)),
    clearanceWords: lower(data.clearanceWords),
    speechActIdioms: data.speechActIdioms.map((p) => p.toLowerCase().split(' ')),
    phrasalSpeech: phrasalForms(data.phrasalSpeech),
    retortPhrases: phrasalForms(data.retortPhrases),
    voicedWorries: new Map(Object.entries(data.voicedWorries).map(([verb, worries]) => [verb.toLowerCase(), worries.map((w) => w.toLowerCase().split(' '))])),
    pollNouns: lower(data.pollNouns),
    standingWords: lower(data.standingWords),
    namedPollKinds: lower(data.namedPollKinds),
    labelWords: lower(data.labelWords),
    nonAgentHeads: lower(data.nonAgentHeads),
    incidentHeads: lower(data.incidentHeads),
    bodyHeads: lower(data.bodyHeads),
    thingTitles: lower(data.thingTitles),
    quoteVerbs: lower(data.quoteVerbs),
    textVerbs: lower(data.textVerbs),
    thatVerbs: lower(data.thatVerbs),
    intentions: lower(data.intentions),
    impersonalAdverbs: lower(data.impersonalAdverbs),
    impersonalNouns: lower(data.impersonalNouns),
    hearerVerbs: lower(data.hearerVerbs),
    recordingNouns: lower(data.recordingNouns),
    causativeVerbs: lower(data.causativeVerbs),
    nonAssertingVerbs: lower(data.nonAssertingVerbs),
    namingParticiples: lower(data.namingParticiples),
    presentingVerbs: lower(data.presentingVerbs),
    thingsTaken: lower(data.thingsTaken),
    writtenWorks: lower(data.writtenWorks),
    researchWords: lower(data.researchWords),
    findingVerbs: lower(data.findingVerbs),
    floorVerbs: lower(data.floorVerbs),
    floorNouns: lower(data.floorNouns),
    purposeControls: lower(data.purposeControls),
    infinitiveTakers: lower(data.infinitiveTakers),
    narratedStates: lower(data.narratedStates),
    announcingVerbs: lower(data.announcingVerbs),
    emphasisVerbs: lower(data.emphasisVerbs),
    mannerAdjectives: lower(data.mannerAdjectives),
    evidenceVerbs: lower(data.evidenceVerbs),
    resultNouns: lower(data.resultNouns),
    statisticNouns: lower(data.statisticNouns),
    courtRecordPhrasesByFirstWord: byFirstWord(
      data.courtRecordPhrases.map((p) => p.toLowerCase().split(' ')),
      (phrase) => phrase,
    ),
    arrestActs: lower(data.arrestActs),
    servedTerms: lower(data.servedTerms),
    courtBodies: lower(data.courtBodies),
    pleaVerbs: lower(data.pleaVerbs),
    offences: lower(data.offences),
    convenedEvents: lower(data.convenedEvents),
    broadcastVerbs: lower(data.broadcastVerbs),
    replyVerbs: lower(data.replyVerbs),
    requestNouns: lower(data.requestNouns),
    unreachedWords: lower(data.unreachedWords),
    marketNouns: lower(data.marketNouns),
    marketMoves: lower(data.marketMoves),
    priceVerbs: lower(data.priceVerbs),
    podiumWords: lower(data.podiumWords),
    changeNouns: lower(data.changeNouns),
    stockExchanges: new Set(data.stockExchanges),
    sportsWords: lower(data.sportsWords),
    pollMethodPhrases: data.pollMethodPhrases.map((phrase) => phrase.toLowerCase().split(/\s+/)),
    pollMethodVerbs: lower(data.pollMethodVerbs),
    objectComplementVerbs: lower(data.objectComplementVerbs),
    particleVerbs: new Map(Object.entries(data.particleVerbs).map(([verb, particles]) => [verb.toLowerCase(), lower(particles)])),
    changeVerbs: lower(data.changeVerbs),
    thingsSoughtByActing: lower(data.thingsSoughtByActing),
    worksWritten: lower(data.worksWritten),
    wordlessActVerbs: lower(data.wordlessActVerbs),
    messagesWritten: lower(data.messagesWritten),
    votingBodies: lower(data.votingBodies),
    thingsWithheld: lower(data.thingsWithheld),
    keepingVerbs: lower(data.keepingVerbs),
    particlesLeavingTheSide: new Map(Object.entries(data.particlesLeavingTheSide).map(([verb, particles]) => [verb.toLowerCase(), lower(particles)])),
    particlesWithoutObjectTakeNoSide: new Map(Object.entries(data.particlesWithoutObjectTakeNoSide).map(([verb, particles]) => [verb.toLowerCase(), lower(particles)])),
    objectFirstVerbs: new Map(Object.entries(data.objectFirstVerbs).map(([verb, prepositions]) => [verb.toLowerCase(), lower(prepositions)])),
    framedReports: new Map(Object.entries(data.framedReports).map(([verb, prepositions]) => [verb.toLowerCase(), lower(prepositions)])),
  };
  if (cache.size > 16) cache.clear();
  cache.set(key, lexicon);
  return lexicon;
}
