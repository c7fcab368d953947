package dev.durableagents.processor;

import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.ToolSetModel;
import dev.durableagents.processor.schema.Javadocs;
import dev.durableagents.processor.schema.SchemaGenerator;
import dev.durableagents.processor.validation.AgentValidator;
import dev.durableagents.processor.validation.Annotations;
import dev.durableagents.processor.validation.Report;
import dev.durableagents.processor.validation.ToolSetValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What both processors share: finding the agents and tool sets of a round, validating them into
 * models, and remembering those to retry in the next round because they refer to types not
 * generated yet.
 */
final class Analysis {

  private final Elements elements;
  private final AgentValidator agentValidator;
  private final ToolSetValidator toolSetValidator;

  /** Names of the types to retry next round, with why; sorted for deterministic output. */
  private final Map<String, String> deferredAgents = new TreeMap<>();

  private final Map<String, String> deferredToolSets = new TreeMap<>();

  Analysis(ProcessingEnvironment env) {
    elements = env.getElementUtils();
    Javadocs javadocs = new Javadocs(elements);
    SchemaGenerator schemas = new SchemaGenerator(env, javadocs);
    agentValidator = new AgentValidator(elements, env.getTypeUtils(), schemas, javadocs);
    toolSetValidator = new ToolSetValidator(schemas, javadocs, elements, env.getTypeUtils());
  }

  /**
   * The names of the annotation types present in a round, from the set javac passes to {@code
   * process}: a round whose sources carry none of ours (the round of the generated files) needs no
   * scan of its elements.
   */
  static Set<String> present(Set<? extends TypeElement> annotations) {
    Set<String> names = new HashSet<>();
    for (TypeElement annotation : annotations) {
      names.add(annotation.getQualifiedName().toString());
    }
    return names;
  }

  /**
   * The tool sets to process this round: those deferred, then those annotated in it ({@code
   * present}: the names of the annotation types the round's sources carry).
   */
  List<TypeElement> toolSets(RoundEnvironment round, Set<String> present) {
    Set<TypeElement> toolSets = retry(deferredToolSets);
    TypeElement functionTool =
        present.contains(Annotations.FUNCTION_TOOL)
            ? elements.getTypeElement(Annotations.FUNCTION_TOOL)
            : null;
    if (functionTool != null) {
      for (Element method : round.getElementsAnnotatedWith(functionTool)) {
        Element owner = method.getEnclosingElement();
        if (owner instanceof TypeElement type
            && Annotations.find(type, Annotations.AGENT) == null) {
          toolSets.add(type);
        }
      }
    }
    return new ArrayList<>(toolSets);
  }

  /** The agents to process this round: those deferred, then those annotated in it. */
  List<TypeElement> agents(RoundEnvironment round, Set<String> present) {
    Set<TypeElement> agents = retry(deferredAgents);
    TypeElement agent =
        present.contains(Annotations.AGENT) ? elements.getTypeElement(Annotations.AGENT) : null;
    if (agent != null) {
      for (Element element : round.getElementsAnnotatedWith(agent)) {
        if (element instanceof TypeElement type) {
          agents.add(type);
        }
      }
    }
    return new ArrayList<>(agents);
  }

  /** The tool set's model, {@code null} if invalid or deferred to the next round. */
  ToolSetModel toolSet(TypeElement toolSet, Report report) {
    try {
      return toolSetValidator.validate(toolSet, report);
    } catch (AgentValidator.Deferred d) {
      deferredToolSets.put(toolSet.getQualifiedName().toString(), d.getMessage());
      return null;
    }
  }

  /** The agent's model, {@code null} if invalid or deferred to the next round. */
  AgentModel agent(TypeElement agent, Report report) {
    try {
      return agentValidator.validate(agent, report);
    } catch (AgentValidator.Deferred d) {
      deferredAgents.put(agent.getQualifiedName().toString(), d.getMessage());
      return null;
    }
  }

  /** Whether {@code type} waits for the next round. */
  boolean isDeferred(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return deferredAgents.containsKey(name) || deferredToolSets.containsKey(name);
  }

  /** Whether a type of package {@code pkg} waits for the next round. */
  boolean hasDeferredIn(String pkg) {
    for (Map<String, String> deferred : List.of(deferredAgents, deferredToolSets)) {
      for (String name : deferred.keySet()) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null && elements.getPackageOf(type).getQualifiedName().contentEquals(pkg)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every type still deferred, with why, by name. */
  Map<String, String> unresolved() {
    Map<String, String> all = new TreeMap<>(deferredToolSets);
    all.putAll(deferredAgents);
    return all;
  }

  private Set<TypeElement> retry(Map<String, String> deferred) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : deferred.keySet()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    deferred.clear();
    return types;
  }
}
