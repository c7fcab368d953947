package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.durableagents.processor.model.HostedToolModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Validates an agent's hosted-tool annotations against the values the Responses API accepts, so a
 * typo fails the build instead of the first model call.
 */
final class HostedToolValidator {

  private static final String APPROVAL = ClassRefs.RUNTIME + "McpApprovalCallback";

  private final ClassRefs classes;

  HostedToolValidator(ClassRefs classes) {
    this.classes = classes;
  }

  /**
   * The agent's hosted tools. Each claims its name in {@code claims}: the fixed name of its kind
   * ({@code web_search}, ...), or a hosted MCP tool's server label.
   */
  List<HostedToolModel> validate(TypeElement agent, ToolNameClaims claims, Report report) {
    List<HostedToolModel> tools = new ArrayList<>();
    claimFixed(agent, Annotations.WEB_SEARCH, "web_search", claims, report);
    claimFixed(agent, Annotations.FILE_SEARCH, "file_search", claims, report);
    claimFixed(agent, Annotations.CODE_INTERPRETER, "code_interpreter", claims, report);
    claimFixed(agent, Annotations.IMAGE_GENERATION, "image_generation", claims, report);
    AnnotationMirror web = Annotations.find(agent, Annotations.WEB_SEARCH);
    if (web != null) {
      String size = emptyToNull(Annotations.string(web, "searchContextSize"));
      String country = Annotations.string(web, "country");
      boolean countryOk = country.isEmpty() || country.matches("[A-Z]{2}");
      if (!countryOk) {
        invalid(
            agent,
            web,
            "WebSearchTool",
            "country",
            "\"" + country + "\"",
            "must be a two-letter ISO 3166-1 country code, e.g. \"US\"",
            report);
      }
      if (oneOf(
              agent,
              web,
              "WebSearchTool",
              "searchContextSize",
              size,
              Set.of("low", "medium", "high"),
              report)
          && countryOk) {
        tools.add(
            new HostedToolModel.WebSearch(
                emptyToNull(Annotations.string(web, "city")),
                emptyToNull(Annotations.string(web, "region")),
                emptyToNull(Annotations.string(web, "country")),
                emptyToNull(Annotations.string(web, "timezone")),
                size,
                Annotations.strings(web, "allowedDomains")));
      }
    }
    AnnotationMirror files = Annotations.find(agent, Annotations.FILE_SEARCH);
    if (files != null) {
      List<String> stores = Annotations.strings(files, "vectorStoreIds");
      int max = Annotations.integer(files, "maxNumResults");
      boolean ok = true;
      if (stores.isEmpty() || stores.stream().anyMatch(String::isBlank)) {
        ok =
            invalid(
                agent,
                files,
                "FileSearchTool",
                "vectorStoreIds",
                stores,
                "must name at least one vector store",
                report);
      }
      if (max < 0) {
        ok =
            invalid(
                agent,
                files,
                "FileSearchTool",
                "maxNumResults",
                max,
                "must be at least 1, or 0 for the provider's default",
                report);
      }
      if (ok) {
        tools.add(
            new HostedToolModel.FileSearch(
                stores, max == 0 ? null : max, Annotations.bool(files, "includeSearchResults")));
      }
    }
    AnnotationMirror code = Annotations.find(agent, Annotations.CODE_INTERPRETER);
    if (code != null
        && !Annotations.string(code, "containerId").isEmpty()
        && !Annotations.strings(code, "fileIds").isEmpty()) {
      invalid(
          agent,
          code,
          "CodeInterpreterTool",
          "fileIds",
          Annotations.strings(code, "fileIds"),
          "has no effect with a containerId: files go into an automatic container only; upload"
              + " them to the container, or remove containerId",
          report);
    } else if (code != null) {
      tools.add(
          new HostedToolModel.CodeInterpreter(
              emptyToNull(Annotations.string(code, "containerId")),
              Annotations.strings(code, "fileIds"),
              Annotations.bool(code, "includeOutputs")));
    }
    AnnotationMirror image = Annotations.find(agent, Annotations.IMAGE_GENERATION);
    if (image != null) {
      String quality = emptyToNull(Annotations.string(image, "quality"));
      String size = emptyToNull(Annotations.string(image, "size"));
      String format = emptyToNull(Annotations.string(image, "outputFormat"));
      String background = emptyToNull(Annotations.string(image, "background"));
      boolean ok =
          oneOf(
                  agent,
                  image,
                  "ImageGenerationTool",
                  "quality",
                  quality,
                  Set.of("low", "medium", "high", "auto"),
                  report)
              & oneOf(
                  agent,
                  image,
                  "ImageGenerationTool",
                  "size",
                  size,
                  Set.of("1024x1024", "1024x1536", "1536x1024", "auto"),
                  report)
              & oneOf(
                  agent,
                  image,
                  "ImageGenerationTool",
                  "outputFormat",
                  format,
                  Set.of("png", "webp", "jpeg"),
                  report)
              & oneOf(
                  agent,
                  image,
                  "ImageGenerationTool",
                  "background",
                  background,
                  Set.of("transparent", "opaque", "auto"),
                  report);
      if (ok) {
        tools.add(
            new HostedToolModel.ImageGeneration(
                quality,
                size,
                format,
                background,
                emptyToNull(Annotations.string(image, "model"))));
      }
    }
    for (AnnotationMirror mcp :
        Annotations.repeated(agent, Annotations.HOSTED_MCP, Annotations.HOSTED_MCPS)) {
      HostedToolModel.Mcp model = mcp(agent, mcp, claims, report);
      if (model != null) {
        tools.add(model);
      }
    }
    return tools;
  }

