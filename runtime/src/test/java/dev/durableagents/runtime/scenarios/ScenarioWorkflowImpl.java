package dev.durableagents.runtime.scenarios;

/** Looks the scenario up by name and runs it: the scenario's code is workflow code. */
public class ScenarioWorkflowImpl implements ScenarioWorkflow {

  @Override
  public String run(String scenario, String input) {
    return Scenarios.get(scenario).apply(input);
  }
}
