package dev.durableagents.processor.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Reads descriptions from javadoc: an element's main description (the text before its block tags)
 * and its {@code @param} tags. Javadoc is only available for sources compiled in this run; for
 * classes read from jars there is none, and descriptions come from annotations only.
 */
public final class Javadocs {

  private final Elements elements;

  public Javadocs(Elements elements) {
    this.elements = elements;
  }

  /** The element's main description, whitespace-normalised, or {@code null}. */
  public String description(Element element) {
    String doc = elements.getDocComment(element);
    if (doc == null) {
      return null;
    }
    StringBuilder main = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("@")) {
        break;
      }
      if (main.length() > 0 && !trimmed.isEmpty()) {
        main.append(' ');
      }
      main.append(trimmed);
    }
    return emptyToNull(main.toString().replaceAll("\\s+", " ").trim());
  }

  /** The {@code @param} descriptions of the element's javadoc, by parameter name. */
  public Map<String, String> paramDescriptions(Element element) {
    Map<String, String> params = new LinkedHashMap<>();
    String doc = elements.getDocComment(element);
    if (doc == null) {
      return params;
    }
    String current = null;
    StringBuilder text = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("@")) {
        if (current != null) {
          put(params, current, text);
        }
        current = null;
        text.setLength(0);
        if (trimmed.startsWith("@param ")) {
          String rest = trimmed.substring("@param ".length()).trim();
          int space = rest.indexOf(' ');
          current = space < 0 ? rest : rest.substring(0, space);
          text.append(space < 0 ? "" : rest.substring(space + 1).trim());
        }
      } else if (current != null && !trimmed.isEmpty()) {
        text.append(' ').append(trimmed);
      }
    }
    if (current != null) {
      put(params, current, text);
    }
    return params;
  }

  private static void put(Map<String, String> params, String name, StringBuilder text) {
    String value = emptyToNull(text.toString().replaceAll("\\s+", " ").trim());
    if (value != null) {
      params.put(name, value);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
