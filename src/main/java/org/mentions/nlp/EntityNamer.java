package org.mentions.nlp;

import java.util.regex.Pattern;

/**
 * Gives a mention its entity name before document-level merging ({@link ShortForms}) and aliases apply.
 */
@FunctionalInterface
public interface EntityNamer {
  String entity(String mentionText, String type);

  /** The mention text, whitespace runs collapsed to one space and trimmed. */
  static EntityNamer whitespaceCollapsed() {
    return (text, type) -> text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Whitespace collapsed, typographic apostrophes made plain, and dotted initialisms written without their stops
   * ("U.S." → "US", "U.K." → "UK"): these are spelling conventions of one outlet or another, not different names.
   */
  static EntityNamer standard() {
    Pattern dotted = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    return (text, type) -> {
      String collapsed = TextPipeline.plain(text.strip().replaceAll("\\s+", " "));
      return dotted.matcher(collapsed).matches() ? collapsed.replace(".", "") : collapsed;
    };
  }
}
