package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.durableagents.processor.kinds.Kinds;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ToolArguments;
import dev.durableagents.runtime.internal.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema and the JSON agree: for sample values of every supported kind, the JSON the runtime's
 * Jackson mapper writes validates against the generated schema (of a tool's arguments, and of an
 * agent's output, wrapped or not), and reading it back the way the runtime does gives the same
 * value.
 */
class RoundTripTest {

  private record Case(String type, boolean strict, List<Object> samples) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void strict(String type, Object... samples) {
    CASES.add(new Case(type, true, Arrays.asList(samples)));
  }

  private static void plain(String type, Object... samples) {
    CASES.add(new Case(type, false, Arrays.asList(samples)));
  }

  static {
    strict("String", "hello \"world\"", "");
    strict("int", 42, Integer.MIN_VALUE);
    strict("long", Long.MAX_VALUE);
    strict("double", 2.5, -0.1);
    strict("boolean", true);
    strict("char", 'x', '\n');
    strict("Character", 'é');
    strict("java.math.BigDecimal", new BigDecimal("12345678901234567890.123456789"));
    strict("java.util.UUID", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    strict("byte[]", (Object) new byte[] {0, 1, 2, -1, 127});
    strict("char[]", (Object) new char[] {'a', 'b'});
    strict("java.time.Duration", Duration.ofSeconds(3661, 5), Duration.ZERO);
    strict("Kinds.Scalars", scalars());
    strict("Kinds.Times", times());
    strict("Kinds.Priority", Kinds.Priority.LOW, Kinds.Priority.HIGH);
    strict("Kinds.Item", new Kinds.Item("A-1", 3));
    strict("java.util.List<Kinds.Item>", List.of(new Kinds.Item("A", 1), new Kinds.Item("B", 2)));
    strict("java.util.Set<String>", Set.of("x"));
    strict("java.util.Collection<Long>", List.of(1L, 2L));
    strict("Kinds.Item[]", (Object) new Kinds.Item[] {new Kinds.Item("A", 1)});
    strict("int[]", (Object) new int[] {1, 2, 3});
    strict("String[][]", (Object) new String[][] {{"a"}, {"b", "c"}});
    strict("java.util.List<java.util.List<Integer>>", List.of(List.of(1), List.of(2, 3)));
    strict("Kinds.Page<Kinds.Item>", new Kinds.Page<>(List.of(new Kinds.Item("A", 1)), 1));
    strict("java.util.Optional<String>", Optional.of("x"), Optional.empty());
    strict("java.util.Optional<Kinds.Item>", Optional.of(new Kinds.Item("A", 1)), Optional.empty());
    strict("java.util.OptionalInt", OptionalInt.of(7), OptionalInt.empty());
    strict("Kinds.Nullables", nullables(true), nullables(false));
    strict("Kinds.Node", node());
    strict("Kinds.Shape", new Kinds.Circle(1.5), new Kinds.Square(2));
    strict("Kinds.Square", new Kinds.Square(2));
    strict(
        "Kinds.Expr",
        new Kinds.Add(new Kinds.Num(1), new Kinds.Add(new Kinds.Num(2), new Kinds.Num(3))));
    strict("Kinds.Animal", new Kinds.Dog("Rex"), new Kinds.Cat(9));
    strict("Kinds.Person", person(new Kinds.Person()));
    strict("Kinds.Employee", employee());
    strict("Kinds.Account", new Kinds.Account("acc-1", new BigDecimal("10.50")));
    plain("java.util.Map<String, Integer>", map("a", 1, "b", 2));
    plain("java.util.Map<Integer, String>", map(1, "one", -2, "minus two"));
    plain(
        "java.util.Map<Kinds.Priority, Kinds.Item>",
        map(Kinds.Priority.HIGH, new Kinds.Item("A", 1)));
    plain(
        "java.util.Map<java.util.UUID, java.util.List<String>>",
        map(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), List.of("x")));
    plain("java.net.URI", URI.create("https://example.com/a?b=c"));
    plain("Kinds.Item", new Kinds.Item("A-1", 3));
  }

  private static Compilation compilation;
  private static GeneratedClasses generated;

  @BeforeAll
  static void compile() {
    List<String> lines = new ArrayList<>();
    lines.add("package rt;");
    lines.add("import dev.durableagents.annotations.*;");
    lines.add("import dev.durableagents.processor.kinds.Kinds;");
    lines.add("public interface Fixture {");
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      lines.add(
          "  @FunctionTool(strict = "
              + c.strict()
              + ") String t"
              + i
              + "("
              + c.type()
              + " value);");
      lines.add(
          "  @Agent(strictOutput = "
              + c.strict()
              + ") interface O"
              + i
              + " { "
              + c.type()
              + " run(String in); }");
    }
    lines.add("}");
    compilation =
        Compilations.compile(
            List.of(JavaFileObjects.forSourceLines("rt.Fixture", lines.toArray(new String[0]))));
    assertThat(compilation).succeededWithoutWarnings();
    generated = new GeneratedClasses(compilation);
  }

  static Stream<Arguments> cases() {
    List<Arguments> arguments = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      for (Object sample : CASES.get(i).samples()) {
        arguments.add(
            Arguments.of(
                i, CASES.get(i).type() + (CASES.get(i).strict() ? "" : " (plain)"), sample));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "tool argument {1}: {2}")
  @MethodSource("cases")
  void toolArgument(int index, String type, Object sample) throws Exception {
    JsonNode schema = schema("rt.FixtureDefinition", "T" + index + "_SCHEMA", index);
    JsonNode value = Json.mapper().valueToTree(sample);
    String arguments = Json.mapper().createObjectNode().set("value", value).toString();
    assertValid(schema, arguments);

    Method method = null;
    for (Method m : generated.loadClass("rt.FixtureActivities").getMethods()) {
      if (m.getName().equals("t" + index)) {
        method = m;
      }
    }
    Type parameterType = method.getGenericParameterTypes()[0];
    Object read = ToolArguments.parse(arguments).get("value", typeReference(parameterType));
    assertEquals(value, Json.mapper().valueToTree(read), "read back as " + parameterType);
  }

  @ParameterizedTest(name = "output {1}: {2}")
  @MethodSource("cases")
  void output(int index, String type, Object sample) throws Exception {
    String definitionClass = "rt.Fixture_O" + index + "Definition";
    AgentDefinition definition =
        (AgentDefinition) generated.loadClass(definitionClass).getMethod("definition").invoke(null);
    if (definition.outputType().isText()) {
      assertEquals(sample, definition.outputType().parse((String) sample));
      return;
    }
    JsonNode schema = schema(definitionClass, "OUTPUT_SCHEMA", index);
    JsonNode value = Json.mapper().valueToTree(sample);
    String text =
        definition.outputType().schema().wrapped()
            ? Json.mapper().createObjectNode().set("response", value).toString()
            : value.toString();
    assertValid(schema, text);

    Object read = definition.outputType().parse(text);
    assertEquals(value, Json.mapper().valueToTree(read));
  }

  private static JsonNode schema(String className, String field, int index) throws Exception {
    JsonNode schema = Json.mapper().readTree((String) generated.constant(className, field));
    if (CASES.get(index).strict()) {
      assertEquals(List.of(), StrictModeRules.violations(schema), schema::toString);
    }
    return schema;
  }

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static void assertValid(JsonNode schema, String json) throws Exception {
    JsonSchema validator = FACTORY.getSchema(schema, CONFIG);
    Set<ValidationMessage> errors = validator.validate(Json.mapper().readTree(json));
    assertEquals(Set.of(), errors, () -> json + " against " + schema);
  }

  private static TypeReference<Object> typeReference(Type type) {
    return new TypeReference<>() {
      @Override
      public Type getType() {
        return type;
      }
    };
  }

  private static Map<Object, Object> map(Object... entries) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < entries.length; i += 2) {
      map.put(entries[i], entries[i + 1]);
    }
    return map;
  }

  private static Kinds.Scalars scalars() {
    return new Kinds.Scalars(
        true,
        false,
        (byte) -8,
        (short) 300,
        70_000,
        1L << 40,
        -5,
        1.25f,
        1e-3,
        12.5,
        'q',
        '"',
        "text",
        new BigDecimal("0.10"),
        new BigInteger("123456789012345678901234567890"),
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        URI.create("urn:isbn:0451450523"),
        new byte[] {9, 8, 7},
        new char[] {'h', 'i'});
  }

  private static Kinds.Times times() {
    return new Kinds.Times(
        Instant.parse("2024-01-02T03:04:05.123456789Z"),
        // Jackson reads offset date-times adjusted to UTC (ADJUST_DATES_TO_CONTEXT_TIME_ZONE).
        OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC),
        ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
        LocalDate.of(2024, 2, 29),
        LocalDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000),
        LocalDateTime.of(2024, 1, 2, 3, 4),
        LocalTime.of(23, 59),
        OffsetTime.of(3, 4, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
        Duration.ofMinutes(90),
        Period.of(1, 2, 3),
        Year.of(2024),
        YearMonth.of(2024, 3),
        MonthDay.of(12, 25),
        ZoneId.of("Europe/Paris"),
        ZoneOffset.ofHours(-7),
        new Date(1_700_000_000_123L),
        DayOfWeek.FRIDAY);
  }

  private static Kinds.Nullables nullables(boolean present) {
    return present
        ? new Kinds.Nullables(
            "t",
            Optional.of("m"),
            OptionalLong.of(5),
            List.of("a"),
            new Kinds.Item("A", 1),
            Kinds.Priority.HIGH)
        : new Kinds.Nullables(null, Optional.empty(), OptionalLong.empty(), List.of(), null, null);
  }

  private static Kinds.Node node() {
    Kinds.Node leaf = new Kinds.Node("leaf", List.of(), Optional.empty());
    return new Kinds.Node(
        "root", List.of(leaf), Optional.of(new Kinds.Node("up", List.of(), Optional.empty())));
  }

  private static Kinds.Person person(Kinds.Person person) {
    person.setName("Ada");
    person.setAge(36);
    person.setActive(true);
    person.getTags().add("math");
    person.nickname = "A";
    person.setSecret("hidden");
    return person;
  }

  private static Kinds.Employee employee() {
    Kinds.Employee employee = (Kinds.Employee) person(new Kinds.Employee());
    employee.setTeam("engines");
    return employee;
  }
}
