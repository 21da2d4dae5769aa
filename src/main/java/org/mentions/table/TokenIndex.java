package org.mentions.table;

import static org.mentions.table.Columns.DOC;
import static org.mentions.table.Columns.SENTENCE;

import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Where each document's and sentence's tokens start in the tokens table, whose rows run document by document and
 * sentence by sentence. Turns a mention's (doc, sentence, token) into a tokens row, so concordances can take
 * context across sentence ends and dispersion can give a token offset within the document.
 */
public final class TokenIndex {
  private final Table tokens;
  private final Map<String, int[]> sentenceStarts = new HashMap<>();
  private final Map<String, int[]> docRange = new HashMap<>();

  private int size;

  private static TokenIndex last;

  private TokenIndex(Table tokens) {
    this.tokens = tokens;
    Column<?> docs = tokens.column(DOC);
    IntColumn sentences = tokens.intColumn(SENTENCE);
    Codes codes = Codes.of(docs);
    int n = tokens.rowCount();
    int row = 0;
    while (row < n) {
      int code = codes.code(row);
      int start = row;
      int maxSentence = 0;
      while (row < n && codes.code(row) == code) {
        maxSentence = Math.max(maxSentence, sentences.getInt(row));
        row++;
      }
      int[] starts = new int[maxSentence + 2];
      java.util.Arrays.fill(starts, -1);
      for (int r = row - 1; r >= start; r--) starts[sentences.getInt(r)] = r;
      starts[maxSentence + 1] = row;
      String doc = codes.label(code);
      sentenceStarts.put(doc, starts);
      docRange.put(doc, new int[] {start, row});
    }
  }

  /** The index of a tokens table, rebuilt only when the table changed since the last call. */
  public static synchronized TokenIndex of(Table tokens) {
    if (last == null || last.tokens != tokens || last.size != tokens.rowCount()) {
      last = new TokenIndex(tokens);
      last.size = tokens.rowCount();
    }
    return last;
  }

  /** The tokens row of token {@code token} of sentence {@code sentence} in {@code doc}, or -1. */
  public int row(String doc, int sentence, int token) {
    int[] starts = sentenceStarts.get(doc);
    if (starts == null || sentence < 0 || sentence >= starts.length - 1 || starts[sentence] < 0) return -1;
    return starts[sentence] + token;
  }

  /** First tokens row of the document and one past its last, or null when it has no tokens. */
  public int[] range(String doc) {
    return docRange.get(doc);
  }

  public Table tokens() {
    return tokens;
  }
}
