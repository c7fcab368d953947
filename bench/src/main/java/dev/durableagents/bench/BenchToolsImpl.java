package dev.durableagents.bench;

/** The tool implementation every variant calls: a pure function of the key, no I/O. */
public final class BenchToolsImpl implements BenchTools, BenchLocalTools {

  @Override
  public Fact lookup(String key) {
    return new Fact(key, "value of " + key);
  }
}