  private HostedToolModel.Mcp mcp(
      TypeElement agent, AnnotationMirror mcp, ToolNameClaims claims, Report report) {
    String label = Annotations.string(mcp, "serverLabel");
    String url = Annotations.string(mcp, "serverUrl");
    String approval = Annotations.string(mcp, "requireApproval");
    boolean ok = true;
    if (label.isBlank()) {
      ok = invalid(agent, mcp, "HostedMcpTool", "serverLabel", "\"\"", "must not be blank", report);
    } else {
      ok =
          claims.claim(
              label,
              "@HostedMcpTool(serverLabel = \"" + label + "\")",
              "give the hosted MCP tool another serverLabel",
              agent,
              mcp,
              Annotations.explicit(mcp, "serverLabel"),
              report);
    }
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      ok =
          invalid(
              agent,
              mcp,
              "HostedMcpTool",
              "serverUrl",
              "\"" + url + "\"",
              "must be an http(s) URL",
              report);
    }
    ok &=
        oneOf(
            agent,
            mcp,
            "HostedMcpTool",
            "requireApproval",
            approval,
            Set.of("always", "never"),
            report);
    ClassName callback = null;
    TypeElement callbackType = classes.classOf(Annotations.classValue(mcp, "approval"));
    AnnotationValue callbackValue = Annotations.explicit(mcp, "approval");
    if (callbackType != null) {
      if (!classes.implementsInterface(callbackType, APPROVAL)) {
        report.error(
            agent,
            mcp,
            callbackValue,
            ErrorMessages.WRONG_KIND,
            callbackType,
            "HostedMcpTool",
            "approval",
            APPROVAL);
        ok = false;
      } else if (!classes.isInstantiable(callbackType)) {
        report.error(
            agent,
            mcp,
            callbackValue,
            ErrorMessages.NOT_INSTANTIABLE,
            callbackType,
            "HostedMcpTool",
            "approval");
        ok = false;
      } else if (approval.equals("never")) {
        report.error(agent, mcp, callbackValue, ErrorMessages.MCP_APPROVAL_UNUSED, label);
        ok = false;
      } else {
        callback = ClassName.get(callbackType);
      }
    } else if (!approval.equals("never")) {
      report.error(agent, mcp, null, ErrorMessages.MCP_APPROVAL_MISSING, label);
      ok = false;
    }
    if (!ok) {
      return null;
    }
    return new HostedToolModel.Mcp(
        label,
        url,
        emptyToNull(Annotations.string(mcp, "serverDescription")),
        Annotations.strings(mcp, "allowedTools"),
        approval,
        callback);
  }

  private static void claimFixed(
      TypeElement agent,
      String annotationType,
      String toolName,
      ToolNameClaims claims,
      Report report) {
    AnnotationMirror annotation = Annotations.find(agent, annotationType);
    if (annotation != null) {
      String simpleName = annotationType.substring(annotationType.lastIndexOf('.') + 1);
      claims.claim(
          toolName,
          "hosted tool @" + simpleName + " (named " + toolName + ")",
          null,
          agent,
          annotation,
          null,
          report);
    }
  }

  private static boolean oneOf(
      TypeElement agent,
      AnnotationMirror annotation,
      String annotationName,
      String member,
      String value,
      Set<String> allowed,
      Report report) {
    if (value == null || allowed.contains(value)) {
      return true;
    }
    return invalid(
        agent,
        annotation,
        annotationName,
        member,
        "\"" + value + "\"",
        "must be one of " + new java.util.TreeSet<>(allowed),
        report);
  }

  private static boolean invalid(
      TypeElement agent,
      AnnotationMirror annotation,
      String annotationName,
      String member,
      Object value,
      String problem,
      Report report) {
    report.error(
        agent,
        annotation,
        Annotations.explicit(annotation, member),
        ErrorMessages.HOSTED_TOOL_INVALID,
        annotationName,
        member,
        value,
        problem);
    return false;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
