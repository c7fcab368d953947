package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Scripts;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model of the two lifecycle samples. The random number is drawn in the workflow, so
 * the model reads it from the request: the start agent draws a number and always hands off (so that
 * the run shows every hook), and the multiply agent doubles it with its tool and answers {@code
 * {"number": ...}}. It answers from the request alone, so it may serve any number of runs.
 */
final class LifecycleScript {

  private static final Pattern MAX = Pattern.compile("between 0 and (\\d+)");

  private LifecycleScript() {}

  static TestModel model() {
    return TestModel.answering(LifecycleScript::answer);
  }

  private static ModelResponse answer(ModelRequest request) {
    if (request.agentName().equals("Start Agent")) {
      if (outputOf(request, "randomNumber") == null) {
        Matcher max = MAX.matcher(Scripts.lastUserText(request));
        return TestModel.toolCall(
            "randomNumber", "{\"max\":" + (max.find() ? max.group(1) : "100") + "}");
      }
      return TestModel.toolCall("transfer_to_multiply_agent", "{}");
    }
    String doubled = outputOf(request, "multiplyByTwo");
    if (doubled == null) {
      return TestModel.toolCall(
          "multiplyByTwo", "{\"x\":" + outputOf(request, "randomNumber") + "}");
    }
    return TestModel.text("{\"number\":" + doubled + "}");
  }

  /** The output of the request's call of {@code toolName}, or {@code null}. */
  static String outputOf(ModelRequest request, String toolName) {
    String callId = null;
    for (Item item : request.input()) {
      if (item instanceof FunctionCall call && call.name().equals(toolName)) {
        callId = call.callId();
      } else if (item instanceof FunctionCallOutput output && output.callId().equals(callId)) {
        return output.output();
      }
    }
    return null;
  }
}
