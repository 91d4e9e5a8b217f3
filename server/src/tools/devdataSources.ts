/**
 * The development data sets the tools read, as QUALITY.md's table names them: each set, the
 * public repository and commit the kit (../shared/devdata) pins, and what a tool uses of it.
 */
export const SOURCES = [
  {
    set: 'boilerplate/readability',
    repository: 'mozilla/readability',
    commit: 'ab4027a8b37669745016869a37a504727992b2ba',
    used: 'test/test-pages: every English page, whole and cropped to its article with 10 lines each side; confident labels, headline and caption lines set aside',
  },
  {
    set: 'attribution/polnear',
    repository: 'networkdynamics/PolNeAR',
    commit: 'c3eee833c035bf7b8c84f55b58c0bf7346cfae76',
    used: 'compartment train only, every line as content (dev and test stay out)',
  },
  {
    set: 'corroboration/mrpc',
    repository: 'mieseung/Cutoff_with_Attribution',
    commit: '9587d5f58ef87e16f8f2fd224803821cb1e8786f',
    used: 'glue_data/MRPC/train.txt: every pair whose two sentences are both claims (the MRPC test split stays out)',
  },
] as const;
