/**
 * What an article said before the sentence being read, for the constructions that refer back:
 * members a sentence enumerated, the group mentioned last, and which entities were named where,
 * so that a definite description ("the bank", "the region") can be read as the one it refers
 * to. The class a noun names comes from the ontology's class names (`MultilateralBank` ->
 * "bank"), not from a word list.
 */

/** One mention of an entity: which sentence of the article (0-based, in reading order). */
interface Mention {
  id: string;
  sentence: number;
}

/** What {@link Discourse.resolveDescription} asks of the graph. */
export interface DescriptionEnv {
  /** Local names of an entity's classes and all their superclasses. */
  classesOf(id: string): string[];
  /** What else the description says of it ("the Ruritanian country": a member of Ruritania); default: anything. */
  accepts?(id: string): boolean;
}

/** How far back (in sentences) a description looks for what it refers to. */
const LOOKBACK = 5;

/**
 * The last word of a class's local name, lower case: the noun a definite description uses.
 *
 * @example
 * ```ts
 * classNoun('MultilateralBank'); // 'bank'
 * ```
 */
export function classNoun(cls: string): string {
  const words = cls.split(/(?<=[a-z])(?=[A-Z])/);
  return (words[words.length - 1] ?? cls).toLowerCase();
}

/** The state of one article's reading. */
export class Discourse {
  /** Members the article enumerated, by group id. */
  readonly members = new Map<string, Set<string>>();
  lastGroup?: string;
  private readonly mentions: Mention[] = [];
  private sentence = 0;

  constructor(readonly article: string) {}

  /** Records what a sentence named (in order) and moves on to the next sentence. */
  endSentence(named: string[]): void {
    for (const id of named) this.mentions.push({ id, sentence: this.sentence });
    this.sentence++;
  }

  /** The entities the sentence before the one being read named, each once, in order. */
  previousSentence(): string[] {
    return [...new Set(this.mentions.filter((m) => m.sentence === this.sentence - 1).map((m) => m.id))];
  }

  /**
   * The entities that fit, of the nearest sentence before the one being read that named any
   * (each once, in order), and how many sentences back it is (1: the sentence before); at most
   * `lookback` sentences back.
   *
   * @example
   * ```ts
   * d.nearestNamed((id) => isPerson(id), 8); // { ids: ['rufus-firefly'], back: 3 }
   * ```
   */
  nearestNamed(fits: (id: string) => boolean, lookback: number): { ids: string[]; back: number } | undefined {
    for (let back = 1; back <= lookback && back <= this.sentence; back++) {
      const ids = [...new Set(this.mentions.filter((m) => m.sentence === this.sentence - back && fits(m.id)).map((m) => m.id))];
      if (ids.length) return { ids, back };
    }
    return undefined;
  }

  /** Records members a sentence enumerated. */
  learnMembers(group: string, ids: string[]): void {
    const set = this.members.get(group) ?? new Set<string>();
    for (const m of ids) set.add(m);
    this.members.set(group, set);
  }

  /**
   * The entity "the <noun>" refers to: of the class the noun names, the one named earlier in
   * the same sentence (the nearest), else the one named most often in the last sentences (the
   * topic: "the bank" in a story about a bank is that bank even after another is mentioned).
   * Undefined when the noun names no class or the choice is a tie.
   *
   * @example
   * ```ts
   * d.resolveDescription('bank', ['acme-bank'], env); // 'acme-bank'
   * ```
   */
  resolveDescription(noun: string, earlierInSentence: string[], env: DescriptionEnv): { id: string; why: string } | undefined {
    const fits = (id: string): boolean => env.classesOf(id).some((c) => classNoun(c) === noun) && (env.accepts?.(id) ?? true);
    const here = earlierInSentence.filter(fits);
    if (here.length) {
      const id = here[here.length - 1]!;
      return { id, why: `"the ${noun}" read as ${id}, named before it in the sentence` };
    }
    const counts = new Map<string, number>();
    for (const m of this.mentions) {
      if (m.sentence < this.sentence - LOOKBACK && m.sentence > 0) continue;
      if (fits(m.id)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined;
    return { id: ranked[0]![0], why: `"the ${noun}" read as ${ranked[0]![0]}, the ${noun} named most in the sentences before` };
  }
}
