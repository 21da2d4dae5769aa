package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BilouTest {
  @Test
  void wellFormedTags() {
    String[] tags = {"B-PERSON", "L-PERSON", "O", "U-GPE", "B-ORG", "I-ORG", "L-ORG", "O"};
    assertEquals(List.of(new NameSpan(0, 2, "PERSON"), new NameSpan(3, 4, "GPE"), new NameSpan(4, 7, "ORG")),
        Bilou.spans(tags));
  }

  @Test
  void illFormedTagsStillGiveSpans() {
    String[] tags = {"I-ORG", "L-ORG", "B-GPE", "O", "B-PERSON", "I-GPE", "B-DATE"};
    assertEquals(List.of(new NameSpan(0, 2, "ORG"), new NameSpan(2, 3, "GPE"), new NameSpan(4, 5, "PERSON"),
        new NameSpan(5, 6, "GPE"), new NameSpan(6, 7, "DATE")), Bilou.spans(tags));
  }
}
