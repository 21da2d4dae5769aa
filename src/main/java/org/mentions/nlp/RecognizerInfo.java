package org.mentions.nlp;

import java.util.List;

/** What the {@code models} command lists about a recogniser. */
public record RecognizerInfo(String name, String artifact, String version, String licence, List<String> types) {}
