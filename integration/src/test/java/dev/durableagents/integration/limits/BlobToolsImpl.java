package dev.durableagents.integration.limits;

/** {@link BlobTools} on the worker. */
public final class BlobToolsImpl implements BlobTools {

  @Override
  public String blob(int kilobytes) {
    return "x".repeat(kilobytes * 1024);
  }

  @Override
  public int measure(String text) {
    return text.length();
  }
}
