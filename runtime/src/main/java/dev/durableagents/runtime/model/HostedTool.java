package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A tool the provider runs itself while it answers, on OpenAI's Responses API: web search, file
 * search, the code interpreter, image generation, and tools of a hosted (remote) MCP server. Add
 * them to an agent with {@code AgentDefinition.Builder.addHostedTool}; their calls come back done,
 * as {@link HostedToolCall} items of the model's output.
 *
 * <pre>{@code
 * AgentDefinition researcher = AgentDefinition.newBuilder("Researcher")
 *     .addHostedTool(HostedTool.webSearch()
 *         .withUserLocation(new HostedTool.WebSearch.UserLocation("London", null, "GB", null)))
 *     .addHostedTool(HostedTool.fileSearch("vs_123").withMaxNumResults(3).withSearchResults())
 *     .addHostedTool(HostedTool.codeInterpreter())
 *     .build();
 * }</pre>
 *
 * <p>Configurations are serializable records: they travel in the model activity's input and show in
 * the workflow history, so they hold no secrets. Credentials of a hosted MCP server belong to the
 * worker's provider ({@code OpenAIProvider.Builder.putHostedMcpHeader}). The Chat Completions API
 * has no hosted tools: a request with one fails, not retried, naming the tool.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = HostedTool.WebSearch.class, name = "web_search"),
  @JsonSubTypes.Type(value = HostedTool.FileSearch.class, name = "file_search"),
  @JsonSubTypes.Type(value = HostedTool.CodeInterpreter.class, name = "code_interpreter"),
  @JsonSubTypes.Type(value = HostedTool.ImageGeneration.class, name = "image_generation"),
  @JsonSubTypes.Type(value = HostedTool.Mcp.class, name = "mcp"),
})
public sealed interface HostedTool {

  /** Web search with the provider's defaults. */
  static WebSearch webSearch() {
    return new WebSearch(null, null, null);
  }

  /** File search over these vector stores. */
  static FileSearch fileSearch(String... vectorStoreIds) {
    return new FileSearch(Arrays.asList(vectorStoreIds), null, false, null);
  }

  /** The code interpreter, in a container the provider creates for the call. */
  static CodeInterpreter codeInterpreter() {
    return new CodeInterpreter(null, null, false);
  }

  /** Image generation with the provider's defaults. */
  static ImageGeneration imageGeneration() {
    return new ImageGeneration(null, null, null, null, null);
  }

  /**
   * The tools of the MCP server at {@code serverUrl}, which the provider calls for the model. Every
   * call needs approval unless {@link Mcp#withRequireApproval} says {@code "never"}.
   */
  static Mcp mcp(String serverLabel, String serverUrl) {
    return new Mcp(serverLabel, serverUrl, null, null, null, null);
  }

  /**
   * The hosted {@code web_search} tool.
   *
   * @param userLocation where the user is, to localize results; or {@code null}
   * @param searchContextSize {@code "low"}, {@code "medium"} or {@code "high"}; or {@code null}
   * @param allowedDomains the only domains to search, or {@code null} for any
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WebSearch(UserLocation userLocation, String searchContextSize, List<String> allowedDomains)
      implements HostedTool {

    public WebSearch {
      allowedDomains = allowedDomains == null ? null : List.copyOf(allowedDomains);
    }

    /** This tool with results localized to {@code userLocation}. */
    public WebSearch withUserLocation(UserLocation userLocation) {
      return new WebSearch(userLocation, searchContextSize, allowedDomains);
    }

    /** This tool with {@code "low"}, {@code "medium"} or {@code "high"} search context. */
    public WebSearch withSearchContextSize(String searchContextSize) {
      return new WebSearch(userLocation, searchContextSize, allowedDomains);
    }

    /** This tool searching only these domains. */
    public WebSearch withAllowedDomains(List<String> allowedDomains) {
      return new WebSearch(userLocation, searchContextSize, allowedDomains);
    }

    /**
     * An approximate location of the user; every field is optional.
     *
     * @param city a city, for example {@code "London"}
     * @param region a region, for example {@code "England"}
     * @param country a two-letter ISO country code, for example {@code "GB"}
     * @param timezone an IANA time zone, for example {@code "Europe/London"}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserLocation(String city, String region, String country, String timezone) {}
  }

  /**
   * The hosted {@code file_search} tool: searches the provider's vector stores.
   *
   * @param vectorStoreIds the vector stores to search, at least one
   * @param maxNumResults the most results to return, or {@code null} for the provider's default
   * @param includeSearchResults whether the {@link FileSearchCall} items carry the matching chunks
   * @param filters a filter on file attributes, in the provider's format, or {@code null}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FileSearch(
      List<String> vectorStoreIds,
      Integer maxNumResults,
      boolean includeSearchResults,
      ObjectNode filters)
      implements HostedTool {

    public FileSearch {
      vectorStoreIds = List.copyOf(Objects.requireNonNull(vectorStoreIds, "vectorStoreIds"));
      if (vectorStoreIds.isEmpty()) {
        throw new IllegalArgumentException("File search needs at least one vector store id");
      }
      if (maxNumResults != null && maxNumResults < 1) {
        throw new IllegalArgumentException("maxNumResults must be at least 1: " + maxNumResults);
      }
    }

    /** This tool returning at most {@code maxNumResults} results. */
    public FileSearch withMaxNumResults(int maxNumResults) {
      return new FileSearch(vectorStoreIds, maxNumResults, includeSearchResults, filters);
    }

    /** This tool with the matching chunks included in its call items. */
    public FileSearch withSearchResults() {
      return new FileSearch(vectorStoreIds, maxNumResults, true, filters);
    }

