/**
 * Code points, with those of the Basic Multilingual Plane (every character a question is likely to hold) in a bitmap:
 * reading one costs an array read rather than a hash lookup, on a path taken for every character of every question
 * (to-simplified.ts) and every position a dictionary converter reads (dictionary-converter.ts).
 */
export class CharacterSet {
  private readonly basic = new Uint8Array(0x10000);
  private readonly astral = new Set<number>();
  size = 0;

  add(code: number): void {
    if (this.has(code)) return;
    if (code < 0x10000) this.basic[code] = 1;
    else this.astral.add(code);
    this.size += 1;
  }

  has(code: number): boolean {
    return code < 0x10000 ? this.basic[code] === 1 : this.astral.has(code);
  }
}
