package dev.durableagents.processor;

import static dev.durableagents.processor.DiagnosticsTest.IMPORTS;
import static dev.durableagents.processor.DiagnosticsTest.assertError;

import org.junit.jupiter.api.Test;

/**
 * One test per reason a type has no schema (or none in strict mode): each fails compilation with
 * exactly one error, on the parameter or run method whose type it is, naming the path inside the
 * type.
 */
class SchemaDiagnosticsTest {

  @Test
  void mapParameterInStrictMode() {
    assertError(
        "[StrictModeUnsupported] no strict JSON schema for tool count at 'counts': java.util.Map<"
            + "java.lang.String,java.lang.Integer> is a JSON object with arbitrary keys"
            + " (additionalProperties). OpenAI strict mode cannot express it; set"
            + " @FunctionTool(strict = false) to send a plain schema instead",
        "Map<String, Integer> counts",
        "package test;",
        IMPORTS,
        "import java.util.Map;",
        "public interface Subject {",
        "  @FunctionTool String count(",
        "      Map<String, Integer> counts);",
        "}");
  }

  @Test
  void mapWithIntegerKeysInStrictOutput() {
    assertError(
        "set @Agent(strictOutput = false) to send a plain schema instead",
        "Map<Integer, String> run(",
        "package test;",
        IMPORTS,
        "import java.util.Map;",
        "@Agent",
        "public interface Subject {",
        "  Map<Integer, String> run(String in);",
        "}");
  }

  @Test
  void wildcardNamesThePath() {
    assertError(
        "[UnsupportedType] no JSON schema for tool sum at 'values[]': wildcard ? extends"
            + " java.lang.Number has no schema; use a concrete type argument",
        "List<? extends Number> values",
        "package test;",
        IMPORTS,
        "import java.util.List;",
        "public interface Subject {",
        "  @FunctionTool String sum(",
        "      List<? extends Number> values);",
        "}");
  }

  @Test
  void rawType() {
    assertError(
        "[UnsupportedType] no JSON schema for tool sum at 'values': raw type java.util.List has no"
            + " schema; give its type arguments",
        "List values",
        "package test;",
        IMPORTS,
        "import java.util.List;",
        "public interface Subject {",
        "  @SuppressWarnings(\"rawtypes\")",
        "  @FunctionTool String sum(",
        "      List values);",
        "}");
  }

  @Test
  void mapKeyThatIsNotAStringEvenInPlainMode() {
    assertError(
        "[UnsupportedType] no JSON schema for tool t at 'byItem': the keys of"
            + " java.util.Map<test.Subject.Item,java.lang.String> must be String, an enum, an"
            + " integer type or UUID",
        "Map<Item, String> byItem",
        "package test;",
        IMPORTS,
        "import java.util.Map;",
        "public interface Subject {",
        "  record Item(String sku) {}",
        "  @FunctionTool(strict = false) String t(",
        "      Map<Item, String> byItem);",
        "}");
  }

  @Test
  void privateNestedTypeInsideASchema() {
    assertError(
        "[UnsupportedType] no JSON schema for tool t at 'order.secret': test.Subject.Hidden is"
            + " private",
        "Outer order",
        "package test;",
        IMPORTS,
        "public class Subject {",
        "  private record Hidden(String value) {}",
        "  public record Outer(Hidden secret) {}",
        "  public interface Tools {",
        "    @FunctionTool String t(",
        "        Outer order);",
        "  }",
        "}");
  }

  @Test
  void innerClassInsideASchema() {
    assertError(
        "[UnsupportedType] no JSON schema for tool t at 'value': test.Subject.Inner is an inner"
            + " (non-static) class",
        "Inner value",
        "package test;",
        IMPORTS,
        "public class Subject {",
        "  public class Inner { public String name; }",
        "  public interface Tools {",
        "    @FunctionTool String t(",
        "        Inner value);",
        "  }",
        "}");
  }

