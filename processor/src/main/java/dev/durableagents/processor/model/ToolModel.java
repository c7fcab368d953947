package dev.durableagents.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @FunctionTool} method of a tool set.
 *
 * @param method the method
 * @param methodName the Java method's name
 * @param toolName the name the model sees
 * @param activityType the Temporal activity type of its calls
 * @param description what it does, or {@code null}
 * @param schemaJson the JSON schema of its arguments object
 * @param strict whether the schema is sent in strict mode
 * @param params its parameters, in order
 * @param returnType its return type
 * @param thrownTypes the exceptions it declares
 * @param options the activity options of its calls
 */
public record ToolModel(
    ExecutableElement method,
    String methodName,
    String toolName,
    String activityType,
    String description,
    String schemaJson,
    boolean strict,
    List<ParamModel> params,
    TypeName returnType,
    List<TypeName> thrownTypes,
    ToolOptionsModel options) {}
