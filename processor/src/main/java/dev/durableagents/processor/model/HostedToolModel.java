package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** A hosted tool of an agent, from its annotation: the provider runs it while it answers. */
public sealed interface HostedToolModel {

  /**
   * {@code @WebSearchTool}; {@code null} fields are unset.
   *
   * @param city the user's city
   * @param region the user's region
   * @param country the user's country
   * @param timezone the user's time zone
   * @param searchContextSize the search context size
   * @param allowedDomains the only domains to search, or empty for any
   */
  record WebSearch(
      String city,
      String region,
      String country,
      String timezone,
      String searchContextSize,
      List<String> allowedDomains)
      implements HostedToolModel {

    /** Whether any part of the user location is set. */
    public boolean hasLocation() {
      return city != null || region != null || country != null || timezone != null;
    }
  }

  /**
   * {@code @FileSearchTool}.
   *
   * @param vectorStoreIds the vector stores
   * @param maxNumResults the most results, or {@code null}
   * @param includeSearchResults whether results come back in the items
   */
  record FileSearch(
      List<String> vectorStoreIds, Integer maxNumResults, boolean includeSearchResults)
      implements HostedToolModel {}

  /**
   * {@code @CodeInterpreterTool}.
   *
   * @param containerId an existing container, or {@code null}
   * @param fileIds files for a new container, or empty
   * @param includeOutputs whether outputs come back in the items
   */
  record CodeInterpreter(String containerId, List<String> fileIds, boolean includeOutputs)
      implements HostedToolModel {}

  /**
   * {@code @ImageGenerationTool}; {@code null} fields are unset.
   *
   * @param quality the quality
   * @param size the size
   * @param outputFormat the output format
   * @param background the background
   * @param model the image model
   */
  record ImageGeneration(
      String quality, String size, String outputFormat, String background, String model)
      implements HostedToolModel {}

  /**
   * {@code @HostedMcpTool}.
   *
   * @param serverLabel the server's label
   * @param serverUrl the server's URL
   * @param serverDescription what it offers, or {@code null}
   * @param allowedTools the only tools allowed, or empty for all
   * @param requireApproval {@code "always"} or {@code "never"}
   * @param approval the approval callback class, or {@code null}
   */
  record Mcp(
      String serverLabel,
      String serverUrl,
      String serverDescription,
      List<String> allowedTools,
      String requireApproval,
      ClassName approval)
      implements HostedToolModel {}
}
