package org.mentions.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The documents loaded so far, in load order; a document id appears once. */
public final class Corpus {
  private final Map<String, Document> byId = new LinkedHashMap<>();

  /** Adds the document unless one with the same id and text is already there; returns whether it was added. */
  public synchronized boolean add(Document doc) {
    Document old = byId.get(doc.id());
    if (old != null && old.text().equals(doc.text())) {
      if (!old.metadata().equals(doc.metadata())) byId.put(doc.id(), doc);
      return false;
    }
    byId.put(doc.id(), doc);
    return true;
  }

  public synchronized List<Document> documents() {
    return new ArrayList<>(byId.values());
  }

  public synchronized Document get(String id) {
    return byId.get(id);
  }

  public synchronized int size() {
    return byId.size();
  }

  public synchronized void clear() {
    byId.clear();
  }
}
