package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.Json.JsonObject;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Schemas of the JDK types Jackson writes as JSON scalars, as the runtime's mapper writes them
 * ({@code JavaTimeModule} and {@code Jdk8Module} registered, {@code WRITE_DATES_AS_TIMESTAMPS}
 * disabled). A {@code format} is given only where every value Jackson writes matches it: where it
 * does not ({@code LocalDateTime}, {@code LocalTime} and {@code OffsetTime} omit zero seconds, and
 * have no offset or no date) a {@code pattern} is given instead. In strict mode only the formats
 * OpenAI accepts are used.
 */
final class WellKnownTypes {

  /** The formats OpenAI strict mode accepts. */
  static final Set<String> STRICT_FORMATS =
      Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid");

  static final String CHAR_PATTERN = "^[\\s\\S]$";
  static final String BASE64_PATTERN = "^[A-Za-z0-9+/]*={0,2}$";
  private static final String TIME = "\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?";

  private static final Map<String, Scalar> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", Scalar.of("string")),
          Map.entry("java.lang.CharSequence", Scalar.of("string")),
          Map.entry("java.lang.Character", Scalar.pattern("string", CHAR_PATTERN)),
          Map.entry("java.lang.Boolean", Scalar.of("boolean")),
          Map.entry("java.lang.Byte", Scalar.of("integer")),
          Map.entry("java.lang.Short", Scalar.of("integer")),
          Map.entry("java.lang.Integer", Scalar.of("integer")),
          Map.entry("java.lang.Long", Scalar.of("integer")),
          Map.entry("java.math.BigInteger", Scalar.of("integer")),
          Map.entry("java.lang.Float", Scalar.of("number")),
          Map.entry("java.lang.Double", Scalar.of("number")),
          Map.entry("java.math.BigDecimal", Scalar.of("number")),
          Map.entry("java.util.UUID", Scalar.format("uuid")),
          Map.entry("java.net.URI", Scalar.format("uri")),
          Map.entry("java.net.URL", Scalar.format("uri")),
          Map.entry("java.util.Date", Scalar.format("date-time")),
          Map.entry("java.time.Instant", Scalar.format("date-time")),
          Map.entry("java.time.OffsetDateTime", Scalar.format("date-time")),
          Map.entry("java.time.ZonedDateTime", Scalar.format("date-time")),
          Map.entry("java.time.LocalDate", Scalar.format("date")),
          Map.entry(
              "java.time.LocalDateTime",
              Scalar.pattern("string", "^-?\\d{4,}-\\d{2}-\\d{2}T" + TIME + "$")),
          Map.entry("java.time.LocalTime", Scalar.pattern("string", "^" + TIME + "$")),
          Map.entry(
              "java.time.OffsetTime",
              Scalar.pattern("string", "^" + TIME + "(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)$")),
          // Jackson writes a Duration as seconds (WRITE_DURATIONS_AS_TIMESTAMPS is on by default),
          // e.g. 3661.000000005, and reads both that and ISO-8601 text.
          Map.entry("java.time.Duration", Scalar.of("number")),
          Map.entry("java.time.Period", Scalar.format("duration")),
          Map.entry("java.time.Year", Scalar.pattern("string", "^-?\\d{4,}$")),
          Map.entry("java.time.YearMonth", Scalar.pattern("string", "^-?\\d{4,}-\\d{2}$")),
          Map.entry("java.time.MonthDay", Scalar.pattern("string", "^--\\d{2}-\\d{2}$")),
          Map.entry("java.time.ZoneId", Scalar.of("string")),
          Map.entry(
              "java.time.ZoneOffset",
              Scalar.pattern("string", "^(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)$")),
          Map.entry("java.util.OptionalInt", Scalar.of("integer")),
          Map.entry("java.util.OptionalLong", Scalar.of("integer")),
          Map.entry("java.util.OptionalDouble", Scalar.of("number")));

  /** JDK types Jackson writes as a date or time string, which {@code @JsonFormat} may reshape. */
  private static final Set<String> DATES =
      Set.of(
          "java.util.Date",
          "java.time.Instant",
          "java.time.OffsetDateTime",
          "java.time.ZonedDateTime",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.OffsetTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  private WellKnownTypes() {}

  private record Scalar(String type, String format, String pattern) {
    static Scalar of(String type) {
      return new Scalar(type, null, null);
    }

    static Scalar format(String format) {
      return new Scalar("string", format, null);
    }

    static Scalar pattern(String type, String pattern) {
      return new Scalar(type, null, pattern);
    }

    JsonObject schema(boolean strict) {
      JsonObject schema = Json.object().put("type", type);
      if (format != null && (!strict || STRICT_FORMATS.contains(format))) {
        schema.put("format", format);
      }
      if (pattern != null) {
        schema.put("pattern", pattern);
      }
      return schema;
    }
  }

  /** The schema of the JDK type with this qualified name, or {@code null} if it is not a scalar. */
  static JsonObject declared(String qualifiedName, boolean strict) {
    Scalar scalar = SCALARS.get(qualifiedName);
    return scalar == null ? null : scalar.schema(strict);
  }

  /** Whether the type with this name is one of those written as nullable scalars. */
  static boolean isOptionalScalar(String qualifiedName) {
    return qualifiedName.startsWith("java.util.Optional");
  }

  /** Whether Jackson writes the type with this name as a date or time string. */
  private static boolean isDate(String qualifiedName) {
    return DATES.contains(qualifiedName);
  }

  /**
   * The schema of a date or time that carries {@code @JsonFormat} with {@code shape}: a string in a
   * format of the user's, or {@code null} if the type is not a date or the shape not a string.
   */
  static JsonObject formatted(TypeMirror type, String shape) {
    boolean date =
        type.getKind() == TypeKind.DECLARED
            && isDate(
                ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
    boolean string = shape.equals("ANY") || shape.equals("STRING");
    return date && string ? Json.object().put("type", "string") : null;
  }

  /** The schema of a primitive type. */
  static JsonObject primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> Json.object().put("type", "boolean");
      case BYTE, SHORT, INT, LONG -> Json.object().put("type", "integer");
      case FLOAT, DOUBLE -> Json.object().put("type", "number");
      case CHAR -> Scalar.pattern("string", CHAR_PATTERN).schema(true);
      default -> throw new IllegalArgumentException("Not a primitive: " + kind);
    };
  }

  /** The schema of {@code byte[]}, which Jackson writes as one base64 string. */
  static JsonObject bytes(boolean strict) {
    JsonObject schema = Json.object().put("type", "string").put("pattern", BASE64_PATTERN);
    if (!strict) {
      schema.put("contentEncoding", "base64");
    }
    return schema;
  }
}
