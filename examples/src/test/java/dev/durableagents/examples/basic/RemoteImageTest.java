package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteImageTest {

  @Test
  void theImageUrlIsSentAsItIsBeforeTheQuestion() {
    SampleRun run = SampleRun.offline(new RemoteImage(), List.of());
    RecordedHistories.recordIfAsked("basic-RemoteImage", run);

    assertEquals(List.of("InvokeModel"), run.activities());
    assertEquals(
        List.of(
            new Message(
                "user",
                List.of(new ContentPart.InputImage(RemoteImage.DEFAULT_IMAGE_URL, null, "auto")),
                null),
            Message.user(RemoteImage.DEFAULT_QUESTION)),
        run.modelRequests.get(0).input());
    assertEquals("You are a helpful assistant.", run.modelRequests.get(0).instructions());
    assertEquals(
        "The Golden Gate Bridge in San Francisco: its red-orange towers and cables span the"
            + " strait under a blue sky.",
        run.result);
  }

  @Test
  void anotherUrlAndQuestion() {
    String url = "https://example.com/images/cat.png";

    SampleRun run =
        SampleRun.offline(new RemoteImage(), List.of(url, "Which", "animal", "is", "this?"));

    Message image = (Message) run.modelRequests.get(0).input().get(0);
    assertEquals(ContentPart.InputImage.ofUrl(url).withDetail("auto"), image.content().get(0));
    assertEquals(Message.user("Which animal is this?"), run.modelRequests.get(0).input().get(1));
    assertEquals(
        "The offline model fetches no images; it was sent the URL " + url + ".", run.result);
  }
}
