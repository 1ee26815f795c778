package io.servicecatalog.console.app.connection;

/**
 * A bounded, lossy pool that hands out one instance per string value, so that the thousands of listed objects
 * that say the same thing ({@code "servicecatalog.k8s.io/v1beta1"}, the broker's name and uid, a namespace, a
 * condition's reason, a label's hash) share it instead of each keeping a copy. A direct-mapped table: a value takes
 * the slot its hash picks, and a different value with the same slot replaces it. Frequent values therefore stay
 * pooled, rare ones come and go, and the pool never holds more than its slot count, so a long session's stream of
 * unique values (resourceVersions, timestamps) cannot grow it.
 *
 * <p>Thread-safe without locks: strings are immutable with final fields, so a racing read sees either the old value
 * or the new one, whole; a lost write costs only a copy that stays unshared.
 */
public final class StringPool {

  private final String[] slots;
  private final int mask;

  /** @param slotsPowerOfTwo log2 of the slot count (16 gives 65,536 slots, 256 KB of references) */
  public StringPool(int slotsPowerOfTwo) {
    if (slotsPowerOfTwo < 1 || slotsPowerOfTwo > 24) {
      throw new IllegalArgumentException("slotsPowerOfTwo must be 1..24, not " + slotsPowerOfTwo);
    }
    slots = new String[1 << slotsPowerOfTwo];
    mask = slots.length - 1;
  }

  /** The pooled instance equal to {@code value} (which becomes the pooled one when the slot held another). */
  public String canonical(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    int h = value.hashCode();
    int slot = (h ^ (h >>> 16)) & mask;
    String pooled = slots[slot];
    if (pooled != null && (pooled == value || pooled.equals(value))) {
      return pooled;
    }
    slots[slot] = value;
    return value;
  }

  /** How many slots hold a value. */
  int pooled() {
    int n = 0;
    for (String s : slots) {
      if (s != null) {
        n++;
      }
    }
    return n;
  }
}
