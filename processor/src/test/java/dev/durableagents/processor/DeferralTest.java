package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Agents and tool sets that refer to a type another processor generates in the first round are
 * retried in the next round, and then generated as if the type had been there all along.
 */
class DeferralTest {

  /** Generates {@code test.GeneratedCity} in the first round, as another processor would. */
  static final class CityGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer out =
          processingEnv.getFiler().createSourceFile("test.GeneratedCity").openWriter()) {
        out.write("package test;\npublic record GeneratedCity(String name, String country) {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  @Test
  void toolSetsAndAgentsWaitForGeneratedTypes() throws IOException {
    Compilation compilation =
        javac()
            .withProcessors(
                new CityGenerator(), new DurableAgentsProcessor(), new AgentsModuleProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(
                JavaFileObjects.forSourceLines(
                    "test.CityTools",
                    "package test;",
                    "import dev.durableagents.annotations.*;",
                    "public interface CityTools {",
                    "  @FunctionTool String describe(GeneratedCity city);",
                    "}"),
                JavaFileObjects.forSourceLines(
                    "test.TripTools",
                    "package test;",
                    "import dev.durableagents.annotations.*;",
                    "public interface TripTools {",
                    "  record Trip(GeneratedCity from, GeneratedCity to) {}",
                    "  @FunctionTool String plan(Trip trip);",
                    "}"),
                JavaFileObjects.forSourceLines(
                    "test.CityAgent",
                    "package test;",
                    "import dev.durableagents.annotations.*;",
                    "@Agent(tools = {CityTools.class, TripTools.class})",
                    "public interface CityAgent {",
                    "  GeneratedCity run(String question);",
                    "}"));
    assertThat(compilation).succeededWithoutWarnings();

    assertTrue(source(compilation, "test/CityToolsDefinition.java").contains("country"));
    assertTrue(source(compilation, "test/TripToolsDefinition.java").contains("country"));
    assertTrue(source(compilation, "test/CityAgentDefinition.java").contains("country"));
    String module = source(compilation, "test/AgentsModule.java");
    assertTrue(module.contains("CityAgentWorkflowImpl.class"), module);
    assertTrue(module.contains("new CityToolsActivitiesImpl"), module);
    assertTrue(module.contains("new TripToolsActivitiesImpl"), module);
  }

  private static String source(Compilation compilation, String path) throws IOException {
    return compilation
        .generatedFile(StandardLocation.SOURCE_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("not generated: " + path))
        .getCharContent(true)
        .toString();
  }
}
