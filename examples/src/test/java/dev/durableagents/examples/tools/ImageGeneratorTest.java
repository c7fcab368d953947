package dev.durableagents.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageGeneratorTest {

  @Test
  void theGeneratedImageIsTakenFromTheRunsItemsAndSaved() throws Exception {
    SampleRun run = SampleRun.offline(new ImageGenerator(), List.of());
    RecordedHistories.recordIfAsked("tools-ImageGenerator", run);

    assertEquals(List.of("InvokeModel"), run.activities());
    var request = run.modelRequests.get(0);
    assertEquals("Image generator", request.agentName());
    assertEquals(List.of(HostedTool.imageGeneration().withQuality("low")), request.hostedTools());
    assertEquals(List.of(Message.user(ImageGenerator.DEFAULT_PROMPT)), request.input());

    List<String> lines = run.result.lines().toList();
    assertEquals(
        "Text result: Here is a comic-book frog about to eat a slice of pizza.", lines.get(0));
    String saved = lines.get(1);
    assertTrue(saved.startsWith("Image saved to: "), saved);
    Path file = Path.of(saved.substring("Image saved to: ".length(), saved.lastIndexOf(" (")));
    try {
      byte[] image = Files.readAllBytes(file);
      assertArrayEquals(ImageGenerator.offlineImageBytes(), image);
      assertTrue(saved.endsWith("(" + image.length + " bytes)"), saved);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
