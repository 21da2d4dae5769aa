package org.mentions.nlp;

/**
 * An entity mention as users see it: token indexes {@code [start, end)} within sentence {@code sentence}, character
 * offsets in the document text, the exact text there, the coarse type, the recogniser's fine type and the
 * canonical entity name.
 */
public record Mention(
    int sentence, int start, int end, int charStart, int charEnd, String text, String type, String fineType,
    String entity) implements org.mentions.nlp.eval.Labeled {}
