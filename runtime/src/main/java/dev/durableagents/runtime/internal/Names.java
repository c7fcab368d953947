package dev.durableagents.runtime.internal;

import java.util.Locale;

/** Names the model sees, made the way the OpenAI Agents SDK makes them. */
public final class Names {

  private Names() {}

  /**
   * {@code "Spanish Agent"} and {@code "SpanishAgent"} become {@code "spanish_agent"}: words are
   * split at spaces, punctuation and lower-to-upper case changes, joined by underscores, lower case.
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        boolean boundary =
            Character.isUpperCase(c)
                && (Character.isLowerCase(previous) || Character.isDigit(previous));
        if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      previous = c;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '_') {
      end--;
    }
    return out.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
