package org.triangulate.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;
import org.triangulate.model.Token;

/**
 * Resolves the source of each attribution to a speaker across the article, in text order: a named
 * person, with role and organization from the words around the name ("Chinese Foreign Ministry
 * spokesperson Lin Jian", "Patricia Kim, a fellow at the Brookings Institute"); a surname alone
 * to the earlier speaker of that surname, which outranks the entity canonicaliser because a
 * speaker is far likelier to be quoted again than a head of state newly quoted by surname; a
 * pronoun to the nearest earlier compatible speaker; an organization; or a group ("analysts").
 */
final class SpeakerResolver {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "who", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we");
  /** Parts of an institution ("Program"), whose institution is the speaker's organization. */
  private static final Set<String> UNITS = Set.copyOf(WordList.load(SpeakerResolver.class, "en/organization_units.txt"));
  /** What a person writes or says ("column", "tweet"): a possessor's one speaks for the possessor. */
  private static final Set<String> AUTHORED = Set.copyOf(WordList.load(SpeakerResolver.class, "en/authored_nouns.txt"));
  private static final Set<String> ROLE_STOPS = Set.of("at", "of", "for", "with", "in", "from", "and", "on", "to", "who", ",");

  List<Quote> resolve(AnalyzedArticle article, List<Frame> frames) {
    List<Frame> ordered = new ArrayList<>(frames);
    ordered.sort(Comparator.comparing(Frame::anchor));
    List<Speaker> earlier = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    Genders genders = Genders.in(article);
    for (Frame frame : ordered) {
      Speaker speaker = speaker(article, frame, earlier, genders);
      if (speaker.name() != null) {
        earlier.add(speaker);
      }
      quotes.add(new Quote(frame.content(), frame.cue(), frame.source(), speaker, frame.direct(), frame.recipient()));
    }
    quotes.sort(Comparator.comparing(q -> q.content().get(0)));
    return withFullIdentities(quotes);
  }

  /**
   * One identity per person in the article: "Liu said" before or after "Liu Pengyu, spokesperson
   * for the Chinese Embassy" is the spokesperson too, whichever the text names first.
   */
  private static List<Quote> withFullIdentities(List<Quote> quotes) {
    Map<String, Speaker> described = new HashMap<>();
    for (Quote quote : quotes) {
      Speaker s = quote.speaker();
      if (s.kind() == SpeakerKind.PERSON && s.name() != null && (s.role() != null || s.organization() != null)) {
        described.putIfAbsent(s.name(), s);
      }
    }
    List<Quote> full = new ArrayList<>(quotes.size());
    for (Quote quote : quotes) {
      Speaker s = quote.speaker();
      Speaker known = s.kind() == SpeakerKind.PERSON && s.role() == null && s.organization() == null && s.name() != null
          ? described.get(s.name()) : null;
      full.add(known == null ? quote
          : new Quote(quote.content(), quote.cue(), quote.source(), known, quote.direct(), quote.recipient()));
    }
    return List.copyOf(full);
  }

