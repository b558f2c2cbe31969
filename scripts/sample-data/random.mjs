// Seeded pseudo-random numbers for the sample data. Math.random cannot be seeded, and the generator
// must write byte-identical files for the same seed, so every draw goes through one of these streams.

/** Mulberry32: a 32-bit state PRNG, fast and good enough for synthetic data (not for cryptography). */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hashes a seed and a stream name into a 32-bit seed (FNV-1a), so each stream is independent. */
function streamSeed(seed, name) {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const char of String(name)) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A named random stream. Separate streams (population, orders, surveys, dirty rows) keep one part of
 * the data unchanged when another part draws more or fewer numbers.
 */
export class Random {
  constructor(seed, name = 'main') {
    this.next = mulberry32(streamSeed(seed, name));
  }

  /** Uniform float in [min, max). */
  uniform(min = 0, max = 1) {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both ends included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability) {
    return this.next() < probability;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks an item of `[item, weight]` pairs with probability proportional to its weight. */
  weighted(pairs) {
    let total = 0;
    for (const [, weight] of pairs) total += weight;
    let draw = this.next() * total;
    for (const [item, weight] of pairs) {
      draw -= weight;
      if (draw < 0) return item;
    }
    return pairs[pairs.length - 1][0];
  }

  /** Standard normal draw (Box–Muller). */
  normal(mean = 0, deviation = 1) {
    const u = 1 - this.next();
    const v = this.next();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal draw whose median is `median` and whose underlying normal has deviation `spread`. */
  logNormal(median, spread) {
    return median * Math.exp(this.normal(0, spread));
  }
}
