package dev.durableagents.processor.schema;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON model for building schemas at compile time. Objects keep insertion order, so the
 * text written for the same input is the same every time: generated sources are byte-for-byte
 * deterministic.
 */
public final class Json {

  private Json() {}

  /** A new, empty JSON object. */
  public static JsonObject object() {
    return new JsonObject();
  }

  /** A JSON object, with its members in insertion order. */
  public static final class JsonObject {
    private final Map<String, Object> members = new LinkedHashMap<>();

    private JsonObject() {}

    /**
     * Sets a member. Values are {@code String}, {@code Number}, {@code Boolean}, {@code
     * JsonObject}, {@code List} of values, or {@code null} for JSON null.
     */
    public JsonObject put(String name, Object value) {
      members.put(name, value);
      return this;
    }

    /** The member's value, or {@code null}. */
    public Object get(String name) {
      return members.get(name);
    }

    /** Whether the member is present. */
    public boolean has(String name) {
      return members.containsKey(name);
    }

    /** Removes a member. */
    public JsonObject remove(String name) {
      members.remove(name);
      return this;
    }

    /** A deep copy. */
    public JsonObject copy() {
      JsonObject copy = new JsonObject();
      members.forEach((k, v) -> copy.members.put(k, copyValue(v)));
      return copy;
    }

    /** Compact JSON text. */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      write(this, out);
      return out.toString();
    }
  }

  /** A list of values, for {@link JsonObject#put}. */
  public static List<Object> array(Object... values) {
    List<Object> list = new ArrayList<>(values.length);
    for (Object v : values) {
      list.add(v);
    }
    return list;
  }

  private static Object copyValue(Object v) {
    if (v instanceof JsonObject o) {
      return o.copy();
    }
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      l.forEach(x -> copy.add(copyValue(x)));
      return copy;
    }
    return v;
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(s, out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof JsonObject o) {
      out.append('{');
      Iterator<Map.Entry<String, Object>> it = o.members.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<String, Object> e = it.next();
        writeString(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
        if (it.hasNext()) {
          out.append(',');
        }
      }
      out.append('}');
    } else if (value instanceof List<?> l) {
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(l.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
    }
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
