package dev.durableagents.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Wraps a processor to record, for each source file it creates, the originating elements it passes
 * to the {@link Filer}: what Gradle's incremental compilation relies on.
 */
final class RecordingProcessor extends AbstractProcessor {

  private final Processor delegate;

  /** Originating elements' names by created file name. */
  final Map<String, List<String>> originating = new TreeMap<>();

  RecordingProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    delegate.init(new Env(env));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  private final class Env implements ProcessingEnvironment {
    private final ProcessingEnvironment env;

    Env(ProcessingEnvironment env) {
      this.env = env;
    }

    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      Filer filer = env.getFiler();
      return new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... elements)
            throws IOException {
          List<String> names = new ArrayList<>();
          for (Element e : elements) {
            names.add(((TypeElement) e).getQualifiedName().toString());
          }
          originating.put(name.toString(), names);
          return filer.createSourceFile(name, elements);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... elements)
            throws IOException {
          throw new AssertionError("the processor writes no class files");
        }

        @Override
        public FileObject createResource(
            JavaFileManager.Location location,
            CharSequence pkg,
            CharSequence relativeName,
            Element... elements) {
          throw new AssertionError("the processor writes no resources");
        }

        @Override
        public FileObject getResource(
            JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
            throws IOException {
          return filer.getResource(location, pkg, relativeName);
        }
      };
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }
}
