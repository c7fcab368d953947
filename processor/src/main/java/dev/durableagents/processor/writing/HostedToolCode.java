package dev.durableagents.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.durableagents.processor.model.HostedToolModel;
import java.util.List;

/** The expression that builds a hosted tool's configuration at run time. */
final class HostedToolCode {

  private HostedToolCode() {}

  static CodeBlock of(HostedToolModel tool) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (tool instanceof HostedToolModel.WebSearch web) {
      code.add("$T.webSearch()", RuntimeNames.HOSTED_TOOL);
      if (web.hasLocation()) {
        code.add(
            ".withUserLocation(new $T($L, $L, $L, $L))",
            RuntimeNames.USER_LOCATION,
            literal(web.city()),
            literal(web.region()),
            literal(web.country()),
            literal(web.timezone()));
      }
      with(code, "withSearchContextSize", web.searchContextSize());
      withList(code, "withAllowedDomains", web.allowedDomains());
    } else if (tool instanceof HostedToolModel.FileSearch files) {
      CodeBlock.Builder ids = CodeBlock.builder();
      for (int i = 0; i < files.vectorStoreIds().size(); i++) {
        ids.add(i == 0 ? "$S" : ", $S", files.vectorStoreIds().get(i));
      }
      code.add("$T.fileSearch($L)", RuntimeNames.HOSTED_TOOL, ids.build());
      if (files.maxNumResults() != null) {
        code.add(".withMaxNumResults($L)", files.maxNumResults());
      }
      if (files.includeSearchResults()) {
        code.add(".withSearchResults()");
      }
    } else if (tool instanceof HostedToolModel.CodeInterpreter interpreter) {
      code.add("$T.codeInterpreter()", RuntimeNames.HOSTED_TOOL);
      with(code, "withContainerId", interpreter.containerId());
      withList(code, "withFileIds", interpreter.fileIds());
      if (interpreter.includeOutputs()) {
        code.add(".withOutputs()");
      }
    } else if (tool instanceof HostedToolModel.ImageGeneration image) {
      code.add("$T.imageGeneration()", RuntimeNames.HOSTED_TOOL);
      with(code, "withQuality", image.quality());
      with(code, "withSize", image.size());
      with(code, "withOutputFormat", image.outputFormat());
      with(code, "withBackground", image.background());
      with(code, "withModel", image.model());
    } else if (tool instanceof HostedToolModel.Mcp mcp) {
      code.add("$T.mcp($S, $S)", RuntimeNames.HOSTED_TOOL, mcp.serverLabel(), mcp.serverUrl());
      with(code, "withServerDescription", mcp.serverDescription());
      withList(code, "withAllowedTools", mcp.allowedTools());
      with(code, "withRequireApproval", mcp.requireApproval());
    }
    return code.build();
  }

  private static void with(CodeBlock.Builder code, String method, String value) {
    if (value != null) {
      code.add(".$N($S)", method, value);
    }
  }

  private static void withList(CodeBlock.Builder code, String method, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    code.add(".$N($T.of($L))", method, List.class, list.build());
  }

  private static CodeBlock literal(String value) {
    return value == null ? CodeBlock.of("null") : CodeBlock.of("$S", value);
  }
}
