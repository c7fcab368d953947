package dev.durableagents.examples.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionArgsTest {

  @Test
  void takesTheOptionFromAnywhereAndKeepsTheOtherWordsInOrder() {
    OptionArgs args = OptionArgs.take(List.of("weather", "--city", "Lima", "today"), "--city");

    assertEquals("Lima", args.option());
    assertEquals(List.of("weather", "today"), args.words());
    assertEquals("weather today", args.textOr("default"));
  }

  @Test
  void anAbsentOrValuelessOptionFallsBack() {
    OptionArgs none = OptionArgs.take(List.of(), "--city");
    assertNull(none.option());
    assertEquals("Paris", none.optionOr("Paris"));
    assertEquals("default", none.textOr("default"));

    OptionArgs dangling = OptionArgs.take(List.of("hi", "--city"), "--city");
    assertNull(dangling.option());
    assertEquals(List.of("hi", "--city"), dangling.words());
  }
}
