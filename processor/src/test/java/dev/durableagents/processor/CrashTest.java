package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A processor crash, at any step, becomes a compile error with the stack trace, on the element
 * being processed when there is one; javac itself never sees the exception.
 */
class CrashTest {

  private static final JavaFileObject TOOLS =
      JavaFileObjects.forSourceLines(
          "test.Tools",
          "package test;",
          "import dev.durableagents.annotations.*;",
          "public interface Tools {",
          "  @FunctionTool String now();",
          "}");

  private static final JavaFileObject AGENT =
      JavaFileObjects.forSourceLines(
          "test.Helper",
          "package test;",
          "import dev.durableagents.annotations.*;",
          "@Agent(tools = Tools.class)",
          "public interface Helper {",
          "  String run(String in);",
          "}");

  /** A hook that throws at {@code step}, as an internal failure there would. */
  private static ProcessingHook failAt(String step) {
    return (s, element) -> {
      if (s.equals(step)) {
        throw new IllegalStateException("internal failure at " + step);
      }
    };
  }

  private static Compilation compile(Processor... processors) {
    return javac().withProcessors(processors).compile(TOOLS, AGENT);
  }

  @Test
  void crashOnAnAgent() {
    Compilation compilation =
        compile(new DurableAgentsProcessor(failAt("agent")), new AgentsModuleProcessor());
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ProcessorCrash] durable-agents-processor failed on this element")
        .inFile(AGENT)
        .onLineContaining("public interface Helper");
    assertThat(compilation)
        .hadErrorContaining("java.lang.IllegalStateException: internal failure at agent");
    assertThat(compilation)
        .hadErrorContaining("at dev.durableagents.processor.DurableAgentsProcessor");
  }

  @Test
  void crashOnAToolSet() {
    Compilation compilation =
        compile(new DurableAgentsProcessor(failAt("toolSet")), new AgentsModuleProcessor());
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("internal failure at toolSet")
        .inFile(TOOLS)
        .onLineContaining("public interface Tools");
  }

  @Test
  void crashInARound() {
    Compilation compilation =
        compile(new DurableAgentsProcessor(failAt("round")), new AgentsModuleProcessor());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[ProcessorCrash]");
    assertThat(compilation).hadErrorContaining("internal failure at round");
  }

  @Test
  void crashInInit() {
    Compilation compilation =
        compile(new DurableAgentsProcessor(failAt("init")), new AgentsModuleProcessor());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("internal failure at init");
  }

  @Test
  void crashInTheModuleProcessorsInit() {
    Compilation compilation =
        compile(new DurableAgentsProcessor(), new AgentsModuleProcessor(failAt("init")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("internal failure at init");
  }

  @Test
  void crashWritingTheModule() {
    Compilation compilation =
        compile(new DurableAgentsProcessor(), new AgentsModuleProcessor(failAt("module")));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("internal failure at module")
        .inFile(AGENT)
        .onLineContaining("public interface Helper");
  }

  @Test
  void crashInTheModuleProcessorsRound() {
    Compilation compilation =
        compile(new DurableAgentsProcessor(), new AgentsModuleProcessor(failAt("round")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("internal failure at round");
  }
}
