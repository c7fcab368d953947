package dev.durableagents.processor.writing;

import java.util.Locale;

/** Names of generated constants. */
final class Constants {

  private Constants() {}

  /**
   * {@code getWeather} becomes {@code GET_WEATHER}; {@code Outer_Inner} becomes {@code
   * OUTER_INNER}.
   */
  static String upperSnake(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(camel.charAt(i - 1))) {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
