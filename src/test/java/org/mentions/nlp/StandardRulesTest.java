package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The standard clean-up on small texts: a dictionary plays the statistical recogniser, with the kinds of mistakes
 * one makes, and each test checks one rule.
 */
class StandardRulesTest {
  private final TextPipeline pipeline = SharedModels.pipeline();

  private List<Mention> mentions(String text, Map<String, String> recognised) {
    Annotation a = new Annotator(pipeline, List.of(new DictionaryRecognizer("stat", recognised))).annotate(text);
    List<Mention> mentions = MentionBuilder.standard().build(text, a);
    for (Mention m : mentions) assertEquals(m.text(), text.substring(m.charStart(), m.charEnd()));
    return mentions;
  }

  private static List<String> named(List<Mention> mentions) {
    return mentions.stream().filter(m -> NameTypes.isName(m.type())).map(m -> m.text() + "/" + m.type()).toList();
  }

  private static List<String> all(List<Mention> mentions) {
    return mentions.stream().map(m -> m.text() + "/" + m.type()).toList();
  }

  @Test
  void spansLoseDeterminersPossessivesAndPunctuationAndHyphenatedNamesStayWhole() {
    String text = "The ambassador of the United States, Linda Thomas-Greenfield, met \"Russia's\" envoy.";
    assertEquals(List.of("United States/location", "Linda Thomas-Greenfield/person", "Russia/location"),
        named(mentions(text, Map.of("the United States,", "GPE", "Linda Thomas-Greenfield", "PERSON",
            "\"Russia's\"", "GPE"))));
  }

  @Test
  void aSurnameAfterTheFullNameIsThatPersonEvenWhereTheRecogniserMissedOrMistypedIt() {
    String text = "Prime Minister Boris Johnson spoke. Later Johnson left. Thomas-Greenfield, Linda Thomas-Greenfield "
        + "said, agreed with Johnson.";
    List<Mention> m = mentions(text, Map.of("Boris Johnson", "PERSON", "Linda Thomas-Greenfield", "PERSON",
        "Johnson", "ORG"));
    assertEquals(List.of("Boris Johnson/person", "Johnson/person", "Thomas-Greenfield/person",
        "Linda Thomas-Greenfield/person", "Johnson/person"), named(m));
    assertEquals(List.of("Boris Johnson", "Boris Johnson", "Linda Thomas-Greenfield", "Linda Thomas-Greenfield",
        "Boris Johnson"), m.stream().filter(x -> NameTypes.isName(x.type())).map(Mention::entity).toList());
  }

  @Test
  void theSameNameTakesTheMajorityTypeThroughoutTheDocument() {
    String text = "Kremlin officials spoke. The Kremlin said no. Putin met Kremlin aides.";
    // the recogniser called "Kremlin" an organisation twice and a place once, and missed the last one
    var dictionary = new DictionaryRecognizer("stat", Map.of("Kremlin", "ORG"));
    Recognizer recognised = new Recognizer() {
      int seen;

      @Override
      public RecognizerInfo info() {
        return dictionary.info();
      }

      @Override
      public List<NameSpan> find(Sentence s) {
        List<NameSpan> found = dictionary.find(s);
        seen++;
        if (seen == 2) return List.of(new NameSpan(found.get(0).start(), found.get(0).end(), "GPE"));
        return seen == 3 ? List.of() : found;
      }
    };
    Annotation a = new Annotator(pipeline, List.of(recognised)).annotate(text);
    List<Mention> m = MentionBuilder.standard().build(text, a);
    assertEquals(List.of("Kremlin/organization", "Kremlin/organization", "Kremlin/organization"), named(m));
  }

  @Test
  void aLongerNameFoundOnceIsMarkedWhereTheRecogniserCutItUp() {
    String text = "The Times of Israel began. Our team at the Times of Israel's desk works.";
    assertEquals(List.of("Times of Israel/organization", "Times of Israel/organization"),
        named(mentions(text, Map.of("Times of Israel", "ORG", "Times", "ORG", "Israel", "GPE"))));
  }

  @Test
  void aCommonWordIsNotPropagatedWhereItIsNotAProperNoun() {
    String text = "Theresa May spoke in May. It may rain, said Theresa May.";
    assertEquals(List.of("Theresa May/person", "Theresa May/person"),
        named(mentions(text, Map.of("Theresa May", "PERSON"))));
  }

