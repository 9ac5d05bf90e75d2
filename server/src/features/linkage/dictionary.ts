/**
 * Every distinct normalised value (and name token) gets an integer code; its characters are kept
 * in one flat UTF-16 array so similarity functions read slices by offset. Comparing two records
 * then starts with an integer equality test, and nothing is allocated per pair.
 */
export class ValueDictionary {
  private readonly codes = new Map<string, number>();
  private readonly values: string[] = [];
  text = new Uint16Array(0);
  starts = new Int32Array(1);
  /** Per value, a bit per letter it contains (digits and others share bits): a cheap bound before Jaro–Winkler. */
  letters = new Int32Array(0);

  /** The code of `value` ('' has none: missing). */
  codeOf(value: string): number {
    if (value === '') return -1;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  get size(): number {
    return this.values.length;
  }

  valueOf(code: number): string {
    return this.values[code] ?? '';
  }

  /** Lays the characters out flat; call once every value is in. */
  freeze(): void {
    let length = 0;
    for (const value of this.values) length += value.length;
    this.text = new Uint16Array(length);
    this.starts = new Int32Array(this.values.length + 1);
    this.letters = new Int32Array(this.values.length);
    let offset = 0;
    this.values.forEach((value, code) => {
      this.starts[code] = offset;
      let mask = 0;
      for (let i = 0; i < value.length; i++) {
        const ch = value.charCodeAt(i);
        this.text[offset + i] = ch;
        mask |= 1 << (ch & 31);
      }
      this.letters[code] = mask;
      offset += value.length;
    });
    this.starts[this.values.length] = offset;
    // The lookup map is only needed while encoding; the strings stay for output and frequencies.
    this.codes.clear();
  }
}

/** A growable Int32 column (candidate pairs, tokens) without per-element objects. */
export class IntBuffer {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The filled part (a view, not a copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
