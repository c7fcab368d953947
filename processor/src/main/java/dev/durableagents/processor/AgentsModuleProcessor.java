package dev.durableagents.processor;

import com.google.auto.service.AutoService;
import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.model.ToolSetModel;
import dev.durableagents.processor.model.ToolSetRef;
import dev.durableagents.processor.validation.Annotations;
import dev.durableagents.processor.validation.ErrorMessages;
import dev.durableagents.processor.validation.Report;
import dev.durableagents.processor.writing.AgentsModuleWriter;
import dev.durableagents.processor.writing.SourceWriter;
import java.util.ArrayList;
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
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Writes each package's {@code AgentsModule}, which registers the package's agent workflows and
 * tool adapters on a worker. It aggregates many annotated types into one file, so it is a processor
 * of its own, aggregating for Gradle's incremental compilation, beside the isolating {@link
 * DurableAgentsProcessor}.
 *
 * <p>It validates agents and tool sets as {@link DurableAgentsProcessor} does, without printing
 * (that processor prints), to register exactly those that get generated. A package's module is
 * written in the first round that brings nothing new for the package and leaves nothing of it
 * waiting for a later round; never in the last round, whose sources javac would not process.
 */
@AutoService(Processor.class)
public final class AgentsModuleProcessor extends AbstractProcessor {

  private final ProcessingHook hook;
  private Messager messager;
  private Elements elements;
  private Analysis analysis;
  private AgentsModuleWriter moduleWriter;

  /** What each package's module registers, by package name; sorted for deterministic output. */
  private final Map<String, PackageContents> packages = new TreeMap<>();

  private final Set<String> writtenModules = new TreeSet<>();

  private static final class PackageContents {
    final Map<String, GeneratedNames> agents = new TreeMap<>();
    final Map<String, ToolSetRef> toolSets = new TreeMap<>();
    final Set<String> originating = new TreeSet<>();
    boolean dirty;
  }

  /** The processor, as javac's service loader creates it. */
  public AgentsModuleProcessor() {
    this(ProcessingHook.NONE);
  }

  AgentsModuleProcessor(ProcessingHook hook) {
    this.hook = hook;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    messager = env.getMessager();
    try {
      hook.before("init", null);
      elements = env.getElementUtils();
      analysis = new Analysis(env);
      moduleWriter =
          new AgentsModuleWriter(
              new SourceWriter(env.getFiler(), messager, elements, SourceWriter.MODULE_GENERATOR));
    } catch (RuntimeException | Error e) {
      analysis = null;
      Crashes.report(messager, null, e);
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.AGENT, Annotations.FUNCTION_TOOL);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (analysis == null || round.processingOver()) {
      return false;
    }
    try {
      hook.before("round", null);
      Set<String> touched = new TreeSet<>();
      for (TypeElement toolSet : analysis.toolSets(round)) {
        touched.add(packageOf(toolSet));
        try {
          ToolSetModel model = analysis.toolSet(toolSet, new Report());
          if (model != null) {
            PackageContents contents = contents(toolSet);
            contents.toolSets.put(model.type().canonicalName(), model.ref());
            contents.originating.add(toolSet.getQualifiedName().toString());
          }
        } catch (RuntimeException | Error e) {
          Crashes.report(messager, toolSet, e);
        }
      }
      for (TypeElement agent : analysis.agents(round)) {
        touched.add(packageOf(agent));
        try {
          AgentModel model = analysis.agent(agent, new Report());
          if (model != null) {
            PackageContents contents = contents(agent);
            contents.agents.put(model.type().canonicalName(), model.names());
            model.toolSets().forEach(t -> contents.toolSets.put(t.type().canonicalName(), t));
            contents.originating.add(agent.getQualifiedName().toString());
          }
        } catch (RuntimeException | Error e) {
          Crashes.report(messager, agent, e);
        }
      }
      writeModules(touched);
    } catch (RuntimeException | Error e) {
      Crashes.report(messager, null, e);
    }
    return false;
  }

  private PackageContents contents(TypeElement type) {
    String pkg = packageOf(type);
    PackageContents contents = packages.computeIfAbsent(pkg, p -> new PackageContents());
    contents.dirty = true;
    if (writtenModules.contains(pkg)) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          String.format(ErrorMessages.MODULE_ALREADY_WRITTEN, type.getQualifiedName(), pkg),
          type);
    }
    return contents;
  }

  private void writeModules(Set<String> touched) {
    packages.forEach(
        (pkg, contents) -> {
          if (!contents.dirty
              || writtenModules.contains(pkg)
              || touched.contains(pkg)
              || analysis.hasDeferredIn(pkg)) {
            return;
          }
          List<Element> originating = new ArrayList<>();
          for (String name : contents.originating) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
              originating.add(type);
            }
          }
          try {
            hook.before("module", originating.isEmpty() ? null : originating.get(0));
            contents.dirty = false;
            writtenModules.add(pkg);
            moduleWriter.write(
                pkg,
                new ArrayList<>(contents.agents.values()),
                new ArrayList<>(contents.toolSets.values()),
                originating);
          } catch (RuntimeException | Error e) {
            Crashes.report(messager, originating.isEmpty() ? null : originating.get(0), e);
          }
        });
  }

  private String packageOf(TypeElement type) {
    return elements.getPackageOf(type).getQualifiedName().toString();
  }
}
