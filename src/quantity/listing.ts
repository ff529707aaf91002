// Figures named in a message: a long list is cut so that one finding never carries a list of thousands of parts.

/** At most `max` figures joined by " + ": a longer list shows its first ones, the last one and its length. */
export function listFigures(raws: readonly string[], max = 8): string {
  if (raws.length <= max) return raws.join(' + ');
  return `${raws.slice(0, max - 2).join(' + ')} + … + ${raws[raws.length - 1]}（共 ${raws.length} 项）`;
}

/** The largest number of decimals among figures, without spreading them into Math.max (no stack limit on length). */
export function maxDecimals(figures: readonly { decimals: number }[], start = 0): number {
  let out = start;
  for (const f of figures) if (f.decimals > out) out = f.decimals;
  return out;
}

/** Digits written after the decimal point of the first number in a text ("236.95万元" → 2, "12" → 0). */
export function writtenDecimals(text: string): number {
  return /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
}
