package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps {@code @Agent} interfaces to their generated definitions. Each generated {@code
 * FooDefinition} registers itself when its class initializes; {@code AgentsModule.register}
 * initializes every definition of its package, so lookups are map reads. A lookup that misses loads
 * the generated class by its documented name, once.
 */
public final class AgentRegistry {

  private static final Map<Class<?>, AgentDefinition> DEFINITIONS = new ConcurrentHashMap<>();

  private AgentRegistry() {}

  /** Called by generated definition classes. */
  public static void register(Class<?> agentType, AgentDefinition definition) {
    DEFINITIONS.put(agentType, definition);
  }

  /**
   * The definition generated for {@code agentType}.
   *
   * @throws IllegalArgumentException if {@code agentType} is not an {@code @Agent} interface
   *     compiled with the durable-agents processor
   */
  public static AgentDefinition definitionOf(Class<?> agentType) {
    AgentDefinition definition = DEFINITIONS.get(agentType);
    if (definition != null) {
      return definition;
    }
    String generated = definitionClassName(agentType);
    try {
      Class.forName(generated, true, agentType.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          agentType.getName()
              + " has no generated definition ("
              + generated
              + "): annotate it with @Agent and put durable-agents-processor on the annotation"
              + " processor path",
          e);
    }
    definition = DEFINITIONS.get(agentType);
    if (definition == null) {
      throw new IllegalStateException(
          generated + " did not register a definition for " + agentType);
    }
    return definition;
  }

  /** {@code pkg.Outer.Inner} becomes {@code pkg.Outer_InnerDefinition}. */
  static String definitionClassName(Class<?> agentType) {
    String packageName = agentType.getPackageName();
    String binary =
        agentType.getName().substring(packageName.isEmpty() ? 0 : packageName.length() + 1);
    String flat = binary.replace('$', '_') + "Definition";
    return packageName.isEmpty() ? flat : packageName + "." + flat;
  }
}
