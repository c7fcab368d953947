package dev.durableagents.integration.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The side effects the workers recorded ({@code SideEffectLog} lines of every worker process),
 * grouped by activity: each start of an activity is one execution of its effect.
 */
final class SideEffects {

  /** One start, and whether the same attempt also recorded its end. */
  record Execution(int attempt, boolean ended) {}

  private final Map<String, List<Execution>> byActivity = new HashMap<>();
  private final Map<String, String> types = new HashMap<>();

  /** Reads every {@code *.effects} file of {@code directory}. */
  static SideEffects read(Path directory) {
    SideEffects effects = new SideEffects();
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.toString().endsWith(".effects")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      try {
        effects.add(Files.readAllLines(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return effects;
  }

  private void add(List<String> lines) {
    Map<String, Execution> open = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split(" ");
      if (f.length != 5) {
        continue; // a line cut by a kill cannot happen (one append each), but be safe
      }
      String key = f[1] + " " + f[2];
      int attempt = Integer.parseInt(f[3]);
      types.put(key, f[4]);
      if (f[0].equals("start")) {
        Execution execution = new Execution(attempt, false);
        byActivity.computeIfAbsent(key, k -> new ArrayList<>()).add(execution);
        open.put(key + " " + attempt, execution);
      } else if (open.containsKey(key + " " + attempt)) {
        List<Execution> list = byActivity.get(key);
        int index = list.lastIndexOf(open.remove(key + " " + attempt));
        list.set(index, new Execution(attempt, true));
      }
    }
  }

  /** Activities ({@code "<workflow id> <activity id>"}) to their executions, in no order. */
  Map<String, List<Execution>> byActivity() {
    return byActivity;
  }

  /** The activity type of an activity key. */
  String type(String key) {
    return types.get(key);
  }
}
