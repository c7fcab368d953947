package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One item of a conversation, shaped like an item of OpenAI's Responses API: a message, a function
 * call the model made, or the output of that call. Items are plain serializable records: they are
 * what a model activity receives and returns, so they are what the workflow history shows.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Message.class, name = "message"),
  @JsonSubTypes.Type(value = FunctionCall.class, name = "function_call"),
  @JsonSubTypes.Type(value = FunctionCallOutput.class, name = "function_call_output"),
})
public sealed interface Item permits Message, FunctionCall, FunctionCallOutput {}
