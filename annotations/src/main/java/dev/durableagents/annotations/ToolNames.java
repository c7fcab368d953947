package dev.durableagents.annotations;

import java.util.Locale;

/**
 * How default tool names are made, the way the OpenAI Agents SDK makes them. The annotation
 * processor names tools with these rules at compile time and the runtime with the same rules when
 * agents are built in code, so both agree on the names the model sees.
 *
 * <ul>
 *   <li>An agent used as a tool ({@link AsTool}) is named after the agent, in snake case: agent
 *       {@code "Spanish Agent"} becomes tool {@code spanish_agent}.
 *   <li>A handoff ({@link Handoff}) to agent {@code "FAQ Agent"} is the tool {@code
 *       transfer_to_faq_agent}.
 * </ul>
 */
public final class ToolNames {

  private ToolNames() {}

  /**
   * {@code "Spanish Agent"} and {@code "SpanishAgent"} become {@code "spanish_agent"}: words are
   * split at spaces, punctuation and lower-to-upper case changes, joined by underscores, lower
   * case.
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        boolean boundary =
            Character.isUpperCase(c)
                && (Character.isLowerCase(previous) || Character.isDigit(previous));
        if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      previous = c;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '_') {
      end--;
    }
    return out.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** The default name of the handoff tool to the agent named {@code agentName}. */
  public static String handoff(String agentName) {
    return "transfer_to_" + snakeCase(agentName);
  }
}
