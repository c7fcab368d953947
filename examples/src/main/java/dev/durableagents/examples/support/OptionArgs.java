package dev.durableagents.examples.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A sample's arguments with one option taken out: {@code --name value} anywhere among them, and the
 * other words, which usually make the sample's message.
 *
 * @param option the option's value, or {@code null} when it is not given
 * @param words the arguments without the option and its value
 */
public record OptionArgs(String option, List<String> words) {

  /** Takes the option {@code name} (such as {@code "--city"}) out of {@code args}. */
  public static OptionArgs take(List<String> args, String name) {
    List<String> words = new ArrayList<>(args);
    int flag = words.indexOf(name);
    if (flag < 0 || flag + 1 >= words.size()) {
      return new OptionArgs(null, List.copyOf(words));
    }
    String value = words.get(flag + 1);
    words.subList(flag, flag + 2).clear();
    return new OptionArgs(value, List.copyOf(words));
  }

  /** The option's value, or {@code fallback} when it is not given. */
  public String optionOr(String fallback) {
    return option == null ? fallback : option;
  }

  /** The other words joined by spaces, or {@code fallback} when there are none. */
  public String textOr(String fallback) {
    return words.isEmpty() ? fallback : String.join(" ", words);
  }
}
