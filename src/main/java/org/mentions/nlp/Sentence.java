package org.mentions.nlp;

import java.util.List;

/** A sentence with its character offsets in the document text (end exclusive) and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public String[] words() {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).word();
    return words;
  }

  public String[] tags() {
    String[] tags = new String[tokens.size()];
    for (int i = 0; i < tags.length; i++) tags[i] = tokens.get(i).pos();
    return tags;
  }
}
