export interface KeywordHit {
  readonly position: number;
  readonly score: number;
}

/**
 * The best `limit` hits seen so far — higher score first, the earlier position on equal scores — in a binary heap
 * whose root is the worst kept hit, so a hit that cannot get in costs one comparison.
 */
export class TopHits {
  private positions: Int32Array;
  private scores: Float64Array;
  private size = 0;

  constructor(private limit: number) {
    this.positions = new Int32Array(Math.max(0, limit));
    this.scores = new Float64Array(Math.max(0, limit));
  }

  /** Empties the heap for another search of up to `limit` hits, keeping its arrays when they are large enough. */
  reset(limit: number): void {
    if (limit > this.positions.length) {
      this.positions = new Int32Array(limit);
      this.scores = new Float64Array(limit);
    }
    this.limit = Math.max(0, limit);
    this.size = 0;
  }

  get full(): boolean {
    return this.size === this.limit;
  }

  /** The score a new hit must beat once full (an equal score from a later position does not get in). */
  get worstScore(): number {
    return this.size === 0 ? Number.NEGATIVE_INFINITY : this.scores[0]!;
  }

  offer(position: number, score: number): void {
    if (this.limit <= 0) return;
    if (this.size < this.limit) {
      let at = this.size++;
      // Sift up: a parent must be worse than (or as bad as) its children.
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(position, score, this.positions[parent]!, this.scores[parent]!)) break;
        this.positions[at] = this.positions[parent]!;
        this.scores[at] = this.scores[parent]!;
        at = parent;
      }
      this.positions[at] = position;
      this.scores[at] = score;
      return;
    }
    if (!this.worse(this.positions[0]!, this.scores[0]!, position, score)) return;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.worse(this.positions[child + 1]!, this.scores[child + 1]!, this.positions[child]!, this.scores[child]!)) child += 1;
      if (!this.worse(this.positions[child]!, this.scores[child]!, position, score)) break;
      this.positions[at] = this.positions[child]!;
      this.scores[at] = this.scores[child]!;
      at = child;
    }
    this.positions[at] = position;
    this.scores[at] = score;
  }

  /** The kept hits, best first. */
  sorted(): KeywordHit[] {
    // By insertion, with the comparison written out: a few dozen hits, and no comparator called back per comparison.
    const hits: KeywordHit[] = [];
    for (let index = 0; index < this.size; index += 1) {
      const hit: KeywordHit = { position: this.positions[index]!, score: this.scores[index]! };
      let at = hits.length;
      hits.push(hit);
      while (at > 0 && this.worse(hits[at - 1]!.position, hits[at - 1]!.score, hit.position, hit.score)) {
        hits[at] = hits[at - 1]!;
        at -= 1;
      }
      hits[at] = hit;
    }
    return hits;
  }

  private worse(position: number, score: number, otherPosition: number, otherScore: number): boolean {
    return score < otherScore || (score === otherScore && position > otherPosition);
  }
}