  @Test
  void interfaceWithoutTypeInfo() {
    assertError(
        "[UnsupportedType] no JSON schema for tool draw at 'shape': test.Subject.Shape is abstract"
            + " and Jackson cannot create it",
        "Shape shape",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  sealed interface Shape permits Circle {}",
        "  record Circle(double radius) implements Shape {}",
        "  @FunctionTool String draw(",
        "      Shape shape);",
        "}");
  }

  @Test
  void permittedSubtypeMissingFromJsonSubTypes() {
    assertError(
        "test.Subject.Shape permits test.Subject.Square, which Jackson cannot read by name: list"
            + " it in @JsonSubTypes on test.Subject.Shape",
        "Shape shape",
        "package test;",
        IMPORTS,
        "import com.fasterxml.jackson.annotation.*;",
        "public interface Subject {",
        "  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)",
        "  @JsonSubTypes(@JsonSubTypes.Type(Circle.class))",
        "  sealed interface Shape permits Circle, Square {}",
        "  record Circle(double radius) implements Shape {}",
        "  record Square(double side) implements Shape {}",
        "  @FunctionTool String draw(",
        "      Shape shape);",
        "}");
  }

  @Test
  void typeInfoThisProcessorCannotDescribe() {
    assertError(
        "@JsonTypeInfo(use = NAME, include = WRAPPER_ARRAY) on test.Subject.Shape is not"
            + " supported",
        "Shape shape",
        "package test;",
        IMPORTS,
        "import com.fasterxml.jackson.annotation.*;",
        "public interface Subject {",
        "  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_ARRAY)",
        "  @JsonSubTypes(@JsonSubTypes.Type(Circle.class))",
        "  sealed interface Shape permits Circle {}",
        "  record Circle(double radius) implements Shape {}",
        "  @FunctionTool String draw(",
        "      Shape shape);",
        "}");
  }

  @Test
  void beanJacksonCannotCreate() {
    assertError(
        "Jackson cannot create test.Subject.Point: it has no no-argument constructor and no"
            + " @JsonCreator",
        "Point point",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  final class Point {",
        "    private final int x;",
        "    public Point(int x) { this.x = x; }",
        "    public int getX() { return x; }",
        "  }",
        "  @FunctionTool String t(",
        "      Point point);",
        "}");
  }

  @Test
  void propertyJacksonWritesButCannotRead() {
    assertError(
        "[UnsupportedType] no JSON schema for tool t at 'item.label': Jackson writes property"
            + " 'label' of test.Subject.Item (from getLabel()) but cannot read it back; annotate it"
            + " with @JsonIgnore",
        "Item item",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  record Item(String sku) {",
        "    public String getLabel() { return \"#\" + sku; }",
        "  }",
        "  @FunctionTool String t(",
        "      Item item);",
        "}");
  }

  @Test
  void propertyJacksonReadsButNeverWrites() {
    assertError(
        "Jackson reads property 'name' of test.Subject.Bean (through setName()) but never writes"
            + " it",
        "Bean bean",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  class Bean {",
        "    private String name;",
        "    public void setName(String name) { this.name = name; }",
        "    @Override public String toString() { return name; }",
        "  }",
        "  @FunctionTool String t(",
        "      Bean bean);",
        "}");
  }

  @Test
  void jacksonAnnotationThatChangesTheShape() {
    assertError(
        "@JsonValue on text() of test.Subject.Code changes the JSON shape",
        "Code code",
        "package test;",
        IMPORTS,
        "import com.fasterxml.jackson.annotation.*;",
        "public interface Subject {",
        "  record Code(String text) {",
        "    @JsonValue public String text() { return text; }",
        "  }",
        "  @FunctionTool String t(",
        "      Code code);",
        "}");
  }

  @Test
  void twoPropertiesWithOneName() {
    assertError(
        "test.Subject.Pair has two properties named 'value'",
        "Pair pair",
        "package test;",
        IMPORTS,
        "import com.fasterxml.jackson.annotation.*;",
        "public interface Subject {",
        "  record Pair(@JsonProperty(\"value\") String left,",
        "      @JsonProperty(\"value\") String right) {}",
        "  @FunctionTool String t(",
        "      Pair pair);",
        "}");
  }
}
