package org.mentions.nlp;

/** One token of a sentence; start and end are character offsets in the document text (end exclusive). */
public record Token(String word, String lemma, String pos, int start, int end) {}
