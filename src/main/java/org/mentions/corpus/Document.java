package org.mentions.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One article: its id ({@code doc}), where it came from, its title, its text and any metadata (date, source, …).
 * Metadata keys are lower-case column names; values are kept as text.
 *
 * @param contentHash SHA-256 of the text: the annotation cache key, so a renamed file keeps its annotation. Made
 *     once, on the reader's thread, because every load needs it and hashing is a large part of a reopen.
 */
public record Document(String id, String path, String title, String text, Map<String, String> metadata,
    String contentHash) {
  public Document {
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  public Document(String id, String path, String title, String text, Map<String, String> metadata) {
    this(id, path, title, text, metadata, hash(text));
  }

  public Document withMetadata(Map<String, String> extra) {
    Map<String, String> merged = new LinkedHashMap<>(metadata);
    merged.putAll(extra);
    String newTitle = extra.getOrDefault("title", title);
    return new Document(id, path, newTitle, text, merged, contentHash);
  }

  static String hash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
