package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The image samples against a local OpenAI-compatible server: the images as the Responses API
 * receives them through the openai-java client, as {@code input_image} parts.
 */
class ImagesWireTest {

  OpenAIStubServer stub;
  OpenAIProvider provider;

  @BeforeEach
  void start() {
    stub = new OpenAIStubServer().start();
    provider =
        OpenAIProvider.newBuilder().setApiKey("sk-wire-test").setBaseUrl(stub.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    provider.close();
    stub.close();
  }

  private JsonNode inputOf(Sample sample) {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "I see it.")));
    SampleRun run = SampleRun.with(sample, List.of(), provider, 600, sample::register);
    assertEquals("I see it.", run.result);
    assertEquals(1, stub.requests().size());
    return stub.requests().get(0).body().path("input");
  }

  @Test
  void localImageIsADataUrlPart() throws Exception {
    JsonNode input = inputOf(new LocalImage());

    assertEquals(2, input.size(), input.toString());
    JsonNode image = input.get(0).path("content").get(0);
    assertEquals("input_image", image.path("type").asText());
    assertEquals("auto", image.path("detail").asText());
    assertEquals(
        "data:image/png;base64," + Base64.getEncoder().encodeToString(LocalImageTest.landscape()),
        image.path("image_url").asText());
    assertEquals("user", input.get(1).path("role").asText());
    assertEquals(
        LocalImage.DEFAULT_QUESTION, input.get(1).path("content").get(0).path("text").asText());
  }

  @Test
  void remoteImageIsItsUrl() {
    JsonNode input = inputOf(new RemoteImage());

    JsonNode image = input.get(0).path("content").get(0);
    assertEquals("input_image", image.path("type").asText());
    assertEquals(RemoteImage.DEFAULT_IMAGE_URL, image.path("image_url").asText());
    assertEquals("auto", image.path("detail").asText());
  }
}
