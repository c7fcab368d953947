package dev.durableagents.examples.streaming;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks 1 to 10 jokes, as the Python sample does; it runs in an activity, so randomness is fine.
 */
public final class JokeToolsImpl implements JokeTools {

  @Override
  public int howManyJokes() {
    return ThreadLocalRandom.current().nextInt(1, 11);
  }
}
