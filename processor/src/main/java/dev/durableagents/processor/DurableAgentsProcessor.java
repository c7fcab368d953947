package dev.durableagents.processor;

import com.google.auto.service.AutoService;
import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.ToolSetModel;
import dev.durableagents.processor.validation.Annotations;
import dev.durableagents.processor.validation.ErrorMessages;
import dev.durableagents.processor.validation.PlacementValidator;
import dev.durableagents.processor.validation.Report;
import dev.durableagents.processor.writing.AgentDefinitionWriter;
import dev.durableagents.processor.writing.SourceWriter;
import dev.durableagents.processor.writing.ToolSetWriter;
import dev.durableagents.processor.writing.WorkflowWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The annotation processor of Durable Agents for Java. Per round it validates each {@code @Agent}
 * interface and each tool set (an interface with {@code @FunctionTool} methods), prints the errors
 * of those that are wrong, and generates the files of those that are right: each file from one
 * annotated type, so the processor is isolating for Gradle's incremental compilation. Types that
 * refer to types not generated yet are retried in the next round. The per-package {@code
 * AgentsModule} is written by {@link AgentsModuleProcessor}.
 *
 * <p>It never claims annotations and never throws at javac: a crash becomes an error with a stack
 * trace on the element being processed.
 */
@AutoService(Processor.class)
public final class DurableAgentsProcessor extends AbstractProcessor {

  private final ProcessingHook hook;
  private Messager messager;
  private Elements elements;
  private Analysis analysis;
  private PlacementValidator placement;
  private WorkflowWriter workflowWriter;
  private AgentDefinitionWriter definitionWriter;
  private ToolSetWriter toolSetWriter;
  private Verdicts verdicts;

  /** The processor, as javac's service loader creates it. */
  public DurableAgentsProcessor() {
    this(ProcessingHook.NONE);
  }

  DurableAgentsProcessor(ProcessingHook hook) {
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
      placement = new PlacementValidator(elements);
      SourceWriter out =
          new SourceWriter(env.getFiler(), messager, elements, SourceWriter.GENERATOR);
      workflowWriter = new WorkflowWriter(out);
      definitionWriter = new AgentDefinitionWriter(out);
      toolSetWriter = new ToolSetWriter(out);
    } catch (RuntimeException | Error e) {
      analysis = null;
      Crashes.report(messager, null, e);
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Every annotation of ours, so misplaced ones are reported even in a file without @Agent.
    return Set.of(
        Annotations.AGENT,
        Annotations.FUNCTION_TOOL,
        Annotations.PARAM,
        Annotations.INSTRUCTIONS,
        Annotations.HANDOFF,
        Annotations.HANDOFFS,
        Annotations.GUARDRAIL,
        Annotations.GUARDRAILS,
        Annotations.AS_TOOL,
        Annotations.AS_TOOLS,
        Annotations.MODEL_SETTINGS,
        Annotations.WEB_SEARCH,
        Annotations.FILE_SEARCH,
        Annotations.CODE_INTERPRETER,
        Annotations.IMAGE_GENERATION,
        Annotations.HOSTED_MCP,
        Annotations.HOSTED_MCPS,
        Annotations.MCP_SERVER,
        Annotations.MCP_SERVERS);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (analysis == null) {
      return false; // init crashed, and said so
    }
    try {
      hook.before("round", null);
      Set<String> present = Analysis.present(annotations);
      Report misplaced = new Report();
      placement.validate(round, present, misplaced);
      misplaced.printTo(messager);
      for (TypeElement toolSet : analysis.toolSets(round, present)) {
        processToolSet(toolSet);
      }
      for (TypeElement agent : analysis.agents(round, present)) {
        processAgent(agent);
      }
      if (round.processingOver()) {
        analysis
            .unresolved()
            .forEach(
                (name, why) ->
                    messager.printMessage(
                        Diagnostic.Kind.ERROR,
                        String.format(ErrorMessages.UNRESOLVED_TYPE, name, why),
                        elements.getTypeElement(name)));
      }
    } catch (RuntimeException | Error e) {
      Crashes.report(messager, null, e);
    }
    return false;
  }

  private void processToolSet(TypeElement toolSet) {
    try {
      hook.before("toolSet", toolSet);
      Report report = new Report();
      ToolSetModel model = analysis.toolSet(toolSet, report);
      report.printTo(messager);
      if (model != null) {
        toolSetWriter.write(model);
      }
      verdicts.toolSet(toolSet.getQualifiedName().toString(), model, analysis.isDeferred(toolSet));
    } catch (RuntimeException | Error e) {
      verdicts.forget(toolSet.getQualifiedName().toString());
      Crashes.report(messager, toolSet, e);
    }
  }

  private void processAgent(TypeElement agent) {
    try {
      hook.before("agent", agent);
      Report report = new Report();
      AgentModel model = analysis.agent(agent, report);
      report.printTo(messager);
      if (model != null) {
        workflowWriter.write(model);
        definitionWriter.write(model);
      }
      verdicts.agent(agent.getQualifiedName().toString(), model, analysis.isDeferred(agent));
    } catch (RuntimeException | Error e) {
      verdicts.forget(agent.getQualifiedName().toString());
      Crashes.report(messager, agent, e);
    }
  }
}
