package dev.durableagents.processor.schema;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A property of a record or JavaBean as Jackson reads and writes it.
 *
 * @param name the JSON name
 * @param type the Java type Jackson reads it as, with type arguments resolved
 * @param description the description, or {@code null}
 * @param nullable whether it carries {@code @Nullable}
 * @param formatShape the shape of its {@code @JsonFormat} ({@code "ANY"} by default), or {@code
 *     null} if it has none
 * @param element the element that declares it, for messages
 */
record BeanProperty(
    String name,
    TypeMirror type,
    String description,
    boolean nullable,
    String formatShape,
    Element element) {}
