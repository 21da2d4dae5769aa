package org.mentions.result;

/** A line or paragraph of text, e.g. "loaded 2 documents" or help. */
public record MessageResult(String text) implements Result {}