  private static Speaker speaker(AnalyzedArticle article, Frame frame, List<Speaker> earlier, Genders genders) {
    List<Token> tokens = frame.sourceTokens();
    int comma = 0;
    while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
      comma++;
    }
    List<Token> head = tokens.subList(0, comma);
    if (head.isEmpty()) {
      return Speaker.unknown();
    }
    Span headSpan = new Span(head.get(0).span().start(), head.get(head.size() - 1).span().end());
    if (head.size() == 1 && head.get(0).pos().equals("PRP") || head.get(0).pos().equals("WP")) {
      return pronoun(article, headSpan, head.get(0).text().toLowerCase(Locale.ROOT), earlier, genders);
    }
    Entity person = first(article, headSpan, EntityType.PERSON);
    if (person == null && comma + 1 < tokens.size()) {
      // "Her rival, Robert Hale, said": the name stands in apposition after the description.
      Entity named = first(article, new Span(tokens.get(comma + 1).span().start(), tokens.get(tokens.size() - 1).span().end()), EntityType.PERSON);
      boolean alone = named != null && named.span().start() == tokens.get(comma + 1).span().start()
          && tokens.stream().noneMatch(t -> t.span().start() >= named.span().end() && t.pos().equals("CC"));
      person = alone ? named : null;
    }
    if (person != null && head.stream().anyMatch(t -> t.pos().equals("CC"))) {
      return new Speaker(words(head), null, null, SpeakerKind.GROUP);
    }
    if (person != null && possessor(head, person) && !AUTHORED.contains(head.get(head.size() - 1).lemma().toLowerCase(Locale.ROOT))) {
      Span rest = new Span(person.span().end(), tokens.get(tokens.size() - 1).span().end());
      Entity possessed = first(article, rest, EntityType.PERSON);
      if (possessed == null) {
        // "Mrs. Clinton's campaign said", "Mr. Taylor's aides": what the person has speaks, not
        // the person; who it is, the text does not say.
        String described = headSpan.of(article.article().text());
        return new Speaker(described, null, null, head.get(head.size() - 1).pos().equals("NNS") ? SpeakerKind.GROUP : SpeakerKind.UNKNOWN);
      }
      person = possessed;
    }
    if (person != null) {
      return person(article, frame, tokens, person, earlier, genders);
    }
    if (head.stream().anyMatch(t -> t.pos().equals("CC"))) {
      return new Speaker(words(head), null, null, SpeakerKind.GROUP);
    }
    Entity organization = first(article, headSpan, EntityType.ORGANIZATION);
    if (organization == null) {
      // "China said", "the United States estimates": a place that speaks is its government.
      organization = first(article, headSpan, EntityType.LOCATION);
    }
    if (organization != null) {
      Token last = head.get(head.size() - 1);
      int named = organization.span().end();
      String role = roleBefore(head.stream().filter(t -> t.span().start() >= named).toList());
      if (role != null && last.pos().startsWith("NN") && !UNITS.contains(last.lemma().toLowerCase(Locale.ROOT))) {
        // "a US official", "Pentagon officials": someone of the organization speaks, not the
        // organization itself.
        return last.pos().equals("NNS")
            ? new Speaker(words(head), null, organization.canonical(), SpeakerKind.GROUP)
            : new Speaker(null, role, organization.canonical(), SpeakerKind.UNKNOWN);
      }
      return new Speaker(organization.canonical(), null, null, SpeakerKind.ORGANIZATION);
    }
    Token noun = null;
    for (Token token : head) {
      if (token.pos().startsWith("NN")) {
        noun = token;
      }
    }
    if (noun == null) {
      return Speaker.unknown();
    }
    String words = head.stream().map(Token::text).collect(Collectors.joining(" "));
    if (noun.pos().equals("NNS") || noun.pos().equals("NNPS")) {
      return new Speaker(words, null, null, SpeakerKind.GROUP);
    }
    return new Speaker(null, noun.pos().equals("NN") ? noun.lemma().toLowerCase(Locale.ROOT) : null, null, SpeakerKind.UNKNOWN);
  }

  private static Speaker pronoun(
      AnalyzedArticle article, Span at, String pronoun, List<Speaker> earlier, Genders genders) {
    Genders.Gender gender = pronoun.equals("he") || pronoun.equals("him") ? Genders.Gender.MALE
        : pronoun.equals("she") || pronoun.equals("her") ? Genders.Gender.FEMALE : null;
    if (pronoun.equals("it")) {
      Entity subject = namedSubject(article, at);
      if (subject != null) {
        // "South Korea released images it said showed ...": "it" is its own clause's subject, not
        // the organization quoted last.
        return new Speaker(subject.canonical(), null, null, SpeakerKind.ORGANIZATION);
      }
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Speaker candidate = earlier.get(i);
      boolean fits = PERSON_PRONOUNS.contains(pronoun) || pronoun.equals("i")
          ? candidate.kind() == SpeakerKind.PERSON && genders.fits(candidate.name(), gender)
          : GROUP_PRONOUNS.contains(pronoun)
              ? candidate.kind() == SpeakerKind.GROUP || candidate.kind() == SpeakerKind.ORGANIZATION
              : candidate.kind() == SpeakerKind.ORGANIZATION;
      if (fits) {
        return candidate;
      }
    }
    if (PERSON_PRONOUNS.contains(pronoun)) {
      // No earlier speaker: the nearest person named before, as a reader would take it.
      Entity nearest = null;
      for (Entity entity : article.entities()) {
        if (entity.type() == EntityType.PERSON && entity.span().end() <= at.start() && genders.fits(entity.canonical(), gender)) {
          nearest = entity;
        }
      }
      if (nearest != null) {
        return new Speaker(nearest.canonical(), null, null, SpeakerKind.PERSON);
      }
    }
    return new Speaker(null, null, null, GROUP_PRONOUNS.contains(pronoun) ? SpeakerKind.GROUP : SpeakerKind.UNKNOWN);
  }

  /** The organization or place that opens the sentence holding {@code at}, before it, or null. */
  private static Entity namedSubject(AnalyzedArticle article, Span at) {
    for (Sentence sentence : article.sentences()) {
      if (sentence.tokens().isEmpty() || sentence.span().start() > at.start() || sentence.span().end() < at.end()) {
        continue;
      }
      int first = sentence.tokens().get(0).span().start();
      for (Entity entity : article.entities()) {
        boolean organization = entity.type() == EntityType.ORGANIZATION || entity.type() == EntityType.LOCATION;
        if (organization && entity.span().start() == first && entity.span().end() <= at.start()) {
          return entity;
        }
      }
    }
    return null;
  }

  private static Speaker person(
      AnalyzedArticle article, Frame frame, List<Token> tokens, Entity person, List<Speaker> earlier, Genders genders) {
    List<Token> before = new ArrayList<>();
    List<Token> after = new ArrayList<>();
    for (Token token : tokens) {
      if (token.span().end() <= person.span().start()) {
        before.add(token);
      } else if (token.span().start() >= person.span().end()) {
        after.add(token);
      }
    }
    // The recogniser takes "Mrs." into the name one time in a few and leaves it out the others.
    String name = person.text();
    Genders.Gender titled = before.isEmpty() ? null : Genders.title(before.get(before.size() - 1));
    int space = name.indexOf(' ');
    Genders.Gender titleInside = space < 0 ? null : Genders.title(name.substring(0, space));
    if (titleInside != null) {
      titled = titleInside;
      name = name.substring(space + 1);
    }
    if (!name.contains(" ")) {
      Speaker named = mostQuoted(earlier, name, titled, genders);
      if (named != null) {
        return named;
      }
      name = fullName(article, person, name, titled, genders);
    }
    String role = roleBefore(before);
    String organization = organization(article, before);
    if (!after.isEmpty()) {
      List<Token> appositive = after.get(0).text().equals(",") ? after.subList(1, after.size()) : after;
      String roleAfter = roleAfter(appositive);
      role = roleAfter != null ? roleAfter : role;
      String organizationAfter = organizationAfter(article, appositive);
      organization = organizationAfter != null ? organizationAfter : organization;
    }
    return new Speaker(name, role, organization, SpeakerKind.PERSON);
  }

  /**
   * The full name a surname stands for: the entity canonicaliser's, unless a courtesy title says
   * it is another person ("Mrs. Clinton" where the canonical name is Bill Clinton's), then the
   * first person of that surname and gender the article names in full, or the surname alone.
   */
  private static String fullName(AnalyzedArticle article, Entity person, String surname, Genders.Gender titled, Genders genders) {
    String canonical = person.canonical();
    if (canonical.contains(" ") && canonical.contains(surname) && genders.fits(canonical, titled)) {
      return canonical;
    }
    for (Entity entity : article.entities()) {
      String full = entity.text();
      if (entity.type() == EntityType.PERSON && full.endsWith(" " + surname) && titled != null && genders.of(full) == titled) {
        return full;
      }
    }
    return surname;
  }

  /**
   * The earlier speaker a surname names: the one of that surname quoted most so far, the later on a
   * tie ("Sanders said" is Bernie Sanders after one quote of Jane Sanders among his many).
   */
  private static Speaker mostQuoted(List<Speaker> earlier, String surname, Genders.Gender titled, Genders genders) {
    Map<String, Integer> quoted = new HashMap<>();
    Map<String, Speaker> latest = new HashMap<>();
    String best = null;
    for (Speaker candidate : earlier) {
      String name = candidate.name();
      if (candidate.kind() == SpeakerKind.PERSON && name.endsWith(" " + surname) && genders.fits(name, titled)) {
        int count = quoted.merge(name, 1, Integer::sum);
        latest.put(name, candidate);
        if (best == null || count >= quoted.get(best)) {
          best = name;
        }
      }
    }
    return best == null ? null : latest.get(best);
  }

  /** Whether {@code person} is followed in {@code head} by a possessive and what it possesses. */
  private static boolean possessor(List<Token> head, Entity person) {
    for (int i = 0; i + 1 < head.size(); i++) {
      if (head.get(i).span().start() >= person.span().end()) {
        return head.get(i).pos().equals("POS") && head.subList(i + 1, head.size()).stream().anyMatch(t -> t.pos().startsWith("NN"));
      }
    }
    return false;
  }

  /** "Chinese Foreign Ministry spokesperson": the lower-case words right before the name. */
  private static String roleBefore(List<Token> before) {
    if (!before.isEmpty() && before.get(before.size() - 1).text().equals(",")) {
      before = before.subList(0, before.size() - 1);
    }
    int start = before.size();
    while (start > 0 && isRoleWord(before.get(start - 1))) {
      start--;
    }
    return words(before.subList(start, before.size()));
  }

  /** "a fellow at ...", "vice president at ...": the lower-case words before the first preposition. */
  private static String roleAfter(List<Token> appositive) {
    List<Token> role = new ArrayList<>();
    for (Token token : appositive) {
      if (ROLE_STOPS.contains(token.text().toLowerCase(Locale.ROOT))) {
        break;
      }
      if (isRoleWord(token)) {
        role.add(token);
      } else if (!role.isEmpty() && !token.pos().equals("DT")) {
        role.clear();
      }
    }
    return words(role);
  }

  private static String organizationAfter(AnalyzedArticle article, List<Token> appositive) {
    if (appositive.isEmpty()) {
      return null;
    }
    Span span = new Span(appositive.get(0).span().start(), appositive.get(appositive.size() - 1).span().end());
    List<Entity> named = all(article, span, EntityType.ORGANIZATION);
    if (named.isEmpty()) {
      return properNameAfterPreposition(appositive);
    }
    Entity first = named.get(0);
    String last = first.text().substring(first.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (!UNITS.contains(last)) {
      return first.text();
    }
    String institution = named.size() > 1 ? named.get(1).text()
        : properNameAfterPreposition(appositive.stream().filter(t -> t.span().start() >= first.span().end()).toList());
    return institution != null ? institution : first.text();
  }

  /** "... at the Wilson Center in Washington": the proper name after the first preposition. */
  private static String properNameAfterPreposition(List<Token> tokens) {
    List<Token> proper = new ArrayList<>();
    boolean afterPreposition = false;
    for (Token token : tokens) {
      if (!afterPreposition) {
        afterPreposition = token.pos().equals("IN");
      } else if (token.pos().startsWith("NNP") || token.pos().equals("JJ") && Character.isUpperCase(token.text().charAt(0))
          || !proper.isEmpty() && token.text().equalsIgnoreCase("of")) {
        proper.add(token);
      } else if (!proper.isEmpty()) {
        break;
      }
    }
    while (!proper.isEmpty() && proper.get(proper.size() - 1).text().equalsIgnoreCase("of")) {
      proper.remove(proper.size() - 1);
    }
    return words(proper);
  }

  private static String organization(AnalyzedArticle article, List<Token> before) {
    if (before.isEmpty()) {
      return null;
    }
    Entity entity = first(article, new Span(before.get(0).span().start(), before.get(before.size() - 1).span().end()), EntityType.ORGANIZATION);
    return entity == null ? null : entity.text();
  }

  private static boolean isRoleWord(Token token) {
    return (token.pos().equals("NN") || token.pos().equals("NNS") || token.pos().equals("JJ") || token.pos().equals("VBG"))
        && Character.isLowerCase(token.text().charAt(0));
  }

  private static String words(List<Token> tokens) {
    return tokens.isEmpty() ? null : tokens.stream().map(Token::text).collect(Collectors.joining(" "));
  }

  private static List<Entity> all(AnalyzedArticle article, Span within, EntityType type) {
    List<Entity> found = new ArrayList<>();
    for (Entity entity : article.entities()) {
      if (entity.type() == type && within.contains(entity.span())) {
        found.add(entity);
      }
    }
    return found;
  }

  private static Entity first(AnalyzedArticle article, Span within, EntityType type) {
    for (Entity entity : article.entities()) {
      if (entity.type() == type && within.contains(entity.span())) {
        return entity;
      }
    }
    return null;
  }
}
