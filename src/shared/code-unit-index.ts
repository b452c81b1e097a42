/**
 * Entries kept under a UTF-16 code unit (a term's first character, say), looked up by the code unit itself.
 * A question is read position by position: `charCodeAt` and two array reads find a position's entries, where a
 * map keyed by strings would make the character's one-letter string and hash it at every position.
 */
export class CodeUnitIndex<Entry> {
  /**
   * Per code unit, 1 + the place of its entries in `lists`; 0 when it has none. 32-bit, as all 65,536 code units
   * may have entries: 256 KiB an index, of which the operating system commits only the pages written to.
   */
  private readonly slots = new Uint32Array(0x10000);
  private readonly lists: Entry[][] = [];

  add(code: number, entry: Entry): void {
    const slot = this.slots[code]!;
    if (slot !== 0) {
      this.lists[slot - 1]!.push(entry);
      return;
    }
    this.lists.push([entry]);
    this.slots[code] = this.lists.length;
  }

  /** The entries under `code` in the order added, or undefined when it has none. */
  at(code: number): readonly Entry[] | undefined {
    const slot = this.slots[code]!;
    return slot === 0 ? undefined : this.lists[slot - 1];
  }
}
