package dev.durableagents.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor. */
final class Compilations {

  private Compilations() {}

  /** Compiles the fixture resources (paths under {@code fixtures/}). */
  static Compilation compileFixtures(String... paths) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String path : paths) {
      sources.add(JavaFileObjects.forResource("fixtures/" + path));
    }
    return compile(sources);
  }

  /** Compiles one in-memory source, given its qualified type name and lines. */
  static Compilation compileSource(String qualifiedName, String... lines) {
    return compile(List.of(JavaFileObjects.forSourceLines(qualifiedName, lines)));
  }

  static Compilation compile(List<JavaFileObject> sources) {
    return javac()
        .withProcessors(new DurableAgentsProcessor(), new AgentsModuleProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }
}
