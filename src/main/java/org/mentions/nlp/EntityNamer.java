package org.mentions.nlp;

/**
 * Gives a mention its entity name. For now the mention text with its whitespace collapsed; a later step will
 * canonicalise names (aliases, "Putin" → "Vladimir Putin") by supplying another implementation.
 */
@FunctionalInterface
public interface EntityNamer {
  String entity(String mentionText, String type);

  /** The mention text, whitespace runs collapsed to one space and trimmed. */
  static EntityNamer whitespaceCollapsed() {
    return (text, type) -> text.strip().replaceAll("\\s+", " ");
  }
}
