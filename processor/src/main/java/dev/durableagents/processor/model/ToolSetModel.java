package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A tool set interface compiled in this round, validated.
 *
 * @param element the interface
 * @param type its class name
 * @param names the names of the files generated for it
 * @param tools its tools, in declaration order
 */
public record ToolSetModel(
    TypeElement element, ClassName type, GeneratedNames names, List<ToolModel> tools) {

  /** The reference agents use. */
  public ToolSetRef ref() {
    return new ToolSetRef(type, names);
  }
}
