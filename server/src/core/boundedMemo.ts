/**
 * A function's answers remembered by key: the same words come back line after line and file
 * after file. Bounded, since a long-running server meets new words without end: past `max`
 * keys it starts afresh.
 */
export function boundedMemo(compute: (key: string) => string, max: number): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let answer = known.get(key);
    if (answer === undefined) {
      if (known.size >= max) known.clear();
      answer = compute(key);
      known.set(key, answer);
    }
    return answer;
  };
}
