package org.mentions.result;

import java.time.Duration;

/** One executed command: the input as typed, what it produced and how long it took. */
public record Event(String input, Result result, Duration elapsed) {
  public boolean failed() {
    return result instanceof ErrorResult;
  }
}
