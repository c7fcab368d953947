package dev.durableagents.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compile-testing compilation produced, to read and run generated code. */
final class GeneratedClasses extends ClassLoader {

  private final Map<String, byte[]> classes = new HashMap<>();

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
      name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The value of a public static field of a generated class. */
  Object constant(String className, String field) {
    try {
      return loadClass(className).getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read " + className + "." + field, e);
    }
  }
}
