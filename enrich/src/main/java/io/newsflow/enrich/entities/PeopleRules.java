package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.NameContexts.roleAfter;
import static io.newsflow.enrich.entities.NameContexts.speechAfter;
import static io.newsflow.enrich.entities.NameWords.ARABIC_ARTICLE;
import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.LIST_GLUE;
import static io.newsflow.enrich.entities.NameWords.NAME_PARTICLES;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PLACE_PREPOSITIONS;
import static io.newsflow.enrich.entities.NameWords.PRICE_MOVES;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.TokenSpans.covering;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.lettersOnly;
import static io.newsflow.enrich.entities.TokenSpans.overlaps;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.wordBefore;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for people's names: halves and initials of names found, particles and Arabic articles inside them,
 * notable people the lists know, people listed together or between people, surnames the model took for places,
 * and compound adjectives that are no names. Stateless apart from the shared, immutable {@link Lexicon}:
 * thread-safe.
 */
final class PeopleRules extends Lexicon {

    PeopleRules(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /**
     * Endings of surnames that no place's or company's name has: Georgian ("Shevardnadze", "Kvantrishvili"),
     * Ukrainian ("Lazarenko"), Serbo-Croat ("Milosevic"), Romanian, Greek, Turkish and Polish ones.
     */
    static final Pattern SURNAME_ENDINGS = Pattern.compile(
            ".{3,}(?:shvili|dze|enko|chuk|vich|ovic|evic|escu|poulos|akis|oglu|owski|ewski|inski|ynski)");

    static boolean surnameByItsEnding(String word) {
        char last = word.charAt(word.length() - 1);
        return (last == 'i' || last == 'e' || last == 'o' || last == 'k' || last == 'h' || last == 'c' || last == 'u'
                || last == 's') && lettersOnly(word) && SURNAME_ENDINGS.matcher(word).matches();
    }

    /** The last parts of compound adjectives that are no participle: "Paris-like", "Stockholm-born". */
    static final Set<String> ADJECTIVE_TAILS = wordSet("born", "run", "made", "like", "style", "bound",
            "wide", "centric", "owned", "led");

    /**
     * A given name the model took for a place or an organisation alone, right before a capitalised word that nothing
     * found, no list knows and is no common word, opens a person's name with it: "a corner by Vladimir Jugovic" (the
     * city Vladimir before); not within a longer run ("Victoria Falls Hotel"), nor after a given name that is a common
     * word ("Park Hyatt").
     */
    void givenNamesTakenForPlaces(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int k = m.end();
            if (m.type() == Type.PER || k - m.start() != 1 || k + 1 >= tokens.size()
                    || !gazetteer.isGivenName(tokens.get(m.start()).text())
                    || vocabulary.classOf(NameFeatures.lowerCase(tokens.get(m.start()).text())) != null
                    || !unknownNameWord(tokens.get(k)) || tokens.get(k + 1).capitalised()
                    || m.start() > 0 && tokens.get(m.start() - 1).capitalised() || covering(mentions, k) != null
                    || isDescriptive(tokens, k, k + 1)) {
                continue;
            }
            mentions.set(i, new Mention(m.start(), k + 1, Type.PER, spanText(text, tokens, m.start(), k + 1), false));
        }
    }