  @Test
  void aTitleBeforeCapitalisedWordsMakesThemAPerson() {
    String text = "French President Emmanuel Macron met spokesman Dmitry Peskov and Mr. Smith in Paris.";
    List<String> names = named(mentions(text, Map.of("Emmanuel Macron", "ORG", "Paris", "GPE")));
    assertEquals(List.of("Emmanuel Macron/person", "Dmitry Peskov/person", "Smith/person", "Paris/location"), names);
  }

  @Test
  void thePortfolioInAJobTitleIsNotAnOrganisation() {
    String text = "Secretary of State Antony Blinken met the Under Secretary for Public Affairs at the State Department.";
    assertEquals(List.of("Antony Blinken/person", "State Department/organization"),
        named(mentions(text, Map.of("State", "ORG", "Antony Blinken", "PERSON", "Public Affairs", "ORG",
            "State Department", "ORG"))));
  }

  @Test
  void adjectivesBuiltOnNamesAreNotMentions() {
    String text = "The US-led alliance and Kremlin-backed rebels met the Anglo-Saxons.";
    List<String> all = all(mentions(text, Map.of("US-led", "ORG", "Kremlin-backed", "ORG",
        "Anglo-Saxons", "NORP")));
    assertEquals(List.of("Anglo-Saxons/nationality"), all);
  }

  @Test
  void theWestIsAPoliticalGroupAndAgreementsNamedAfterPlacesAreNotPlaces() {
    String text = "Russia and the West differ on the Minsk peace accords and the Normandy format, not on Minsk.";
    List<Mention> m = mentions(text, Map.of("Russia", "GPE", "West", "LOC", "Minsk", "GPE", "Normandy", "LOC"));
    assertEquals(List.of("Russia/location", "West/nationality", "Minsk/law", "Normandy/event", "Minsk/location"),
        all(m));
  }

  @Test
  void organisationalHeadNounsDecideTheTypeAndTakeTheNationalityBeforeThem() {
    String text = "A Russian Foreign Ministry spokeswoman spoke before the Security Council. Ukraine Live Briefing "
        + "followed.";
    List<Mention> m = mentions(text, Map.of("Foreign Ministry", "ORG", "Security Council", "GPE",
        "Ukraine Live Briefing", "ORG"));
    assertEquals(List.of("Russian Foreign Ministry/organization", "Security Council/organization",
        "Ukraine Live Briefing/work"), all(m));
  }

  @Test
  void creditLinesGivePhotographerAndAgency() {
    String text = "Lavrov spoke in Geneva.\n(Jean-Christophe Bott/Pool via AP)\n(Susan Walsh/AP)\n(AP Photo/Evan Vucci)";
    List<Mention> m = mentions(text, Map.of("Bott/Pool", "ORG"));
    assertEquals(List.of("Jean-Christophe Bott/person", "AP/organization", "Susan Walsh/person",
        "AP/organization", "AP/organization", "Evan Vucci/person"), named(m));
  }

  @Test
  void regularExpressionsFindDatesMoneyAndPercentagesTheModelMissed() {
    String text = "On February 1, 2022 and on Monday prices rose 3.5% to $2 billion, or 12 percent.";
    List<String> all = all(mentions(text, Map.of("Monday", "DATE")));
    assertEquals(List.of("February 1, 2022/date", "Monday/date", "3.5%/percent", "$2 billion/money",
        "12 percent/percent"), all);
  }

  @Test
  void shortFormsAndInitialsNameTheFullEntityWithinTheDocument() {
    String text = "The United States and the U.S. Army met the UN Security Council. Vladimir Putin and Putin "
        + "differ; the Security Council and US officials agreed.";
    List<Mention> m = mentions(text, Map.of("United States", "GPE", "U.S.", "GPE", "UN Security Council", "ORG",
        "Vladimir Putin", "PERSON", "Putin", "PERSON", "Security Council", "ORG", "US", "GPE"));
    Map<String, String> entityOf = new java.util.LinkedHashMap<>();
    for (Mention x : m) entityOf.put(x.text(), x.entity());
    assertEquals("United States", entityOf.get("U.S."));
    assertEquals("United States", entityOf.get("US"));
    assertEquals("Vladimir Putin", entityOf.get("Putin"));
    assertEquals("UN Security Council", entityOf.get("Security Council"));
    assertFalse(entityOf.containsValue("Security Council"));
  }

  @Test
  void aFullStopLeftOnTheLastWordIsSplitOffButInitialismsKeepTheirs() {
    String text = "Zelenskiy spoke in Kiev. He thanked the U.S.";
    assertEquals(List.of("Kiev/location", "U.S./location"),
        named(mentions(text, Map.of("Kiev", "GPE", "U.S.", "GPE"))));
  }
}
