package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelizationTest {

  @Test
  void threeTranslationsAtOnceThenAPicker() {
    SampleRun run = SampleRun.offline(new Parallelization(), List.of());
    RecordedHistories.recordIfAsked("agent_patterns-Parallelization", run);

    assertEquals(
        List.of("spanish_agent", "spanish_agent", "spanish_agent", "translation_picker"),
        run.modelCallAgents());
    List<Long> tasks = run.schedulingTasks();
    assertEquals(tasks.get(0), tasks.get(1), "the three runs start together");
    assertEquals(tasks.get(0), tasks.get(2), "the three runs start together");
    assertNotEquals(tasks.get(0), tasks.get(3));

    var picker =
        run.modelRequests.stream()
            .filter(r -> r.agentName().equals("translation_picker"))
            .findFirst()
            .orElseThrow();
    String options = ((Message) picker.input().get(0)).text();
    assertTrue(
        options.startsWith("Input: " + Parallelization.DEFAULT_MESSAGE + "\n\nTranslations:\n"));
    Parallelization.TRANSLATIONS.forEach(t -> assertTrue(options.contains(t), options));
    assertEquals("Best translation: " + Parallelization.TRANSLATIONS.get(0), run.result);
  }
}