    /**
     * A word the model took for a place right after a person's name, which no list knows as a place, is the last of
     * the person's surnames: "Arantxa Sanchez Vicario".
     */
    void surnamesTakenForPlaces(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention next = mentions.get(i + 1);
            if (m.type() == Type.PER && !m.known() && m.end() - m.start() >= 2 && next.type() == Type.LOC
                    && !next.known() && next.start() == m.end() && next.end() - next.start() == 1
                    && spacesOnly(text, tokens.get(m.end() - 1), tokens.get(next.start()))
                    && !inUpperCase(tokens.get(next.start()).text())
                    && lookup(tokens, next.start(), next.end()) == null) {
                mentions.set(i, new Mention(m.start(), next.end(), Type.PER,
                        spanText(text, tokens, m.start(), next.end()), false));
                mentions.remove(i + 1);
            }
        }
    }

    /**
     * A name of initials and a surname ("P. Simmons", "H. J. Morris") is a person's, whatever the model made of
     * it ("A. Dale" as a place) and where nothing else marks it.
     */
    static void initialled(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.known()) {
                continue;
            }
            int start = m.start();
            while (start > 0 && m.end() - start < 4 && initial(tokens.get(start - 1).text())) {
                start--; // "A. Dale" found as "Dale": the initials belong to the name
            }
            if (start < m.start() && initialled(text, tokens, start, m.end())) {
                mentions.set(i, new Mention(start, m.end(), Type.PER, spanText(text, tokens, start, m.end()), false));
            } else if (m.type() != Type.PER && initialled(text, tokens, m.start(), m.end())) {
                mentions.set(i, m.as(Type.PER));
            }
        }
    }

    /**
     * A letter and a full stop opening a line or a sentence before one capitalised word is a list's or an answer's
     * mark, no initial, where the word is a common one ("A. Costs and timelines depend on ...") or the text is
     * questions and answers (a line that opens with "Q."): whatever the model made of the two, no person. A name
     * of initials within a sentence ("said P. Simmons") stays.
     */
    void marksTakenForInitials(String text, List<Token> tokens, List<Mention> mentions) {
        boolean answers = text.startsWith("Q. ") || text.contains("\nQ. ");
        mentions.removeIf(m -> m.type() == Type.PER && !m.known() && m.end() - m.start() == 2
                && initial(tokens.get(m.start()).text()) && opensLineOrSentence(text, tokens, m.start())
                && (answers || common(tokens.get(m.start() + 1).text())));
    }

    private static boolean opensLineOrSentence(String text, List<Token> tokens, int i) {
        return i == 0 || Tokens.lineBreakBefore(text, tokens, i)
                || List.of(".", "!", "?", ":").contains(tokens.get(i - 1).text());
    }

    /**
     * A person's age before a given name and a surname makes them a person, over a place a list knows by the given
     * name: "22-year-old Jordan Miles" (Jordan had been the country). Not a name a list knows in more than one word
     * ("a 35-year-old Virginia Beach man"), nor words that cannot end a person's name ("Paris Saint-Germain").
     */
    void agedPeople(String text, List<Token> tokens, List<Mention> mentions) {
        if (!text.contains("year-old")) {
            return; // a scan of the text's characters: most texts tell no one's age so
        }
        boolean changed = false;
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k).text().endsWith("year-old") || !gazetteer.isAnyGivenName(tokens.get(k + 1).text())) {
                continue;
            }
            int end = k + 2;
            while (end < tokens.size() && end - k <= 3 && surname(tokens.get(end))
                    && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
                end++;
            }
            if (end == k + 2 || end - k > 3 || end < tokens.size() && tokens.get(end).capitalised()
                    || !spacesOnly(text, tokens.get(k), tokens.get(k + 1))) {
                continue;
            }
            int from = k + 1;
            int to = end;
            if (mentions.stream().anyMatch(m -> m.start() < to && from < m.end() && (m.start() < from || m.end() > to
                    || m.known() && (m.end() - m.start() > 1 || m.type() == Type.ORG)))) {
                continue;
            }
            replace(mentions, new Mention(from, to, Type.PER, spanText(text, tokens, from, to), false));
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Titles of nobility that name a person with "of" and a place: "the Prince of Wales", "the Duke of York". */
    static final Set<String> NOBLE_TITLES = wordSet("Prince", "Princess", "Duke", "Duchess", "Earl", "Countess",
            "Marquess", "Marquis", "Viscount");

    /**
     * "The", a title of nobility ({@link #NOBLE_TITLES}), "of" and a capitalised word name a person, over the place
     * the lists or the model found: "the Prince of Wales would attend", "the Duke of Edinburgh"; not where the name
     * goes on ("the Prince of Wales Hospital").
     */
    void noblesByTheirTitle(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean changed = false;
        for (int k = marks.capitals().nextSetBit(1); k >= 0 && k + 2 < tokens.size();
                k = marks.capitals().nextSetBit(k + 1)) {
            if (!NOBLE_TITLES.contains(tokens.get(k).text()) || !tokens.get(k - 1).text().equalsIgnoreCase("the")
                    || !tokens.get(k + 1).text().equals("of") || !tokens.get(k + 2).capitalised()
                    || !tokens.get(k + 2).word()) {
                continue;
            }
            int from = k;
            int to = k + 3;
            if (to < tokens.size() && tokens.get(to).capitalised()
                    || mentions.stream().anyMatch(m -> m.start() < to && from < m.end()
                    && (m.start() < from || m.end() > to))) {
                continue; // a longer name holds it: "the Prince of Wales Hospital"
            }
            replace(mentions, new Mention(from, to, Type.PER, spanText(text, tokens, from, to), false));
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * One capitalised word that no list knows and that is no common word, right before a comma, "the", a title's word
     * and "of", is the person who holds that office, whatever the model made of it: "Fujimori said Cipriani , the
     * archbishop of Ayacucho , would mediate" (nothing found before); so is one before a comma and "who", but in a
     * sports story, where a club is "who" too, after "in" or "at", and after "the" ("Dole , who lost to Clinton";
     * not "the Stoics , who argue"). The word
     * before it is no capitalised one: a name of more words the model finds.
     */
    void peopleBeforeTheirOffices(List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean added = false;
        boolean sports = TeamsAndPlayers.sportsStory(tokens);
        for (int k = marks.capitals().nextSetBit(0); k >= 0 && k + 4 < tokens.size();
                k = marks.capitals().nextSetBit(k + 1)) {
            Token word = tokens.get(k);
            boolean office = tokens.get(k + 2).text().equals("the")
                    && TITLE_WORDS_BEFORE.contains(tokens.get(k + 3).text()) && tokens.get(k + 4).text().equals("of");
            boolean who = !sports && tokens.get(k + 2).text().equals("who")
                    && !(k > 0 && (PLACE_PREPOSITIONS.contains(tokens.get(k - 1).text())
                    || tokens.get(k - 1).text().equalsIgnoreCase("the"))); // "the Stoics , who argue"
            if (!tokens.get(k + 1).text().equals(",") || !office && !who
                    || !word.capitalised() || k > 0 && tokens.get(k - 1).capitalised() || common(word.text())
                    || inUpperCase(word.text()) || TITLES.contains(word.text())
                    || gazetteer.lookup(List.of(word.text())) != null) {
                continue;
            }
            Mention at = covering(mentions, k);
            if (at == null) {
                mentions.add(new Mention(k, k + 1, Type.PER, word.text(), false));
                added = true;
            } else if (at.start() == k && at.end() == k + 1 && !at.known() && at.type() != Type.PER) {
                mentions.set(mentions.indexOf(at), at.as(Type.PER));
            }
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * A name of one word the model found, that no list knows, and a capitalised word right after it that no name
     * covers, no list knows and the text's language does not use in lower case, are one person's name when the
     * first is a given name or a title's word, a country's possessive or "according to" stands before it: the model
     * found half of it ("Olusegun Obasanjo" as a place "Olusegun", "Anke Huber" as an organisation "Anke", "envoy
     * Eliahu Ben-Elissar" as a place "Eliahu", "Mexico's Dionicio Ceron" as a place "Dionicio"). So are a Japanese
     * given name and family name ("said Hiroshi Watanabe").
     */
    void halvesOfNames(String text, List<Token> tokens, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention other = mentions.get(k + 1);
            if (m.type() != Type.PER && other.type() != Type.PER && !m.known() && !other.known()
                    && m.end() - m.start() == 1 && other.start() == m.end() && other.end() - other.start() == 1
                    && unknownNameWord(tokens.get(m.start())) && lettersOnly(tokens.get(other.start()).text())
                    && spacesOnly(text, tokens.get(m.start()), tokens.get(other.start()))
                    && (wordBefore(text, tokens.get(m.start()).start()).equals("said")
                    || roleAfter(text, tokens.get(other.start())) || speechAfter(text, tokens.get(other.start())))) {
                // "said Hiroshi Ota, an analyst": the model's two places are one person's given name and surname
                mentions.set(k, new Mention(m.start(), other.end(), Type.PER,
                        spanText(text, tokens, m.start(), other.end()), false));
                mentions.remove(k + 1);
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int next = m.end();
            if (m.type() == Type.LOC && m.end() - m.start() == 1 && next + 1 < tokens.size()
                    && !(tokens.get(next + 1).capitalised() && spacesOnly(text, tokens.get(next), tokens.get(next + 1)))
                    && (k + 1 == mentions.size() || mentions.get(k + 1).start() > next)
                    && TITLE_WORDS_BEFORE.contains(wordBefore(text, tokens.get(m.start()).start()))
                    && gazetteer.isAnyGivenName(tokens.get(m.start()).text()) && !gazetteer.isNation(m.name())
                    && surname(tokens.get(next)) && lettersOnly(tokens.get(next).text())
                    && spacesOnly(text, tokens.get(m.start()), tokens.get(next))) {
                // "Reform Party leader Preston Manning": a title's word, then a town's name that is a given name
                mentions.set(k, new Mention(m.start(), next + 1, Type.PER,
                        spanText(text, tokens, m.start(), next + 1), false));
                continue;
            }
            if (m.known() || m.end() - m.start() != 1 || next >= tokens.size()
                    || k + 1 < mentions.size() && mentions.get(k + 1).start() <= next
                    || !unknownNameWord(tokens.get(m.start())) || !unknownNameWord(tokens.get(next))
                    || !(gazetteer.isAnyGivenName(tokens.get(m.start()).text())
                    || TITLE_WORDS_BEFORE.contains(wordBefore(text, tokens.get(m.start()).start()))
                    || japaneseName(text, tokens, m.start()) || accordingTo(tokens, m.start())
                    || m.start() >= 2 && Tokens.isPossessive(tokens.get(m.start() - 1).text())
                    && gazetteer.isCountry(tokens.get(m.start() - 2).text()))
                    // a name's first word after another's, but a Japanese family name after a given name:
                    // "Hiroshi Watanabe"
                    || gazetteer.isGivenName(tokens.get(next).text()) && !japaneseName(text, tokens, m.start())
                    || !lettersOnly(tokens.get(next).text())
                    || !spacesOnly(text, tokens.get(m.start()), tokens.get(next))
                    || next + 1 < tokens.size() && tokens.get(next + 1).capitalised()
                    && spacesOnly(text, tokens.get(next), tokens.get(next + 1))) {
                continue;
            }
            mentions.set(k, new Mention(m.start(), next + 1, Type.PER, spanText(text, tokens, m.start(), next + 1),
                    false));
        }
    }

    /** Whether a token is a verb in the past tense or a price's move, in lower case: "added", "rose", "said". */
    static boolean verbAfterName(Token t) {
        String w = t.text();
        return t.word() && Character.isLowerCase(w.charAt(0))
                && (w.endsWith("ed") || PRICE_MOVES.contains(w) || w.equals("said") || w.equals("says"));
    }

    /** Whether "according to" comes right before token {@code k}: "according to Tarvo Melnik". */
    static boolean accordingTo(List<Token> tokens, int k) {
        return k >= 2 && tokens.get(k - 1).text().equals("to")
                && tokens.get(k - 2).text().equalsIgnoreCase("according");
    }

    /**
     * A name's opening compound adjective is no part of it: "Chicago-based Kelvar Corp" is Kelvar Corp,
     * "Norwegian-born Kerstin Ahlgren" is Kerstin Ahlgren; and where it leaves only a common word or a short acronym,
     * there was no name ("Full-service Agency", "China-based AI"), nor where it is all there is or ends the run ("the
     * London-based company", "the New York-based company").
     */
    void withoutCompoundAdjectives(String text, List<Token> tokens, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            String last = tokens.get(m.end() - 1).text();
            if (!m.known() && adjectiveAlone(last) && (m.end() - m.start() == 1 || adjectiveTail(last))) {
                mentions.remove(k--); // "London-based", "the New York-based company": what a name is, not a name
            } else if (m.end() - m.start() > 1 && compoundAdjective(tokens.get(m.start()).text())
                    && tokens.get(m.start() + 1).capitalised()
                    && !(m.type() == Type.PER
                    && SYLLABLES_GIVEN_NAME.matcher(tokens.get(m.start()).text()).matches())) {
                String rest = tokens.get(m.start() + 1).text();
                if (m.end() - m.start() == 2 && (common(rest) || inUpperCase(rest) && rest.length() <= 3)
                        && lookup(tokens, m.start() + 1, m.end()) == null
                        || allDescriptive(tokens, m.start() + 1, m.end())) {
                    // "Full-service Agency", "China-based AI": a common word is left; "London-based Arabic" (a
                    // newspaper): a people's adjective or language
                    mentions.remove(k--);
                } else {
                    mentions.set(k, new Mention(m.start() + 1, m.end(), m.type(),
                            spanText(text, tokens, m.start() + 1, m.end()), m.known()));
                }
            }
        }
    }

    /**
     * A given name of two syllables joined by a hyphen, as Chinese and Korean names are written in English, before the
     * family name or after it ("Sze-yuen Chung", "Kim Young-sam"): no compound adjective ("Top-seeded", "Oil-rich").
     */
    static final Pattern SYLLABLES_GIVEN_NAME = Pattern.compile(
            "\\p{Lu}[bcdfghjklmnpqrstwxyz]{0,2}[aeiouy]{1,3}(?:ng|[nmkplth])?-[bcdfghjklmnpqrstwxyz]{0,2}[aeiouy]{1,3}"
                    + "(?:ng|[nmkplth])?");

    /**
     * Whether a word is a compound whose part after the hyphen is in lower case ("Top-seeded", "Oil-rich"), as
     * adjectives are; names' parts are capitalised ("Rolls-Royce", "Jean-Pierre").
     */
    static boolean compoundAdjective(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
    }

    /**
     * Whether a compound ends as adjectives do, in a participle or a word that makes one ("York-based",
     * "Swift-themed", "Paris-like"): not the second syllable of a Korean or Chinese given name ("Woo-choong").
     */
    static boolean adjectiveTail(String word) {
        String tail = word.substring(word.lastIndexOf('-') + 1);
        return tail.length() >= 5 && tail.endsWith("ed") || ADJECTIVE_TAILS.contains(tail);
    }

    /**
     * Whether a word alone is a compound adjective and no name: its last part is a lower-case word of three letters
     * or more ("London-based", "AI-driven"), not a place's particle or suffix ("Todai-ji", "Chateauneuf-du-Pape").
     */
    static boolean adjectiveAlone(String word) {
        int last = word.lastIndexOf('-');
        if (!compoundAdjective(word) || word.length() - last - 1 < 3) {
            return false;
        }
        for (int k = last + 1; k < word.length(); k++) {
            if (!Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * First words of Arabic names with the article that are places' or groups' ("Ras al-Khaimah", "Sharm el-Sheikh",
     * "Jamaat al-Islamiya"), not people's.
     */
    static final Set<String> ARABIC_NON_PERSONS = wordSet("Ras", "Umm", "Sharm", "Dar", "Bab", "Wadi",
            "Jabal", "Jebel", "Ain", "Tal", "Tell", "Deir", "Beit", "Kafr", "Bir", "Khan", "Qasr", "Abu", "Jamaat",
            "Gamaa", "Hizb", "Harakat", "Jund", "Ansar", "Jaish", "Kataib", "Liwa", "Saraya", "Tanzim", "Masjid",
            "Nahr", "Bayt", "Madinat", "Mina");

    /** Words before a place's name: "in Urem al-Kubra". */
    static final Set<String> ARABIC_PLACE_BEFORE = wordSet("in", "at", "near", "outside", "inside", "into",
            "towards", "toward");

    /**
     * A person's name goes on through a surname with the Arabic article: "Omar Hassan al-Bashir". A word the model
     * took for a place or left alone, which no list knows and which is no common word, right before such a surname
     * is a person's given name ("police chief Ghazi al-Jabali", "Sudan's Hassan al-Turabi"), unless it starts a
     * place's or a group's name ({@link #ARABIC_NON_PERSONS}: "Ras al-Khaimah") or follows a word before places ("in
     * Urem al-Kubra").
     */
    void arabicArticles(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean added = false;
        // the surname with the article (Marks#articles) after each word
        for (int k = marks.articles().nextSetBit(1) - 1; k >= 0; k = marks.articles().nextSetBit(k + 2) - 1) {
            Token t = tokens.get(k);
            String next = tokens.get(k + 1).text();
            if (next.length() < 4 || next.charAt(2) != '-' || !ARABIC_ARTICLE.matcher(next).matches() || !t.word()
                    || !t.capitalised() || ARABIC_NON_PERSONS.contains(t.text()) || DEMONYMS.contains(t.text())
                    || k > 0 && ARABIC_PLACE_BEFORE.contains(tokens.get(k - 1).text())
                    || !spacesOnly(text, t, tokens.get(k + 1))
                    || common(t.text()) || lookup(tokens, k, k + 1) != null) {
                continue;
            }
            Mention covering = covering(mentions, k);
            if (covering == null || covering.type() != Type.PER && !covering.known() && covering.end() == k + 1) {
                int start = covering == null ? k : covering.start();
                replace(mentions, new Mention(start, k + 1, Type.PER, spanText(text, tokens, start, k + 1), false));
                added = true;
            }
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int end = m.end();
            while (m.type() == Type.PER && end < tokens.size()
                    && ARABIC_ARTICLE.matcher(tokens.get(end).text()).matches()
                    && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
                end++;
            }
            if (end > m.end()) {
                String name = spanText(text, tokens, m.start(), end);
                mentions.set(i, new Mention(m.start(), end, Type.PER, name, m.known()));
            }
        }
    }

    /** Particles that are part of many people's names, and of places' and institutions' too: "Museo del Prado". */
    static final Set<String> SHARED_PARTICLES = wordSet("de", "da", "das", "del", "della", "des", "di", "do",
            "dos", "du", "la", "le", "los");

    /**
     * A name with particles is one person's: "Charles de Gaulle" (found as "Charles"), "Pierre de Marca" (found as
     * "Marca"), "Luiz Inacio Lula da Silva", "Ursula von der Leyen" (not found at all). One or two particles
     * between a capitalised word and a capitalised surname, written with single spaces, join them when the word
     * before is a person the text names, or a known given name (of any list where the lists know the word as a place
     * too: "Eugene de Kock"), or when the particles are those of people's names only ({@link
     * NameWords#NAME_PARTICLES}). A known spelling ("Rio de Janeiro"), a name found whole ("Charles de Gaulle
     * Airport") and one the surname starts stay.
     */
    void particles(String text, List<Token> tokens, List<Mention> mentions) {
        Mention[] at = new Mention[tokens.size()];
        for (Mention m : mentions) {
            for (int k = m.start(); k < m.end(); k++) {
                at[k] = m;
            }
        }
        List<Mention> joined = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).capitalised() || !particle(tokens.get(i + 1).text())) {
                continue; // a name with particles starts with a capital (surnameAt)
            }
            int surname = i + 2;
            boolean nameParticles = NAME_PARTICLES.contains(tokens.get(i + 1).text());
            if (surname + 1 < tokens.size() && particle(tokens.get(surname).text())) {
                nameParticles |= NAME_PARTICLES.contains(tokens.get(surname).text());
                surname++; // "von der Leyen", "de la Cruz"
            }
            Mention before = at[i];
            boolean person = before != null && before.type() == Type.PER && before.end() == i + 1;
            // "colonel Eugene de Kock": a place's name alone that is a given name too
            boolean givenPlace = before != null && before.type() == Type.LOC && before.start() == i
                    && before.end() == i + 1 && gazetteer.isAnyGivenName(tokens.get(i).text());
            Mention after = at[surname];
            if (!surnameAt(text, tokens, i, surname) || before != null && !person && !givenPlace && before.known()
                    || after != null && (after.known() || after == before || after.end() > surname + 1)
                    || !(person || givenPlace || nameParticles || gazetteer.isGivenName(tokens.get(i).text()))) {
                continue;
            }
            int start = person ? before.start() : i;
            int end = surname + 1;
            if (lookup(tokens, start, end) != null) {
                continue;
            }
            joined.add(new Mention(start, end, Type.PER, spanText(text, tokens, start, end), false));
            i = surname;
        }
        joined.forEach(j -> replace(mentions, j));
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * Tokens [word, surname]: a capitalised word, the particles and a capitalised surname of more than one letter,
     * not in capitals, one space apart, and not a title, an institution's last word or a word that starts sentences.
     */
    static boolean surnameAt(String text, List<Token> tokens, int word, int surname) {
        Token first = tokens.get(word);
        Token last = tokens.get(surname);
        if (!first.word() || !first.capitalised() || !last.word() || !last.capitalised() || last.text().length() < 2
                || inUpperCase(last.text()) || TITLES.contains(first.text())
                || NOT_NAMES.contains(first.text()) || ORG_SUFFIXES.contains(last.text())
                || TITLES.contains(last.text())) {
            return false;
        }
        for (int k = word + 1; k <= surname; k++) {
            if (tokens.get(k).start() != tokens.get(k - 1).end() + 1
                    || text.charAt(tokens.get(k - 1).end()) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Tokens [start, end): a name, one or two particles, a surname ("Loyola de Palacio", "Ursula von der Leyen"). */
    static boolean withParticles(String text, List<Token> tokens, int start, int end) {
        int particles = end - start - 2;
        for (int k = start + 1; k < end - 1; k++) {
            if (!particle(tokens.get(k).text())) {
                return false;
            }
        }
        return (particles == 1 || particles == 2) && surnameAt(text, tokens, start, end - 1);
    }

    static boolean particle(String word) {
        return NAME_PARTICLES.contains(word) || SHARED_PARTICLES.contains(word);
    }

    /**
     * Initials run together and a surname that ends a person's name the text has are a person: "O.J. Simpson" in a
     * story of "Nicole Brown Simpson", where without a person's context they may start a company's name ("J.P.
     * Morgan").
     */
    void initialsOfKnownSurnames(List<Token> tokens, List<Mention> mentions) {
        Set<String> surnames = null;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String word = tokens.get(k).text();
            if (word.length() != 4 && word.length() != 6 || word.charAt(1) != '.' || !initials(word)) {
                continue; // most words are no initials
            }
            if (surnames == null) {
                surnames = new HashSet<>();
                for (Mention m : mentions) {
                    if (m.type() == Type.PER && m.end() - m.start() >= 2) {
                        surnames.add(tokens.get(m.end() - 1).text());
                    }
                }
            }
            int surname = k + 1;
            if (surnames.contains(tokens.get(surname).text())
                    && mentions.stream().noneMatch(m -> m.start() <= surname && surname < m.end() && m.known())) {
                replace(mentions, new Mention(k, k + 2, Type.PER, word + " " + tokens.get(surname).text(), false));
                mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            }
        }
    }

    /**
     * Tokens [start, end): one to three initials ("P.") and a capitalised word that is not one, not opening a line
     * or a sentence, where "A. Costs", "B. Buy" number the items of a list, and not after a number (an address).
     */
    static boolean initialled(String text, List<Token> tokens, int start, int end) {
        if (end - start < 2 || end - start > 4 || start == 0) {
            return false;
        }
        Token before = tokens.get(start - 1);
        if (opensLineOrSentence(text, tokens, start) || Character.isDigit(before.text().charAt(0))
                || before.end() == tokens.get(start).start() && before.word()) {
            return false; // "3D. Work", "201 E. Washington": no initial
        }
        for (int k = start; k < end - 1; k++) {
            if (!initial(tokens.get(k).text())) {
                return false;
            }
        }
        String last = tokens.get(end - 1).text();
        return tokens.get(end - 1).word() && tokens.get(end - 1).capitalised() && last.length() > 1
                && !last.endsWith(".") && !inUpperCase(last) && !NOT_NAMES.contains(last)
                && !ORG_SUFFIXES.contains(last) && !TITLES.contains(last)
                && !CONNECTORS.contains(last.toLowerCase(Locale.ROOT));
    }

    /**
     * A notable person's name in a form news writes alone ({@link Gazetteer#notablePersonAt}: "Yeltsin", "Suu Kyi")
     * is a person's wherever it stands alone: the model misses many a lone surname ("said Menem would", "met Lebed")
     * or takes it for a place; so is the full name, whatever was found within it. Not within a longer name found
     * ("the Nelson Mandela Bay" stays as found), nor before a capitalised word it would start ("Trump Tower", "Sadr
     * City"), nor after one that is no title and opens no sentence as a word no name has ("Michael Chang"; but "The
     * Dalai Lama"), nor where the lists know the name found as a place or a body.
     */
    void notablePeople(String text, List<Token> tokens, BitSet starts, Marks marks, List<Mention> mentions) {
        boolean added = false;
        int done = 0; // the tokens before it are looked at
        for (int capital = marks.capitals().nextSetBit(0); capital >= 0;
             capital = marks.capitals().nextSetBit(Math.max(capital + 1, done))) {
            // a form starts with a capital or the Arabic article ("al-Bashir"), or in lower case before a capital
            // ("de Klerk", "bin Laden"): the other words are asked nothing
            int before = capital > done && Character.isLowerCase(tokens.get(capital - 1).text().charAt(0))
                    ? gazetteer.notablePersonAt(tokens, capital - 1) : 0;
            int start = before > 0 ? capital - 1 : capital;
            int n = before > 0 ? before : gazetteer.notablePersonAt(tokens, capital);
            done = start + Math.max(n, 1);
            if (n == 0) {
                continue;
            }
            Mention person = new Mention(start, start + n, Type.PER, spanText(text, tokens, start, start + n), false);
            int covering = -1;
            boolean overlapped = false; // by a name found that is not within the form
            for (int m = 0; m < mentions.size(); m++) {
                Mention found = mentions.get(m);
                if (overlaps(found, person)) {
                    overlapped |= found.start() < start || found.end() > person.end();
                    covering = found.start() == start && found.end() == person.end() ? m : covering;
                }
            }
            if (covering >= 0) {
                Mention m = mentions.get(covering);
                if (m.type() != Type.PER && !m.known()) {
                    mentions.set(covering, m.as(Type.PER));
                }
            } else if (!overlapped && !nameGoesOn(text, tokens, person.end(), person.end() - 1)
                    && (starts.get(start) || !nameGoesOn(text, tokens, start - 1, start)
                    || TITLES.contains(tokens.get(start - 1).text())
                    || starts.get(start - 1) && NOT_NAMES.contains(tokens.get(start - 1).text()))) {
                // the names found within the form were its pieces ("San" of "Aung San Suu Kyi")
                mentions.removeIf(found -> overlaps(found, person));
                mentions.add(person);
                added = true;
            }
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Whether token {@code k} is a capitalised word right beside token {@code beside}, as a name's words are. */
    static boolean nameGoesOn(String text, List<Token> tokens, int k, int beside) {
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.word() && t.capitalised()
                && spacesOnly(text, tokens.get(Math.min(k, beside)), tokens.get(Math.max(k, beside)));
    }

    /**
     * A single word the model took for a place, that no list knows and that is no common word, joined by "and" or a
     * comma to a person's surname alone, is a surname too: "Cantona and Beckham would play", "Shearer, Cantona and
     * Beckham".
     */
    void coordinatedPeople(List<Token> tokens, List<Mention> mentions) {
        List<Mention> order = new ArrayList<>(mentions);
        order.sort((a, b) -> Integer.compare(a.start(), b.start()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < order.size(); i++) {
                Mention a = order.get(i);
                Mention b = order.get(i + 1);
                String between = b.start() == a.end() + 1 ? tokens.get(a.end()).text() : "";
                if (!between.equals("and") && !between.equals(",")
                        || (a.type() == Type.PER) == (b.type() == Type.PER)) {
                    continue;
                }
                Mention other = a.type() == Type.PER ? b : a;
                Mention person = other == a ? b : a;
                String before = a.start() > 0 ? tokens.get(a.start() - 1).text() : "";
                if (person.end() - person.start() != 1 || !unknownSingleWordPlace(tokens, other)
                        || PLACE_PREPOSITIONS.contains(before)) { // "born in Aringay, Pangasinan": places
                    continue;
                }
                Mention retyped = other.as(Type.PER);
                mentions.set(mentions.indexOf(other), retyped);
                order.set(other == a ? i : i + 1, retyped);
                changed = true;
            }
        }
    }

    /**
     * A single capitalised word that nothing found, that no list knows and that is no common word, joined by "and" to
     * a notable person's surname alone, is a surname too: "Nazarbayev and Akayev signed", "Izetbegovic and Zubak
     * met"; not a word of a longer run, nor in capitals (a heading's). Not beside a name the model or the rules took
     * for a person's, which may be a product's ("Claude and Looker").
     */
    void surnamesBesideSurnames(List<Token> tokens, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Mention person : mentions) {
            if (person.type() != Type.PER || person.end() - person.start() != 1
                    || gazetteer.notablePersonAt(tokens, person.start()) != 1) {
                continue;
            }
            int after = person.end() + 1;
            int before = person.start() - 2;
            if (after < tokens.size() && tokens.get(after - 1).text().equals("and")
                    && loneUnknownWord(tokens, mentions, after)) {
                found.add(new Mention(after, after + 1, Type.PER, tokens.get(after).text(), false));
            }
            if (before >= 0 && tokens.get(before + 1).text().equals("and")
                    && loneUnknownWord(tokens, mentions, before)) {
                found.add(new Mention(before, before + 1, Type.PER, tokens.get(before).text(), false));
            }
        }
        if (!found.isEmpty()) {
            mentions.addAll(found);
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * Two words joined by "and" or a comma to a person's name of two words or more, a given name and a capitalised
     * word that no list knows, alone between words in lower case, are a person's name too, whatever common word the
     * second is: "for the doubles Guy Forget and Guillaume Raoux", "Arnaud Boetsch , Guy Forget , Guillaume Raoux".
     * Not where the given name is a known place's name ("Virginia Beach and John Smith"), nor where anything was
     * found in them.
     */
    void givenNamesBesidePeople(String text, List<Token> tokens, List<Mention> mentions) {
        List<Mention> found = null;
        for (Mention person : mentions) {
            if (person.type() != Type.PER || person.end() - person.start() < 2) {
                continue;
            }
            int after = person.end() + 1;
            int before = person.start() - 3;
            for (int k : new int[] {after, before}) {
                int glue = k == after ? person.end() : person.start() - 1;
                if (k < 0 || k + 1 >= tokens.size() || glue < 0 || glue >= tokens.size()
                        || !LIST_GLUE.contains(tokens.get(glue).text()) || tokens.get(glue).text().equals("or")
                        || k > 0 && tokens.get(k - 1).capitalised()
                        || k + 2 < tokens.size() && tokens.get(k + 2).capitalised()
                        || !tokens.get(k).capitalised() || !tokens.get(k + 1).capitalised()
                        || !gazetteer.isAnyGivenName(tokens.get(k).text()) || inUpperCase(tokens.get(k + 1).text())
                        || !spacesOnly(text, tokens.get(k), tokens.get(k + 1)) || lookup(tokens, k, k + 1) != null
                        || isDescriptive(tokens, k, k + 1) // "the early German Expressionist, Paula Modersohn-Becker"
                        || lookup(tokens, k + 1, k + 2) != null || lookup(tokens, k, k + 2) != null) {
                    continue;
                }
                int first = k;
                if (mentions.stream().anyMatch(m -> m.start() < first + 2 && first < m.end())) {
                    continue;
                }
                found = found == null ? new ArrayList<>() : found;
                found.add(new Mention(k, k + 2, Type.PER, spanText(text, tokens, k, k + 2), false));
            }
        }
        if (found != null) {
            mentions.addAll(found);
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * One capitalised word the model took for an organisation, right before a person's name of two or three words
     * with only spaces between, is that person's first name where no list knows it and it is no common word, no
     * acronym, no body's word and no people's adjective: "Director-General Tedros Adhanom Ghebreyesus", a body and a
     * person to the model and the rules.
     */
    void forenamesTakenForBodies(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention body = mentions.get(i);
            Mention person = mentions.get(i + 1);
            if (body.type() != Type.ORG || body.known() || body.end() - body.start() != 1
                    || person.type() != Type.PER || person.start() != body.end()
                    || person.end() - person.start() < 2 || person.end() - person.start() > 3) {
                continue;
            }
            Token word = tokens.get(body.start());
            if (!word.capitalised() || inUpperCase(word.text()) || common(word.text())
                    || ORG_SUFFIXES.contains(word.text()) || lookup(tokens, body.start(), body.end()) != null
                    || isDescriptive(tokens, body.start(), body.end())
                    || !spacesOnly(text, word, tokens.get(person.start()))) {
                continue;
            }
            mentions.set(i, new Mention(body.start(), person.end(), Type.PER,
                    spanText(text, tokens, body.start(), person.end()), false));
            mentions.remove(i + 1);
        }
    }

    /**
     * Whether a mention is a place of one capitalised word that no list knows and that is no common word, no people's
     * adjective and no acronym: a word the model may have taken for a place wrongly.
     */
    boolean unknownSingleWordPlace(List<Token> tokens, Mention m) {
        if (m.type() != Type.LOC || m.known() || m.end() - m.start() != 1) {
            return false;
        }
        Token word = tokens.get(m.start());
        return word.capitalised() && !common(m.name()) && lookup(tokens, m.start(), m.end()) == null
                && !isDescriptive(tokens, m.start(), m.end()) && !inUpperCase(word.text());
    }
}
