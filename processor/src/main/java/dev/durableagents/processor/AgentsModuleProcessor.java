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
 * <p>It registers exactly the agents and tool sets that get generated. It reads what {@link
 * DurableAgentsProcessor} concluded about each ({@link Verdicts}: names only, no second analysis);
 * a type without a verdict it validates itself, as that processor does, without printing (that
 * processor prints). A package's module is written in the first round that brings nothing new for
 * the package and leaves nothing of it waiting for a later round; never in the last round, whose
 * sources javac would not process.
 */
@AutoService(Processor.class)
public final class AgentsModuleProcessor extends AbstractProcessor {

  private final ProcessingHook hook;
  private Messager messager;
  private Elements elements;
  private Analysis analysis;
  private AgentsModuleWriter moduleWriter;
  private Verdicts verdicts;

  /** What each package's module registers, by package name; sorted for deterministic output. */
  private final Map<String, PackageContents> packages = new TreeMap<>();

  private final Set<String> writtenModules = new TreeSet<>();

  private static final class PackageContents {
    final Map<String, GeneratedNames> agents = new TreeMap<>();
    final Map<String, ToolSetRef> toolSets = new TreeMap<>();
    final Set<String> originating = new TreeSet<>();
    // Agents and tool sets seen in a round, resolved (from verdicts) when the module is written.
    final Set<String> pendingAgents = new TreeSet<>();
    final Set<String> pendingToolSets = new TreeSet<>();
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
      verdicts = Verdicts.of(elements);
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
      Set<String> present = Analysis.present(annotations);
      Set<String> touched = new TreeSet<>();
      for (TypeElement toolSet : analysis.toolSets(round, present)) {
        touched.add(packageOf(toolSet));
        contents(toolSet).pendingToolSets.add(toolSet.getQualifiedName().toString());
      }
      for (TypeElement agent : analysis.agents(round, present)) {
        touched.add(packageOf(agent));
        contents(agent).pendingAgents.add(agent.getQualifiedName().toString());
      }
      writeModules(touched);
    } catch (RuntimeException | Error e) {
      Crashes.report(messager, null, e);
    }
    return false;
  }

  /**
   * Moves the package's pending types into its contents, by their verdicts, analysing those without
   * one. Returns {@code false} when one waits for a later round.
   */
  private boolean resolve(PackageContents contents) {
    boolean waiting = false;
    for (String name : List.copyOf(contents.pendingToolSets)) {
      Verdicts.Verdict verdict = verdicts.get(name);
      if (verdict == null) {
        TypeElement toolSet = elements.getTypeElement(name);
        if (toolSet == null) {
          contents.pendingToolSets.remove(name);
          continue;
        }
        try {
          ToolSetModel model = analysis.toolSet(toolSet, new Report());
          if (analysis.isDeferred(toolSet)) {
            waiting = true;
            continue;
          }
          verdict =
              new Verdicts.Verdict(
                  model != null ? Verdicts.State.GENERATED : Verdicts.State.INVALID,
                  null,
                  model != null ? List.of(model.ref()) : List.of());
        } catch (RuntimeException | Error e) {
          contents.pendingToolSets.remove(name);
          Crashes.report(messager, toolSet, e);
          continue;
        }
      }
      if (verdict.state() == Verdicts.State.DEFERRED) {
        waiting = true;
        continue;
      }
      contents.pendingToolSets.remove(name);
      if (verdict.state() == Verdicts.State.GENERATED) {
        verdict.toolSets().forEach(t -> contents.toolSets.put(t.type().canonicalName(), t));
        contents.originating.add(name);
      }
    }
    for (String name : List.copyOf(contents.pendingAgents)) {
      Verdicts.Verdict verdict = verdicts.get(name);
      if (verdict == null) {
        TypeElement agent = elements.getTypeElement(name);
        if (agent == null) {
          contents.pendingAgents.remove(name);
          continue;
        }
        try {
          AgentModel model = analysis.agent(agent, new Report());
          if (analysis.isDeferred(agent)) {
            waiting = true;
            continue;
          }
          verdict =
              new Verdicts.Verdict(
                  model != null ? Verdicts.State.GENERATED : Verdicts.State.INVALID,
                  model != null ? model.names() : null,
                  model != null ? model.toolSets() : List.of());
        } catch (RuntimeException | Error e) {
          contents.pendingAgents.remove(name);
          Crashes.report(messager, agent, e);
          continue;
        }
      }
      if (verdict.state() == Verdicts.State.DEFERRED) {
        waiting = true;
        continue;
      }
      contents.pendingAgents.remove(name);
      if (verdict.state() == Verdicts.State.GENERATED) {
        contents.agents.put(name, verdict.agent());
        verdict.toolSets().forEach(t -> contents.toolSets.put(t.type().canonicalName(), t));
        contents.originating.add(name);
      }
    }
    return !waiting;
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
              || !resolve(contents)
              || analysis.hasDeferredIn(pkg)) {
            return;
          }
          if (contents.agents.isEmpty() && contents.toolSets.isEmpty()) {
            contents.dirty = false; // nothing valid: no module, as before
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
