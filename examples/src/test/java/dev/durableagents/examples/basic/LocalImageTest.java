package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalImageTest {

  static byte[] landscape() throws Exception {
    try (InputStream in =
        LocalImageTest.class.getClassLoader().getResourceAsStream(LocalImage.DEFAULT_IMAGE)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theImageIsReadByAnActivityAndSentAsADataUrlBeforeTheQuestion() throws Exception {
    SampleRun run = SampleRun.offline(new LocalImage(), List.of());
    RecordedHistories.recordIfAsked("basic-LocalImage", run);

    assertEquals(List.of("ImageFiles.readAsDataUrl", "InvokeModel"), run.activities());
    assertEquals("\"media/landscape.png\"", run.activityInputs().get(0));
    List<?> input = run.modelRequests.get(0).input();
    assertEquals(2, input.size());
    Message image = assertInstanceOf(Message.class, input.get(0));
    assertEquals("user", image.role());
    assertEquals(
        List.of(
            new ContentPart.InputImage(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(landscape()),
                null,
                "auto")),
        image.content());
    assertEquals(Message.user(LocalImage.DEFAULT_QUESTION), input.get(1));
    assertEquals(
        "A tiny pixel-art landscape: a yellow sun in a clear blue sky above two green hills.",
        run.result);
  }

  @Test
  void readsAFileOnTheWorkersDisk(@TempDir Path dir) throws Exception {
    Path photo = dir.resolve("photo.JPG");
    byte[] bytes = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
    Files.write(photo, bytes);

    SampleRun run =
        SampleRun.offline(new LocalImage(), List.of(photo.toString(), "What", "is", "this?"));

    String dataUrl = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(bytes);
    Message image = (Message) run.modelRequests.get(0).input().get(0);
    assertEquals(new ContentPart.InputImage(dataUrl, null, "auto"), image.content().get(0));
    assertEquals(Message.user("What is this?"), run.modelRequests.get(0).input().get(1));
    assertEquals(
        "The offline model cannot see images; it was sent data:image/jpeg;base64 ("
            + dataUrl.length()
            + " characters).",
        run.result);
  }

  @Test
  void aFileThatIsNoImageFailsTheRunWithoutRetries(@TempDir Path dir) throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "not an image");

    WorkflowFailedException failure =
        assertThrows(
            WorkflowFailedException.class,
            () -> SampleRun.offline(new LocalImage(), List.of(notes.toString())));

    // The workflow failed on the activity's failure, which Temporal did not retry.
    ApplicationFailure cause =
        assertInstanceOf(ApplicationFailure.class, failure.getCause().getCause());
    assertEquals("UnsupportedImage", cause.getType());
    assertTrue(cause.isNonRetryable());
    assertTrue(
        cause.getOriginalMessage().startsWith("Not an image a model reads"), cause.toString());
  }
}
