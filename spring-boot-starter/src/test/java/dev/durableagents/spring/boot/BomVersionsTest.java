package dev.durableagents.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * durable-agents-bom pins the versions the build tests with: its Temporal, openai-java and Jackson
 * versions and its own version are the parent pom's. (The BOM does not inherit the parent, so that
 * importers get none of the parent's build-only versions; this test keeps the two in step.)
 */
class BomVersionsTest {

  @Test
  void bomPinsTheVersionsTheBuildTestsWith() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Element parent = read(root.resolve("pom.xml"));
    Element bom = read(root.resolve("bom/pom.xml"));
    for (String property : new String[] {"temporal.version", "openai.version", "jackson.version"}) {
      String expected = child(childElement(parent, "properties"), property);
      assertNotNull(expected, property);
      assertEquals(expected, child(childElement(bom, "properties"), property), property);
    }
    assertEquals(child(parent, "version"), child(bom, "version"));
    assertEquals(child(parent, "groupId"), child(bom, "groupId"));
  }

  private static Element read(Path pom) throws Exception {
    assertTrue(Files.exists(pom), pom.toString());
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    return document.getDocumentElement();
  }

  private static String child(Element element, String name) {
    Element found = childElement(element, name);
    return found == null ? null : found.getTextContent().trim();
  }

  private static Element childElement(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
