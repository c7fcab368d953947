package dev.durableagents.processor.kinds;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
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
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Types of every supported kind, compiled as ordinary test classes: the round-trip test generates
 * their schemas from the class files and checks them against the JSON Jackson writes for samples.
 */
public final class Kinds {

  private Kinds() {}

  /** A nullability annotation of no particular library, as users bring their own. */
  @Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
  public @interface Nullable {}

  public record Item(String sku, int quantity) {}

  public record Page<T>(List<T> items, int total) {}

  public record Node(String name, List<Node> children, Optional<Node> parent) {}

  public enum Priority {
    LOW,
    @JsonProperty("urgent")
    HIGH
  }

  public record Scalars(
      boolean flag,
      Boolean boxedFlag,
      byte b,
      short s,
      int i,
      long l,
      Integer boxedInt,
      float f,
      double d,
      Double boxedDouble,
      char c,
      Character boxedChar,
      String text,
      BigDecimal decimal,
      BigInteger big,
      UUID id,
      URI link,
      byte[] bytes,
      char[] chars) {}

  public record Times(
      Instant instant,
      OffsetDateTime offsetDateTime,
      ZonedDateTime zoned,
      LocalDate date,
      LocalDateTime localDateTime,
      LocalDateTime localDateTimeNoSeconds,
      LocalTime time,
      OffsetTime offsetTime,
      Duration duration,
      Period period,
      Year year,
      YearMonth yearMonth,
      MonthDay monthDay,
      ZoneId zone,
      ZoneOffset offset,
      Date legacy,
      java.time.DayOfWeek day) {}

  /**
   * Nullable values. (Type-use annotations inside type arguments, {@code List<@Nullable String>},
   * are not visible in class files to javac 17, so they are tested from source only.)
   */
  public record Nullables(
      @Nullable String text,
      Optional<String> maybe,
      OptionalLong number,
      List<String> gaps,
      @Nullable Item item,
      @Nullable Priority priority) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(Circle.class),
    @JsonSubTypes.Type(value = Square.class, name = "square")
  })
  public sealed interface Shape permits Circle, Square {}

  public record Circle(double radius) implements Shape {}

  public record Square(double side) implements Shape {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Num.class, name = "num"),
    @JsonSubTypes.Type(value = Add.class, name = "add")
  })
  public sealed interface Expr permits Num, Add {}

  public record Num(int value) implements Expr {}

  public record Add(Expr left, Expr right) implements Expr {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
  public sealed interface Animal permits Dog, Cat {}

  public record Dog(String name) implements Animal {}

  public record Cat(int lives) implements Animal {}

  /** A JavaBean: getters, setters, a public field, a renamed and an ignored property. */
  public static class Person {
    private String name;

    @JsonProperty("years")
    private int age;

    private boolean active;
    private final List<String> tags = new ArrayList<>();
    public String nickname;
    private String secret;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public int getAge() {
      return age;
    }

    public void setAge(int age) {
      this.age = age;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }

    public List<String> getTags() {
      return tags;
    }

    @JsonIgnore
    public String getSecret() {
      return secret;
    }

    public void setSecret(String secret) {
      this.secret = secret;
    }
  }

  /** A bean that inherits its properties and adds one. */
  public static class Employee extends Person {
    private String team;

    public String getTeam() {
      return team;
    }

    public void setTeam(String team) {
      this.team = team;
    }
  }

  /** An immutable class that Jackson creates through its annotated constructor. */
  public static final class Account {
    private final String id;
    private final BigDecimal balance;

    @JsonCreator
    public Account(@JsonProperty("id") String id, @JsonProperty("balance") BigDecimal balance) {
      this.id = id;
      this.balance = balance;
    }

    public String getId() {
      return id;
    }

    public BigDecimal getBalance() {
      return balance;
    }
  }
}
