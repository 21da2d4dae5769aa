package org.mentions.nlp;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each word and lemma: news repeats its words, so a corpus of millions of tokens holds a few
 * hundred thousand distinct strings instead of millions of copies while annotations wait to become table rows.
 * Safe from any thread; stops adding after {@link #MAX_ENTRIES} (later strings are simply not shared).
 */
final class Interner {
  static final int MAX_ENTRIES = 400_000;
  private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

  private Interner() {}

  static String intern(String s) {
    String known = SHARED.get(s);
    if (known != null) return known;
    if (SHARED.size() >= MAX_ENTRIES) return s;
    known = SHARED.putIfAbsent(s, s);
    return known != null ? known : s;
  }
}