    /** This tool with a filter on file attributes, in the provider's format. */
    public FileSearch withFilters(ObjectNode filters) {
      return new FileSearch(vectorStoreIds, maxNumResults, includeSearchResults, filters);
    }
  }

  /**
   * The hosted {@code code_interpreter} tool: runs Python in a sandboxed container.
   *
   * @param containerId the container to run in, or {@code null} for one the provider creates
   * @param fileIds files to put in a container the provider creates, or {@code null}
   * @param includeOutputs whether the {@link CodeInterpreterCall} items carry the code's outputs
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CodeInterpreter(String containerId, List<String> fileIds, boolean includeOutputs)
      implements HostedTool {

    public CodeInterpreter {
      fileIds = fileIds == null ? null : List.copyOf(fileIds);
      if (containerId != null && fileIds != null) {
        throw new IllegalArgumentException(
            "Give a code interpreter either a container id or file ids for a new container");
      }
    }

    /** This tool running in an existing container. */
    public CodeInterpreter withContainerId(String containerId) {
      return new CodeInterpreter(containerId, null, includeOutputs);
    }

    /** This tool in a new container holding these files. */
    public CodeInterpreter withFileIds(List<String> fileIds) {
      return new CodeInterpreter(null, fileIds, includeOutputs);
    }

    /** This tool with the code's outputs included in its call items. */
    public CodeInterpreter withOutputs() {
      return new CodeInterpreter(containerId, fileIds, true);
    }
  }

  /**
   * The hosted {@code image_generation} tool. Every field is optional.
   *
   * @param quality {@code "low"}, {@code "medium"}, {@code "high"} or {@code "auto"}
   * @param size for example {@code "1024x1024"}, {@code "1024x1536"} or {@code "auto"}
   * @param outputFormat {@code "png"}, {@code "webp"} or {@code "jpeg"}
   * @param background {@code "transparent"}, {@code "opaque"} or {@code "auto"}
   * @param model the image model, for example {@code "gpt-image-1"}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ImageGeneration(
      String quality, String size, String outputFormat, String background, String model)
      implements HostedTool {

    /** This tool generating images of {@code quality}. */
    public ImageGeneration withQuality(String quality) {
      return new ImageGeneration(quality, size, outputFormat, background, model);
    }

    /** This tool generating images of {@code size}. */
    public ImageGeneration withSize(String size) {
      return new ImageGeneration(quality, size, outputFormat, background, model);
    }

    /** This tool generating images in {@code outputFormat}. */
    public ImageGeneration withOutputFormat(String outputFormat) {
      return new ImageGeneration(quality, size, outputFormat, background, model);
    }

    /** This tool generating images with {@code background}. */
    public ImageGeneration withBackground(String background) {
      return new ImageGeneration(quality, size, outputFormat, background, model);
    }

    /** This tool generating images with the image model {@code model}. */
    public ImageGeneration withModel(String model) {
      return new ImageGeneration(quality, size, outputFormat, background, model);
    }
  }

  /**
   * The hosted {@code mcp} tool: the provider lists and calls the tools of a remote MCP server (or
   * an OpenAI connector) for the model.
   *
   * <p>When {@link #requireApproval()} is not {@code "never"}, the model asks before each call with
   * an {@link McpApprovalRequest}; the run answers it in the workflow with the approval callback
   * given to {@code AgentDefinition.Builder.addHostedTool(Mcp, McpApprovalCallback)}.
   *
   * @param serverLabel the server's label, unique among the agent's MCP tools
   * @param serverUrl the server's URL, or {@code null} for a connector
   * @param connectorId an OpenAI connector id (for example {@code "connector_gmail"}), or {@code
   *     null} for a server URL
   * @param serverDescription what the server is for, or {@code null}
   * @param allowedTools the only tools the model may use, or {@code null} for all
   * @param requireApproval {@code "always"} or {@code "never"}; {@code null} for the provider's
   *     default, which is to ask
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Mcp(
      String serverLabel,
      String serverUrl,
      String connectorId,
      String serverDescription,
      List<String> allowedTools,
      String requireApproval)
      implements HostedTool {

    public Mcp {
      Objects.requireNonNull(serverLabel, "serverLabel");
      if ((serverUrl == null) == (connectorId == null)) {
        throw new IllegalArgumentException(
            "Hosted MCP tool '" + serverLabel + "' needs exactly one of serverUrl and connectorId");
      }
      if (requireApproval != null
          && !requireApproval.equals("always")
          && !requireApproval.equals("never")) {
        throw new IllegalArgumentException(
            "requireApproval must be \"always\" or \"never\", was \"" + requireApproval + "\"");
      }
      allowedTools = allowedTools == null ? null : List.copyOf(allowedTools);
    }

    /** An OpenAI connector (for example {@code "connector_googledrive"}) under this label. */
    public static Mcp connector(String serverLabel, String connectorId) {
      return new Mcp(serverLabel, null, connectorId, null, null, null);
    }

    /** This tool with a description of what the server is for. */
    public Mcp withServerDescription(String serverDescription) {
      return new Mcp(
          serverLabel, serverUrl, connectorId, serverDescription, allowedTools, requireApproval);
    }

    /** This tool offering the model only these tools of the server. */
    public Mcp withAllowedTools(List<String> allowedTools) {
      return new Mcp(
          serverLabel, serverUrl, connectorId, serverDescription, allowedTools, requireApproval);
    }

    /** This tool asking approval {@code "always"} or {@code "never"}. */
    public Mcp withRequireApproval(String requireApproval) {
      return new Mcp(
          serverLabel, serverUrl, connectorId, serverDescription, allowedTools, requireApproval);
    }
  }
}
