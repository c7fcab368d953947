package dev.durableagents.examples.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where an interactive sample reads a person's lines and prints its replies.
 *
 * @param in the lines typed (or piped in)
 * @param out where replies go
 * @param interactive whether a person is typing at a terminal, so prompts are worth printing
 */
public record Terminal(BufferedReader in, PrintStream out, boolean interactive) {

  /** The process's standard input and output. */
  public static Terminal system() {
    return of(System.in, System.out, System.console() != null);
  }

  /** A terminal reading {@code in} and printing to {@code out}. */
  public static Terminal of(InputStream in, PrintStream out, boolean interactive) {
    return new Terminal(
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, interactive);
  }

  /** The next line, or {@code null} at the end of the input. */
  public String readLine(String prompt) {
    if (interactive) {
      out.print(prompt);
      out.flush();
    }
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
