package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A tool set an agent refers to, possibly compiled elsewhere: only its names are needed.
 *
 * @param type the tool set interface
 * @param names the names of the files generated for it
 */
public record ToolSetRef(ClassName type, GeneratedNames names) {}
