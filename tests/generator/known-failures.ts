// The generated cases that fail today, each a misreading owned by issue 12 §2–§3 (src/quantity and the number
// and year rules; other helpers fix them in parallel). Targets and results are not listed: none fails in 2400
// generated reports. properties.test.ts accepts exactly these failure keys, so `npm test` stays green while the gaps stay visible; a listed key that no longer occurs in a full run
// (`npm run test:generated`) fails that run, so the list only shrinks. Keys: type|kind-or-rule|form[|rules], where
// type is miss (no finding), wrong-line, duplicate (more than one finding for one defect), false-alarm (a finding
// on text that is right), scale (findings change when 万元 amounts are written in 元) or docx (.md and .docx differ).
// '*' matches one segment. `example` is a sentence the generator wrote (seed in brackets).

export interface KnownFailure {
  key: string;
  why: string;
  example: string;
}

export const KNOWN_FAILURES: KnownFailure[] = [
];

const segMatch = (pattern: string, key: string) => {
  const p = pattern.split('|'), k = key.split('|');
  return p.length === k.length && p.every((seg, i) => seg === '*' || seg === k[i] || (seg.includes('*') && new RegExp(`^${seg.replace(/[.+?^${}()[\]\\]/g, '\\$&').replace(/\*/g, '[^|]*')}$`).test(k[i])));
};

export function knownFailure(key: string): KnownFailure | undefined {
  return KNOWN_FAILURES.find((k) => segMatch(k.key, key));
}
