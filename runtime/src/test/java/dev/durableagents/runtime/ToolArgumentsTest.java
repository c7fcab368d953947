package dev.durableagents.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ToolArguments#get(String, Class)} reads strings, booleans and numbers without the object
 * mapper; these pin that it gives what the mapper gives, and the same errors.
 */
class ToolArgumentsTest {

  private static final ToolArguments ARGS =
      ToolArguments.parse(
          "{\"s\":\"Paris\",\"i\":7,\"big\":12345678901,\"d\":1.5,\"b\":true,\"n\":null,"
              + "\"sAsNumber\":42,\"iAsText\":\"8\",\"list\":[1,2]}");

  @Test
  void plainValuesAreTheMappersValues() {
    assertEquals("Paris", ARGS.get("s", String.class));
    assertEquals(7, ARGS.get("i", int.class));
    assertEquals(7, ARGS.get("i", Integer.class));
    assertEquals(7L, ARGS.get("i", long.class));
    assertEquals(12345678901L, ARGS.get("big", Long.class));
    assertEquals(1.5, ARGS.get("d", double.class));
    assertEquals(7.0, ARGS.get("i", Double.class));
    assertEquals(true, ARGS.get("b", boolean.class));
    assertEquals(Boolean.TRUE, ARGS.get("b", Boolean.class));
  }

  @Test
  void otherShapesStillGoThroughTheMapper() {
    // The mapper's coercions are kept: a number read as a String, a numeric string as an int.
    assertEquals("42", ARGS.get("sAsNumber", String.class));
    assertEquals(8, ARGS.get("iAsText", int.class));
    assertNull(ARGS.get("n", String.class));
    assertEquals(List.of(1, 2), ARGS.get("list", new TypeReference<List<Integer>>() {}));
  }

  @Test
  void errorsAreUnchanged() {
    ToolArgumentsException missing =
        assertThrows(ToolArgumentsException.class, () -> ARGS.get("absent", String.class));
    assertEquals("Missing required argument 'absent'", missing.getMessage());
    ToolArgumentsException nullPrimitive =
        assertThrows(ToolArgumentsException.class, () -> ARGS.get("n", int.class));
    assertEquals("Argument 'n' must not be null", nullPrimitive.getMessage());
    ToolArgumentsException overflow =
        assertThrows(ToolArgumentsException.class, () -> ARGS.get("big", int.class));
    assertTrue(overflow.getMessage().startsWith("Argument 'big' has the wrong type"));
  }
}
