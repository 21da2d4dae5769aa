package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTypesTest {
  @Test
  void ontoNotesTypesMapToCoarseTypes() {
    assertEquals("person", EntityTypes.coarse("PERSON"));
    assertEquals("location", EntityTypes.coarse("GPE"));
    assertEquals("location", EntityTypes.coarse("LOC"));
    assertEquals("location", EntityTypes.coarse("FAC"));
    assertEquals("organization", EntityTypes.coarse("ORG"));
    assertEquals("nationality", EntityTypes.coarse("NORP"));
    assertEquals("work", EntityTypes.coarse("WORK_OF_ART"));
    assertEquals("number", EntityTypes.coarse("ORDINAL"));
    assertEquals("number", EntityTypes.coarse("CARDINAL"));
  }

  @Test
  void everyOntoNotesTypeHasACoarseTypeFromTheList() {
    for (String fine : EntityTypes.ONTONOTES_TYPES) {
      assertTrue(EntityTypes.isCoarse(EntityTypes.coarse(fine)), fine);
    }
  }

  @Test
  void coarseAndUnknownLabels() {
    assertEquals("person", EntityTypes.coarse("person"));
    assertEquals("location", EntityTypes.coarse("location"));
    assertEquals("vessel", EntityTypes.coarse("Vessel"));
  }
}
