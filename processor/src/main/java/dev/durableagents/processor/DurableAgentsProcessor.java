package dev.durableagents.processor;

import com.google.auto.service.AutoService;
import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.model.ToolSetModel;
import dev.durableagents.processor.model.ToolSetRef;
import dev.durableagents.processor.schema.Javadocs;
import dev.durableagents.processor.schema.SchemaGenerator;
import dev.durableagents.processor.validation.AgentValidator;
import dev.durableagents.processor.validation.Annotations;
import dev.durableagents.processor.validation.ErrorMessages;
import dev.durableagents.processor.validation.Report;
import dev.durableagents.processor.validation.ToolSetValidator;
import dev.durableagents.processor.writing.AgentDefinitionWriter;
import dev.durableagents.processor.writing.AgentsModuleWriter;
import dev.durableagents.processor.writing.SourceWriter;
import dev.durableagents.processor.writing.ToolSetWriter;
import dev.durableagents.processor.writing.WorkflowWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The annotation processor of Durable Agents for Java. Per round it validates each {@code @Agent}
 * interface and each tool set (an interface with {@code @FunctionTool} methods), prints the errors
 * of those that are wrong, and generates the files of those that are right. Types that refer to
 * types not generated yet are retried in the next round. Each package's {@code AgentsModule} is
 * written in the first round that brings no new agents or tool sets.
 *
 * <p>It never claims annotations and never throws at javac: a crash becomes an error with a stack
 * trace on the element being processed.
 */
@AutoService(Processor.class)
public final class DurableAgentsProcessor extends AbstractProcessor {

  private Messager messager;
  private Elements elements;
  private AgentValidator agentValidator;
  private ToolSetValidator toolSetValidator;
  private WorkflowWriter workflowWriter;
  private AgentDefinitionWriter definitionWriter;
  private ToolSetWriter toolSetWriter;
  private AgentsModuleWriter moduleWriter;

  /** Names of agents deferred to the next round, with why. */
  private final Map<String, String> deferredAgents = new TreeMap<>();
  /** What each package's module registers, by package name; sorted for deterministic output. */
  private final Map<String, PackageContents> packages = new TreeMap<>();
  private final Set<String> writtenModules = new TreeSet<>();

  private static final class PackageContents {
    final Map<String, GeneratedNames> agents = new TreeMap<>();
    final Map<String, ToolSetRef> toolSets = new TreeMap<>();
    final Set<String> originating = new TreeSet<>();
    boolean dirty;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    messager = env.getMessager();
    elements = env.getElementUtils();
    Javadocs javadocs = new Javadocs(elements);
    SchemaGenerator schemas = new SchemaGenerator(env, javadocs);
    agentValidator = new AgentValidator(elements, env.getTypeUtils(), schemas, javadocs);
    toolSetValidator = new ToolSetValidator(schemas, javadocs);
    SourceWriter out = new SourceWriter(env.getFiler(), messager, elements);
    workflowWriter = new WorkflowWriter(out);
    definitionWriter = new AgentDefinitionWriter(out);
    toolSetWriter = new ToolSetWriter(out);
    moduleWriter = new AgentsModuleWriter(out);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Annotations.AGENT,
        Annotations.FUNCTION_TOOL,
        Annotations.HANDOFF,
        Annotations.HANDOFFS,
        Annotations.GUARDRAIL,
        Annotations.GUARDRAILS);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean processedAny = processToolSets(round);
    processedAny |= processAgents(round);
    if (round.processingOver()) {
      deferredAgents.forEach(
          (name, why) -> {
            TypeElement agent = elements.getTypeElement(name);
            messager.printMessage(
                Diagnostic.Kind.ERROR,
                String.format(ErrorMessages.UNRESOLVED_TYPE, name, why),
                agent);
          });
      writeModules();
    } else if (!processedAny) {
      writeModules();
    }
    return false;
  }

  private boolean processToolSets(RoundEnvironment round) {
    Set<TypeElement> toolSets = new LinkedHashSet<>();
    for (Element method : round.getElementsAnnotatedWith(elementNamed(Annotations.FUNCTION_TOOL))) {
      Element owner = method.getEnclosingElement();
      if (owner instanceof TypeElement type && Annotations.find(type, Annotations.AGENT) == null) {
        toolSets.add(type);
      }
    }
    for (TypeElement toolSet : toolSets) {
      try {
        Report report = new Report();
        ToolSetModel model = toolSetValidator.validate(toolSet, report);
        report.printTo(messager);
        if (model != null) {
          toolSetWriter.write(model);
          PackageContents contents = contents(toolSet);
          contents.toolSets.put(model.type().canonicalName(), model.ref());
          contents.originating.add(toolSet.getQualifiedName().toString());
        }
      } catch (RuntimeException e) {
        crash(toolSet, e);
      }
    }
    return !toolSets.isEmpty();
  }

  private boolean processAgents(RoundEnvironment round) {
    List<TypeElement> agents = new ArrayList<>();
    for (String name : deferredAgents.keySet()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        agents.add(type);
      }
    }
    deferredAgents.clear();
    for (Element element : round.getElementsAnnotatedWith(elementNamed(Annotations.AGENT))) {
      if (element instanceof TypeElement type && !agents.contains(type)) {
        agents.add(type);
      }
    }
    boolean processed = false;
    for (TypeElement agent : agents) {
      try {
        Report report = new Report();
        AgentModel model = agentValidator.validate(agent, report);
        report.printTo(messager);
        processed = true;
        if (model != null) {
          workflowWriter.write(model);
          definitionWriter.write(model);
          PackageContents contents = contents(agent);
          contents.agents.put(model.type().canonicalName(), model.names());
          model.toolSets().forEach(t -> contents.toolSets.put(t.type().canonicalName(), t));
          contents.originating.add(agent.getQualifiedName().toString());
        }
      } catch (AgentValidator.Deferred d) {
        deferredAgents.put(agent.getQualifiedName().toString(), d.getMessage());
      } catch (RuntimeException e) {
        crash(agent, e);
      }
    }
    return processed;
  }

  private PackageContents contents(TypeElement type) {
    String pkg = packageOf(type).getQualifiedName().toString();
    PackageContents contents = packages.computeIfAbsent(pkg, p -> new PackageContents());
    contents.dirty = true;
    if (writtenModules.contains(pkg)) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          "[ModuleAlreadyWritten] "
              + type.getQualifiedName()
              + " appeared after AgentsModule of package "
              + pkg
              + " was generated; it was generated by another processor in a late round, and"
              + " cannot be registered by AgentsModule",
          type);
    }
    return contents;
  }

  private void writeModules() {
    packages.forEach(
        (pkg, contents) -> {
          if (!contents.dirty || writtenModules.contains(pkg)) {
            return;
          }
          contents.dirty = false;
          writtenModules.add(pkg);
          List<Element> originating = new ArrayList<>();
          for (String name : contents.originating) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
              originating.add(type);
            }
          }
          moduleWriter.write(
              pkg,
              new ArrayList<>(contents.agents.values()),
              new ArrayList<>(contents.toolSets.values()),
              originating);
        });
  }

  private TypeElement elementNamed(String name) {
    return elements.getTypeElement(name);
  }

  private static PackageElement packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }

  private void crash(Element element, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    messager.printMessage(
        Diagnostic.Kind.ERROR, String.format(ErrorMessages.PROCESSOR_CRASH, trace), element);
  }
}
