package dev.durableagents.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An OpenAI-compatible HTTP server on loopback for wire tests: scripted replies, recorded requests,
 * nothing else. It runs on the JDK's {@code com.sun.net.httpserver}, bound to {@code 127.0.0.1} on
 * an ephemeral port, and is meant to be called by the real openai-java client.
 *
 * <pre>{@code
 * try (OpenAIStubServer stub = new OpenAIStubServer().start()) {
 *   stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "Hello!")));
 *   OpenAIProvider provider =
 *       OpenAIProvider.newBuilder().setApiKey("sk-test").setBaseUrl(stub.baseUrl()).build();
 *   ...
 *   JsonNode body = stub.requests().get(0).body();
 * }
 * }</pre>
 *
 * <p>Replies are queued per path ({@link #RESPONSES_PATH} by default; {@link
 * #CHAT_COMPLETIONS_PATH} with {@link #enqueueChat}, or any other path with {@link #enqueue(String,
 * Reply)}) and used once each, in order; a {@linkplain #respondWith responder} answers what the
 * queue does not. A request with no reply queued for its path and no responder gets a 500 whose
 * error says so, with {@code x-should-retry: false} so that Temporal does not retry a test's
 * missing script forever.
 *
 * <p>Static helpers build realistic bodies of both APIs: Responses API responses and output items
 * (messages, function calls, reasoning, hosted tool calls, MCP items), and Chat Completions
 * completions (text, tool calls, usage). Streamed calls are answered with server-sent events
 * ({@link Reply#events}, {@link #responsesTextEvents}, {@link #chatTextEvents}), written one by one
 * at an interval and, to test retries, cut short ({@link Reply#cutAfter}).
 */
public final class OpenAIStubServer implements AutoCloseable {

  /** The path of the Responses API. */
  public static final String RESPONSES_PATH = "/v1/responses";

  /** The path of the Chat Completions API. */
  public static final String CHAT_COMPLETIONS_PATH = "/v1/chat/completions";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, Deque<Reply>> replies = new HashMap<>();
  private final Map<String, Function<RecordedRequest, Reply>> responders = new HashMap<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private HttpServer server;
  private ExecutorService executor;
  private boolean recording = true;

  /** A stub that is not listening yet; see {@link #start()}. */
  public OpenAIStubServer() {}

  /** Starts listening on {@code 127.0.0.1}, on a free port. */
  public OpenAIStubServer start() {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the OpenAI stub", e);
    }
    AtomicInteger threads = new AtomicInteger();
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "openai-stub-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  /** The port the stub listens on. */
  public int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getPort();
  }

  /** The base URL to configure clients with, for example {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/v1";
  }

  /** Queues {@code reply} for the next unanswered request to {@link #RESPONSES_PATH}. */
  public OpenAIStubServer enqueue(Reply reply) {
    return enqueue(RESPONSES_PATH, reply);
  }

  /** Queues {@code replies}, in order, for requests to {@link #RESPONSES_PATH}. */
  public OpenAIStubServer enqueue(Reply... replies) {
    for (Reply reply : replies) {
      enqueue(reply);
    }
    return this;
  }

  /** Queues {@code reply} for the next unanswered request to {@code path}. */
  public synchronized OpenAIStubServer enqueue(String path, Reply reply) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reply, "reply");
    replies.computeIfAbsent(path, p -> new ArrayDeque<>()).addLast(reply);
    return this;
  }

  /** Queues {@code replies}, in order, for requests to {@link #CHAT_COMPLETIONS_PATH}. */
  public OpenAIStubServer enqueueChat(Reply... replies) {
    for (Reply reply : replies) {
      enqueue(CHAT_COMPLETIONS_PATH, reply);
    }
    return this;
  }

  /**
   * Answers requests to {@code path} that find no queued reply with {@code responder}, a function
   * of the request: a model whose answer depends only on what it is sent, so that a call retried
   * after a crash gets the answer its first attempt got. It is called on the stub's threads,
   * concurrently.
   */
  public synchronized OpenAIStubServer respondWith(
      String path, Function<RecordedRequest, Reply> responder) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(responder, "responder");
    responders.put(path, responder);
    return this;
  }

  /**
   * Whether requests are kept for {@link #requests()} (default {@code true}). Turn it off for long
   * runs whose requests would not fit in memory (a long conversation sends its whole history every
   * call).
   */
  public synchronized OpenAIStubServer recordRequests(boolean record) {
    this.recording = record;
    return this;
  }

  /**
   * Forgets every queued reply, responder and recorded request, for a stub shared between tests.
   */
  public synchronized OpenAIStubServer reset() {
    replies.clear();
    responders.clear();
    requests.clear();
    return this;
  }

  /** How many queued replies are still unused, over all paths. */
  public synchronized int pendingReplies() {
    return replies.values().stream().mapToInt(Deque::size).sum();
  }

  /** Every request received so far, in the order they arrived. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests received so far on {@code path}, in order. */
  public synchronized List<RecordedRequest> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** Stops listening. Replies still being written are cut off. */
  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      server = null;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String raw = readBody(exchange.getRequestBody());
      JsonNode body = parse(raw);
      String path = exchange.getRequestURI().getPath();
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      Reply reply;
      int number;
      Function<RecordedRequest, Reply> responder;
      RecordedRequest request =
          new RecordedRequest(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestURI().getRawQuery(),
              Collections.unmodifiableMap(headers),
              raw,
              body,
              Instant.now());
      synchronized (this) {
        if (recording) {
          requests.add(request);
        }
        number = requests.size();
        Deque<Reply> queue = replies.get(path);
        reply = queue == null ? null : queue.pollFirst();
        responder = responders.get(path);
      }
      if (reply == null && responder != null) {
        reply = responder.apply(request);
      }
      if (reply == null) {
        reply = unscripted(exchange.getRequestMethod(), path, number);
      }
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (reply.isServerSentEvents()) {
        writeEvents(exchange, reply);
        return;
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      exchange.close();
    }
  }

  // Writes a server-sent events reply: each event, flushed, then the interval; a reply cut short
  // ends after its cut, as a connection dropped mid-stream does (the client sees the body end).
  private static void writeEvents(HttpExchange exchange, Reply reply) throws IOException {
    reply
        .headers()
        .forEach(
            (name, value) -> {
              if (!name.toLowerCase(Locale.ROOT).startsWith(Reply.SSE_HEADER_PREFIX)) {
                exchange.getResponseHeaders().set(name, value);
              }
            });
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(reply.status(), 0);
    List<String> events = reply.events();
    int cut = reply.eventsBeforeCut();
    long interval = reply.eventInterval().toMillis();
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < events.size() && (cut < 0 || i < cut); i++) {
        if (i > 0 && interval > 0) {
          try {
            Thread.sleep(interval);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        out.write((events.get(i) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    }
  }

  private static Reply unscripted(String method, String path, int number) {
    return Reply.error(
            500,
            "unscripted_request",
            "OpenAIStubServer: no reply scripted for "
                + method
                + " "
                + path
                + " (request #"
                + number
                + "); enqueue one")
        .withHeader("x-should-retry", "false");
  }

  private static String readBody(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static JsonNode parse(String raw) {
    if (raw.isEmpty()) {
      return NODES.missingNode();
    }
    try {
      return JSON.readTree(raw);
    } catch (IOException e) {
      return NODES.textNode(raw);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Realistic Responses API bodies.

  /**
   * A completed Responses API response whose only output is an assistant message with {@code text},
   * using 10 input and 5 output tokens.
   */
  public static ObjectNode textResponse(String responseId, String text) {
    return response(responseId, usage(10, 5, 0, 0), messageItem("msg_" + suffix(responseId), text));
  }

  /**
   * A completed Responses API response whose only output is a call of function {@code name} with
   * {@code arguments} (JSON text), using 20 input and 7 output tokens.
   */
  public static ObjectNode functionCallResponse(
      String responseId, String callId, String name, String arguments) {
    return response(
        responseId,
        usage(20, 7, 0, 0),
        functionCallItem("fc_" + suffix(responseId), callId, name, arguments));
  }

  /** A completed Responses API response with these output items and this usage. */
  public static ObjectNode response(String responseId, ObjectNode usage, JsonNode... output) {
    ObjectNode response = NODES.objectNode();
    response.put("id", responseId);
    response.put("object", "response");
    response.put("created_at", 1741476542);
    response.put("status", "completed");
    response.putNull("error");
    response.putNull("incomplete_details");
    response.putNull("instructions");
    response.putNull("max_output_tokens");
    response.put("model", "gpt-4o-2024-08-06");
    ArrayNode items = response.putArray("output");
    for (JsonNode item : output) {
      items.add(item);
    }
    response.put("parallel_tool_calls", true);
    response.putNull("previous_response_id");
    ObjectNode reasoning = response.putObject("reasoning");
    reasoning.putNull("effort");
    reasoning.putNull("summary");
    response.put("store", true);
    response.put("temperature", 1.0);
    response.putObject("text").putObject("format").put("type", "text");
    response.put("tool_choice", "auto");
    response.putArray("tools");
    response.put("top_p", 1.0);
    response.put("truncation", "disabled");
    if (usage != null) {
      response.set("usage", usage);
    }
    response.putNull("user");
    response.putObject("metadata");
    return response;
  }

  /** An output item: a completed assistant message with one {@code output_text} part. */
  public static ObjectNode messageItem(String id, String text) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "message");
    item.put("id", id);
    item.put("status", "completed");
    item.put("role", "assistant");
    ObjectNode part = item.putArray("content").addObject();
    part.put("type", "output_text");
    part.put("text", text);
    part.putArray("annotations");
    return item;
  }

  /** An output item: a completed function call. */
  public static ObjectNode functionCallItem(
      String id, String callId, String name, String arguments) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "function_call");
    item.put("id", id);
    item.put("call_id", callId);
    item.put("name", name);
    item.put("arguments", arguments);
    item.put("status", "completed");
    return item;
  }

  /** A Responses API usage object. */
  public static ObjectNode usage(
      long inputTokens, long outputTokens, long cachedTokens, long reasoningTokens) {
    ObjectNode usage = NODES.objectNode();
    usage.put("input_tokens", inputTokens);
    usage.putObject("input_tokens_details").put("cached_tokens", cachedTokens);
    usage.put("output_tokens", outputTokens);
    usage.putObject("output_tokens_details").put("reasoning_tokens", reasoningTokens);
    usage.put("total_tokens", inputTokens + outputTokens);
    return usage;
  }

  /** An OpenAI error body: {@code {"error": {"message", "type", "param", "code"}}}. */
  public static ObjectNode errorBody(String type, String code, String message) {
    ObjectNode body = NODES.objectNode();
    ObjectNode error = body.putObject("error");
    error.put("message", message);
    error.put("type", type);
    error.putNull("param");
    if (code == null) {
      error.putNull("code");
    } else {
      error.put("code", code);
    }
    return body;
  }

  /**
   * An output item: reasoning with these summary paragraphs (as {@code summary_text} parts) and
   * encrypted content.
   */
  public static ObjectNode reasoningItem(String id, String encryptedContent, String... summary) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "reasoning");
    item.put("id", id);
    ArrayNode parts = item.putArray("summary");
    for (String text : summary) {
      parts.addObject().put("type", "summary_text").put("text", text);
    }
    if (encryptedContent != null) {
      item.put("encrypted_content", encryptedContent);
    }
    return item;
  }

  /** An output item: a completed web search for {@code query}. */
  public static ObjectNode webSearchCallItem(String id, String query) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "web_search_call");
    item.put("id", id);
    item.put("status", "completed");
    ObjectNode action = item.putObject("action");
    action.put("type", "search");
    action.put("query", query);
    return item;
  }

  /**
   * An output item: a completed file search for {@code query}, with one result of this file and
   * text.
   */
  public static ObjectNode fileSearchCallItem(
      String id, String query, String fileId, String filename, String text) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "file_search_call");
    item.put("id", id);
    item.put("status", "completed");
    item.putArray("queries").add(query);
    ObjectNode result = item.putArray("results").addObject();
    result.put("file_id", fileId);
    result.put("filename", filename);
    result.put("score", 0.93);
    result.put("text", text);
    result.putObject("attributes").put("book", "Iliad");
    return item;
  }

  /**
   * An output item: code the code interpreter ran in {@code containerId}, printing {@code logs}.
   */
  public static ObjectNode codeInterpreterCallItem(
      String id, String code, String containerId, String logs) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "code_interpreter_call");
    item.put("id", id);
    item.put("status", "completed");
    item.put("code", code);
    item.put("container_id", containerId);
    item.putArray("outputs").addObject().put("type", "logs").put("logs", logs);
    return item;
  }

  /** An output item: a generated image, base64-encoded. */
  public static ObjectNode imageGenerationCallItem(String id, String base64) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "image_generation_call");
    item.put("id", id);
    item.put("status", "completed");
    item.put("result", base64);
    return item;
  }

  /** An output item: the tools of a hosted MCP server, each taking no arguments. */
  public static ObjectNode mcpListToolsItem(String id, String serverLabel, String... toolNames) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "mcp_list_tools");
    item.put("id", id);
    item.put("server_label", serverLabel);
    ArrayNode tools = item.putArray("tools");
    for (String name : toolNames) {
      ObjectNode tool = tools.addObject();
      tool.put("name", name);
      tool.put("description", "The " + name + " tool");
      tool.putObject("input_schema").put("type", "object").putObject("properties");
    }
    return item;
  }

  /** An output item: a request to approve a call of a hosted MCP server's tool. */
  public static ObjectNode mcpApprovalRequestItem(
      String id, String serverLabel, String name, String arguments) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "mcp_approval_request");
    item.put("id", id);
    item.put("server_label", serverLabel);
    item.put("name", name);
    item.put("arguments", arguments);
    return item;
  }

  /** An output item: a completed call of a hosted MCP server's tool. */
  public static ObjectNode mcpCallItem(
      String id,
      String serverLabel,
      String name,
      String arguments,
      String output,
      String approvalRequestId) {
    ObjectNode item = NODES.objectNode();
    item.put("type", "mcp_call");
    item.put("id", id);
    item.put("server_label", serverLabel);
    item.put("name", name);
    item.put("arguments", arguments);
    item.put("output", output);
    item.putNull("error");
    if (approvalRequestId != null) {
      item.put("approval_request_id", approvalRequestId);
    }
    item.put("status", "completed");
    return item;
  }

  // ---------------------------------------------------------------------------------------------
  // Server-sent events of the streaming APIs ({@code stream: true}).

  /**
   * The server-sent events of a streamed Responses API call that writes {@code chunks} as one
   * assistant message: {@code response.created}, one {@code response.output_text.delta} per chunk,
   * then {@code response.completed} with the whole response ({@link #textResponse}). Send them with
   * {@link Reply#events}.
   */
  public static List<String> responsesTextEvents(String responseId, String... chunks) {
    List<String> events = new ArrayList<>();
    int sequence = 0;
    ObjectNode created = NODES.objectNode();
    created.put("type", "response.created");
    created.put("sequence_number", sequence++);
    ObjectNode inProgress = response(responseId, null);
    inProgress.put("status", "in_progress");
    created.set("response", inProgress);
    events.add(sse("response.created", created));
    String itemId = "msg_" + suffix(responseId);
    for (String chunk : chunks) {
      ObjectNode delta = NODES.objectNode();
      delta.put("type", "response.output_text.delta");
      delta.put("item_id", itemId);
      delta.put("output_index", 0);
      delta.put("content_index", 0);
      delta.put("delta", chunk);
      delta.putArray("logprobs");
      delta.put("sequence_number", sequence++);
      events.add(sse("response.output_text.delta", delta));
    }
    ObjectNode completed = NODES.objectNode();
    completed.put("type", "response.completed");
    completed.put("sequence_number", sequence);
    completed.set("response", textResponse(responseId, String.join("", chunks)));
    events.add(sse("response.completed", completed));
    return events;
  }

  /**
   * The server-sent events of a streamed chat completion that writes {@code chunks} as the
   * assistant's message: one {@code chat.completion.chunk} per piece of content, a last chunk with
   * {@code finish_reason: stop}, a usage chunk (as with {@code stream_options.include_usage}), and
   * {@code [DONE]}. Send them with {@link Reply#events} on {@link #CHAT_COMPLETIONS_PATH}.
   */
  public static List<String> chatTextEvents(String id, String... chunks) {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < chunks.length; i++) {
      ObjectNode delta = NODES.objectNode();
      if (i == 0) {
        delta.put("role", "assistant");
      }
      delta.put("content", chunks[i]);
      events.add("data: " + chatChunk(id, delta, null, null));
    }
    events.add("data: " + chatChunk(id, NODES.objectNode(), "stop", null));
    events.add("data: " + chatChunk(id, null, null, chatUsage(11, chunks.length, 0, 0)));
    events.add("data: [DONE]");
    return events;
  }

  private static ObjectNode chatChunk(
      String id, ObjectNode delta, String finishReason, ObjectNode usage) {
    ObjectNode chunk = NODES.objectNode();
    chunk.put("id", id);
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", 1741476542);
    chunk.put("model", "gpt-4o-mini-2024-07-18");
    chunk.put("system_fingerprint", "fp_stub");
    ArrayNode choices = chunk.putArray("choices");
    if (delta != null) {
      ObjectNode choice = choices.addObject();
      choice.put("index", 0);
      choice.set("delta", delta);
      choice.putNull("logprobs");
      if (finishReason == null) {
        choice.putNull("finish_reason");
      } else {
        choice.put("finish_reason", finishReason);
      }
    }
    if (usage != null) {
      chunk.set("usage", usage);
    } else {
      chunk.putNull("usage");
    }
    return chunk;
  }

  private static String sse(String event, JsonNode data) {
    return "event: " + event + "\ndata: " + data;
  }

  // ---------------------------------------------------------------------------------------------
  // Realistic Chat Completions bodies.

  /** A chat completion whose message is {@code text}, using 11 prompt and 4 completion tokens. */
  public static ObjectNode chatCompletion(String id, String text) {
    return chatCompletion(id, chatMessage(text), chatUsage(11, 4, 0, 0));
  }

  /**
   * A chat completion whose message calls function {@code name} with {@code arguments} (JSON text),
   * using 21 prompt and 8 completion tokens.
   */
  public static ObjectNode chatToolCallCompletion(
      String id, String callId, String name, String arguments) {
    ObjectNode message = chatMessage(null);
    message.putArray("tool_calls").add(chatToolCall(callId, name, arguments));
    return chatCompletion(id, message, chatUsage(21, 8, 0, 0));
  }

  /** A chat completion of one choice holding {@code message}, with this usage. */
  public static ObjectNode chatCompletion(String id, ObjectNode message, ObjectNode usage) {
    ObjectNode completion = NODES.objectNode();
    completion.put("id", id);
    completion.put("object", "chat.completion");
    completion.put("created", 1741476542);
    completion.put("model", "gpt-4o-mini-2024-07-18");
    ObjectNode choice = completion.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("message", message);
    choice.putNull("logprobs");
    choice.put(
        "finish_reason",
        message.has("tool_calls") && !message.get("tool_calls").isEmpty() ? "tool_calls" : "stop");
    if (usage != null) {
      completion.set("usage", usage);
    }
    completion.put("system_fingerprint", "fp_stub");
    return completion;
  }

  /** An assistant message with this content ({@code null} for none) and no refusal. */
  public static ObjectNode chatMessage(String content) {
    ObjectNode message = NODES.objectNode();
    message.put("role", "assistant");
    if (content == null) {
      message.putNull("content");
    } else {
      message.put("content", content);
    }
    message.putNull("refusal");
    message.putArray("annotations");
    return message;
  }

  /** A function tool call of a chat message. */
  public static ObjectNode chatToolCall(String callId, String name, String arguments) {
    ObjectNode call = NODES.objectNode();
    call.put("id", callId);
    call.put("type", "function");
    call.putObject("function").put("name", name).put("arguments", arguments);
    return call;
  }

  /** A Chat Completions usage object. */
  public static ObjectNode chatUsage(
      long promptTokens, long completionTokens, long cachedTokens, long reasoningTokens) {
    ObjectNode usage = NODES.objectNode();
    usage.put("prompt_tokens", promptTokens);
    usage.put("completion_tokens", completionTokens);
    usage.put("total_tokens", promptTokens + completionTokens);
    usage.putObject("prompt_tokens_details").put("cached_tokens", cachedTokens);
    usage.putObject("completion_tokens_details").put("reasoning_tokens", reasoningTokens);
    return usage;
  }

  private static String suffix(String responseId) {
    return responseId.startsWith("resp_") ? responseId.substring("resp_".length()) : responseId;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A scripted HTTP reply.
   *
   * @param status the HTTP status
   * @param headers extra response headers ({@code Content-Type: application/json} is always set)
   * @param body the body, JSON text
   * @param delay how long to wait before answering, to test client timeouts
   */
  public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

    public Reply {
      headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(delay, "delay");
    }

    /** A 200 reply with this JSON body. */
    public static Reply json(JsonNode body) {
      return json(body.toString());
    }

    /** A 200 reply with this JSON text. */
    public static Reply json(String body) {
      return new Reply(200, Map.of(), body, Duration.ZERO);
    }

    /**
     * An error reply with OpenAI's error body: the error {@code type} is derived from the status
     * ({@code invalid_request_error}, {@code authentication_error}, ...).
     *
     * @param code the error code, e.g. {@code "invalid_api_key"}, or {@code null}
     */
    public static Reply error(int status, String code, String message) {
      return new Reply(
          status, Map.of(), errorBody(errorType(status), code, message).toString(), Duration.ZERO);
    }

    /** A reply of this status and raw body, for servers that do not answer like OpenAI. */
    public static Reply raw(int status, String body) {
      return new Reply(status, Map.of(), body, Duration.ZERO);
    }

    /** The prefix of the headers that carry the stub's own settings of an events reply. */
    static final String SSE_HEADER_PREFIX = "x-stub-sse-";

    private static final String SSE_INTERVAL = SSE_HEADER_PREFIX + "interval-ms";
    private static final String SSE_CUT = SSE_HEADER_PREFIX + "cut-after";
    private static final String SSE_SEPARATOR = "\n\n";

    /**
     * A 200 reply of server-sent events ({@code Content-Type: text/event-stream}), each written and
     * flushed on its own, {@code interval} apart: a streamed model call. Each event is its lines
     * without the blank line that ends it ({@code "data: {...}"}, or {@code "event: x\ndata:
     * {...}"}); see {@link #responsesTextEvents} and {@link #chatTextEvents}.
     */
    public static Reply events(Duration interval, List<String> events) {
      for (String event : events) {
        if (event.contains(SSE_SEPARATOR)) {
          throw new IllegalArgumentException("an event must not hold a blank line: " + event);
        }
      }
      return new Reply(
          200,
          Map.of(
              "Content-Type",
              "text/event-stream",
              SSE_INTERVAL,
              Long.toString(interval.toMillis())),
          String.join(SSE_SEPARATOR, events),
          Duration.ZERO);
    }

    /**
     * This events reply, ended after its first {@code count} events: the body ends there, as when
     * the server or the connection dies mid-stream.
     */
    public Reply cutAfter(int count) {
      if (!isServerSentEvents()) {
        throw new IllegalStateException("only an events reply can be cut short");
      }
      return withHeader(SSE_CUT, Integer.toString(count));
    }

    /** Whether this is a reply of server-sent events ({@link #events}). */
    public boolean isServerSentEvents() {
      return headers.containsKey(SSE_INTERVAL);
    }

    List<String> events() {
      return body.isEmpty() ? List.of() : List.of(body.split(SSE_SEPARATOR, -1));
    }

    Duration eventInterval() {
      return Duration.ofMillis(Long.parseLong(headers.get(SSE_INTERVAL)));
    }

    int eventsBeforeCut() {
      String cut = headers.get(SSE_CUT);
      return cut == null ? -1 : Integer.parseInt(cut);
    }

    /** This reply with one more header, such as {@code retry-after} or {@code x-should-retry}. */
    public Reply withHeader(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body, delay);
    }

    /** This reply, sent after {@code delay}. */
    public Reply withDelay(Duration delay) {
      return new Reply(status, headers, body, delay);
    }

    private static String errorType(int status) {
      return switch (status) {
        case 401 -> "authentication_error";
        case 403 -> "permission_error";
        case 404 -> "not_found_error";
        case 429 -> "rate_limit_error";
        default -> status >= 500 ? "server_error" : "invalid_request_error";
      };
    }
  }

  /**
   * A request the stub received.
   *
   * @param method the HTTP method
   * @param path the path, for example {@code /v1/responses}
   * @param query the raw query string, or {@code null}
   * @param headers the headers, names in lower case, looked up case-insensitively
   * @param rawBody the body as text
   * @param body the body parsed as JSON (a missing node when empty, a text node when not JSON)
   * @param receivedAt when the stub received it
   */
  public record RecordedRequest(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      String rawBody,
      JsonNode body,
      Instant receivedAt) {

    /** The first value of header {@code name}, or {@code null}. */
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }
}
