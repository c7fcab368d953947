package dev.durableagents.examples.handoffs;

import dev.durableagents.examples.support.Scripts;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model of the {@link MessageFilter} sample. It answers from each request (the random
 * number is drawn in the workflow, so it reads it from the tool's output), so it may serve any
 * number of runs.
 */
final class MessageFilterScript {

  static final String SPANISH_ANSWER = "No sé tu nombre, pero vives en la ciudad de Nueva York.";

  private static final Pattern NAME = Pattern.compile("my name is (\\w+)");

  private MessageFilterScript() {}

  static TestModel model() {
    return TestModel.answering(MessageFilterScript::answer);
  }

  private static ModelResponse answer(ModelRequest request) {
    String user = Scripts.lastUserText(request);
    if (request.agentName().equals("Spanish Assistant")) {
      // It never saw the first two messages, the name among them: the filter dropped them.
      return TestModel.text(SPANISH_ANSWER);
    }
    if (!request.handoffs().isEmpty()) {
      return user.contains("español")
          ? TestModel.toolCall("transfer_to_spanish_assistant", "{}")
          : TestModel.text("About 8.3 million people live in New York City.");
    }
    String number = Scripts.lastToolOutput(request);
    if (number != null) {
      return TestModel.text("Your random number is " + number + ".");
    }
    if (user.contains("random number")) {
      return TestModel.toolCall("randomNumber", "{\"max\":100}");
    }
    Matcher name = NAME.matcher(user);
    return TestModel.text("Hi " + (name.find() ? name.group(1) : "there") + "!");
  }
}
