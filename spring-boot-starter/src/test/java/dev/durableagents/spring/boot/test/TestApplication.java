package dev.durableagents.spring.boot.test;

import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application the starter's tests boot: one agent, one tool bean, a scripted model. */
@SpringBootApplication
public class TestApplication {

  /** The scripted model: a tool call, then an answer. */
  @Bean
  TestModel testModel() {
    return TestModel.returning(
        TestModel.toolCall("population", "{\"city\":\"Tokyo\"}"),
        TestModel.text("Tokyo has 14 million people."));
  }

  /** Replaces the starter's OpenAI provider. */
  @Bean
  TestModelProvider testModelProvider(TestModel model) {
    return new TestModelProvider(model);
  }
}
