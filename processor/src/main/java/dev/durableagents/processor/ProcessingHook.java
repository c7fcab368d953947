package dev.durableagents.processor;

import javax.lang.model.element.Element;

/**
 * Called by the processors before each step on an element. Production code uses {@link #NONE};
 * tests pass a hook that throws, to check that a crash becomes a compile error and never reaches
 * javac.
 */
interface ProcessingHook {

  /** Does nothing. */
  ProcessingHook NONE = (step, element) -> {};

  /**
   * @param step what is about to happen, e.g. {@code "agent"} or {@code "module"}
   * @param element the element it happens to, or {@code null} for a whole round
   */
  void before(String step, Element element);
}
