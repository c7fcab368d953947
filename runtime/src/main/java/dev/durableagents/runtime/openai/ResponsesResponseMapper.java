package dev.durableagents.runtime.openai;

import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseUsage;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Responses API {@link Response} into a {@link ModelResponse}: its output items (through
 * {@link OutputItemMapper}), its token usage and its id.
 */
final class ResponsesResponseMapper {

  /** The usage of a call whose response reported none: one request, no tokens known. */
  private static final Usage ONE_CALL = new Usage(1, 0, 0, 0, 0, 0);

  private ResponsesResponseMapper() {}

  /** The model response {@code response} maps to. */
  static ModelResponse toModelResponse(Response response) {
    List<Item> output = new ArrayList<>();
    for (ResponseOutputItem item : response._output().asKnown().orElse(List.of())) {
      OutputItemMapper.map(item).ifPresent(output::add);
    }
    Usage usage = response._usage().asKnown().map(ResponsesResponseMapper::usage).orElse(ONE_CALL);
    return new ModelResponse(output, usage, response._id().asKnown().orElse(null));
  }

  /** One call's usage; missing counts are zero, a missing total is input plus output. */
  static Usage usage(ResponseUsage usage) {
    long input = usage._inputTokens().asKnown().orElse(0L);
    long output = usage._outputTokens().asKnown().orElse(0L);
    long total = usage._totalTokens().asKnown().orElse(input + output);
    long cached =
        usage
            ._inputTokensDetails()
            .asKnown()
            .flatMap(details -> details._cachedTokens().asKnown())
            .orElse(0L);
    long reasoning =
        usage
            ._outputTokensDetails()
            .asKnown()
            .flatMap(details -> details._reasoningTokens().asKnown())
            .orElse(0L);
    return new Usage(1, input, output, total, cached, reasoning);
  }
}
