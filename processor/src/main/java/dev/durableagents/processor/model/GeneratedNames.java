package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The names of the files generated for an annotated interface: siblings in its package, named after
 * its simple name, with enclosing types joined by underscores ({@code Outer.Foo} gives {@code
 * Outer_FooWorkflow}).
 *
 * @param packageName the package
 * @param base the flattened simple name
 */
public record GeneratedNames(String packageName, String base) {

  /** The names for {@code type}. */
  public static GeneratedNames of(ClassName type) {
    return new GeneratedNames(type.packageName(), String.join("_", type.simpleNames()));
  }

  public ClassName workflow() {
    return ClassName.get(packageName, base + "Workflow");
  }

  public ClassName workflowImpl() {
    return ClassName.get(packageName, base + "WorkflowImpl");
  }

  public ClassName definition() {
    return ClassName.get(packageName, base + "Definition");
  }

  public ClassName activities() {
    return ClassName.get(packageName, base + "Activities");
  }

  public ClassName activitiesImpl() {
    return ClassName.get(packageName, base + "ActivitiesImpl");
  }

  /** The per-package registration class. */
  public ClassName module() {
    return ClassName.get(packageName, "AgentsModule");
  }
}
