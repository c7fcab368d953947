package dev.durableagents.processor.validation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations written in annotation attributes. */
public final class Durations {

  private static final Pattern SHORT = Pattern.compile("^(\\d+)(ms|s|m|h|d)$");

  private Durations() {}

  /**
   * Parses {@code "500ms"}, {@code "10s"}, {@code "5m"}, {@code "1h"}, {@code "2d"} or ISO-8601
   * ({@code "PT10S"}).
   *
   * @return the duration, or {@code null} if the text is not one, or not positive
   */
  public static Duration parse(String text) {
    String t = text.trim();
    Matcher m = SHORT.matcher(t);
    Duration d;
    if (m.matches()) {
      long n;
      try {
        n = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        return null;
      }
      d =
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
    } else {
      try {
        d = Duration.parse(t);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return d.isZero() || d.isNegative() ? null : d;
  }
}
