package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.OutputSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonStrictOutputTest {

  static final String RESULT =
      "Jokes (a Map<Integer, String>):\n"
          + "1. Why do Java developers wear glasses? Because they don't C#.\n"
          + "2. I would tell you a UDP joke, but you might not get it.\n"
          + "3. There are 10 kinds of people: those who know binary and those who don't.";

  @Test
  void mapOutputIsSentAsANonStrictSchemaAndParsed() {
    SampleRun run = SampleRun.offline(new NonStrictOutput(), List.of());
    RecordedHistories.recordIfAsked("basic-NonStrictOutput", run);

    assertEquals(List.of("InvokeModel"), run.activities());
    var request = run.modelRequests.get(0);
    assertEquals(List.of(Message.user(NonStrictOutput.DEFAULT_REQUEST)), request.input());
    OutputSchema schema = request.outputSchema();
    assertFalse(schema.strict(), "a map cannot be sent in strict mode");
    JsonNode jokes = schema.schema().path("properties").path("jokes");
    assertEquals("object", jokes.path("type").asText());
    // Arbitrary keys: integers, as the JSON object's (string) property names.
    assertEquals("string", jokes.path("additionalProperties").path("type").asText());
    assertEquals("^-?[0-9]+$", jokes.path("propertyNames").path("pattern").asText());
    assertEquals(RESULT, run.result);
  }

  @Test
  void anAnswerThatDoesNotMatchTheSchemaIsSentBackOnce() {
    NonStrictOutput sample = new NonStrictOutput();
    List<ModelResponse> script = new ArrayList<>();
    // Not forced by strict mode, the model answers with a list where the schema has a map.
    script.add(TestModel.text("{\"jokes\":[\"a joke\",\"another joke\"]}"));
    script.addAll(sample.offlineScript(List.of()));

    SampleRun run = SampleRun.withModel(sample, List.of(), TestModel.returning(script));
    RecordedHistories.recordIfAsked("basic-NonStrictOutput-retry", run);

    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    var retry = run.modelRequests.get(1);
    assertEquals(3, retry.input().size(), "the question, the bad answer, what was wrong");
    String feedback = Scripts.lastUserText(retry);
    assertTrue(
        feedback.startsWith("Your last answer does not match the required JSON schema"), feedback);
    assertEquals(RESULT, run.result);
  }
}
