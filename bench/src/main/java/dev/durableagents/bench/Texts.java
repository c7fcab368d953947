package dev.durableagents.bench;

/** Builds message texts of a given length. */
final class Texts {

  private static final String WORDS =
      "the quick brown fox jumps over the lazy dog while durable agents keep their state ";

  private Texts() {}

  /** {@code prefix} followed by filler words, {@code length} characters in all. */
  static String filler(String prefix, int length) {
    StringBuilder b = new StringBuilder(length).append(prefix);
    while (b.length() < length) {
      b.append(WORDS, 0, Math.min(WORDS.length(), length - b.length()));
    }
    return b.toString();
  }
}
