package dev.durableagents.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A model provider for tests that returns the same model for every model name, and records the
 * names it was asked for.
 *
 * <pre>{@code
 * TestModelProvider provider = new TestModelProvider(TestModel.returning(TestModel.text("hi")));
 * DurableAgentsPlugin plugin = DurableAgentsPlugin.newBuilder().setModelProvider(provider).build();
 * }</pre>
 */
public final class TestModelProvider implements ModelProvider {

  private final Model model;
  private final List<String> modelNames = new ArrayList<>();

  /**
   * @param model the model every call goes to
   */
  public TestModelProvider(Model model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public synchronized Model getModel(String modelName) {
    modelNames.add(modelName);
    return model;
  }

  /** The model names asked for, one per call, in order ({@code null} for the default). */
  public synchronized List<String> modelNames() {
    return new ArrayList<>(modelNames);
  }
}
