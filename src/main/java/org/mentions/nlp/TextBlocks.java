package org.mentions.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into blocks that no sentence may cross. A blank line always ends a block. A single line break
 * ends one too, unless the document looks hard-wrapped (some paragraph spans several lines and no line is longer
 * than {@value #WRAP_WIDTH} characters), in which case line breaks inside a paragraph are just spaces.
 * So one-paragraph-per-line texts keep their headlines and datelines apart, and wrapped texts keep their
 * sentences whole.
 */
final class TextBlocks {
  static final int WRAP_WIDTH = 100;

  private TextBlocks() {}

  /** Block offsets {@code [start, end)} into {@code text}, trimmed of surrounding whitespace, none empty. */
  static List<int[]> split(String text) {
    List<int[]> lines = lines(text);
    boolean wrapped = looksHardWrapped(text, lines);
    List<int[]> blocks = new ArrayList<>();
    int blockStart = -1;
    int blockEnd = -1;
    for (int[] line : lines) {
      boolean blank = isBlank(text, line[0], line[1]);
      if (blank || !wrapped) {
        if (blockStart >= 0) blocks.add(new int[] {blockStart, blockEnd});
        blockStart = -1;
      }
      if (blank) continue;
      if (blockStart < 0) blockStart = line[0];
      blockEnd = line[1];
    }
    if (blockStart >= 0) blocks.add(new int[] {blockStart, blockEnd});
    List<int[]> trimmed = new ArrayList<>(blocks.size());
    for (int[] b : blocks) {
      int s = b[0];
      int e = b[1];
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (s < e) trimmed.add(new int[] {s, e});
    }
    return trimmed;
  }

  /** Line offsets, without the line terminator (\n, \r\n or \r). */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new int[] {start, i});
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    if (start < n) lines.add(new int[] {start, n});
    return lines;
  }

  private static boolean looksHardWrapped(String text, List<int[]> lines) {
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      if (line[1] - line[0] > WRAP_WIDTH) return false;
      if (i + 1 < lines.size() && !isBlank(text, line[0], line[1])) {
        int[] next = lines.get(i + 1);
        continued |= !isBlank(text, next[0], next[1]);
      }
    }
    return continued;
  }

  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
    return true;
  }
}
