package dev.durableagents.examples.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeInterpreterTest {

  @Test
  void oneModelCallWithTheHostedInterpreterWhoseCodeComesBackInTheRunsItems() {
    SampleRun run = SampleRun.offline(new CodeInterpreter(), List.of());
    RecordedHistories.recordIfAsked("tools-CodeInterpreter", run);

    // The provider runs the code during the model call: no activity of its own.
    assertEquals(List.of("InvokeModel"), run.activities());
    var request = run.modelRequests.get(0);
    assertEquals("Code interpreter", request.agentName());
    assertEquals("You love doing math.", request.instructions());
    assertEquals(List.of(HostedTool.codeInterpreter()), request.hostedTools());
    assertTrue(request.tools().isEmpty());
    assertEquals(List.of(Message.user(CodeInterpreter.DEFAULT_QUESTION)), request.input());
    // The call item is part of the model activity's result, so of the history.
    assertTrue(run.historyText().contains("code_interpreter_call"));
    assertEquals(
        "Code the interpreter ran:\n"
            + "import math\n"
            + "print(math.sqrt(273 * 312821 + 1782))\n\n"
            + "273 * 312821 + 1782 = 85401915, and its square root is about 9241.3157.",
        run.result);
  }
}
