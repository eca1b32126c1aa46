package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.CompaniesAndBodies.arabicPapers;
import static io.newsflow.enrich.entities.CompaniesAndBodies.bodiesNamedInFull;
import static io.newsflow.enrich.entities.CompaniesAndBodies.bodiesOfPlaces;
import static io.newsflow.enrich.entities.CompaniesAndBodies.withoutCrudeGrades;
import static io.newsflow.enrich.entities.CompaniesAndBodies.withoutIndices;
import static io.newsflow.enrich.entities.CricketScorecards.countySides;
import static io.newsflow.enrich.entities.NameWords.ARABIC_ARTICLE;
import static io.newsflow.enrich.entities.NameWords.BODIES;
import static io.newsflow.enrich.entities.NameWords.COMMON_ACRONYMS;
import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.KNOWN_VOTE;
import static io.newsflow.enrich.entities.NameWords.LIST_GLUE;
import static io.newsflow.enrich.entities.NameWords.NAME_PARTICLES;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PLACE_PREPOSITIONS;
import static io.newsflow.enrich.entities.NameWords.PRICE_MOVES;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.PlaceRules.citiesOfCommonWords;
import static io.newsflow.enrich.entities.PlaceRules.nicknamesOfOtherPlaces;
import static io.newsflow.enrich.entities.PlaceRules.surnamesThatArePlaces;
import static io.newsflow.enrich.entities.PlaceRules.withoutEventsOfPlaces;
import static io.newsflow.enrich.entities.PlaceRules.withoutShips;
import static io.newsflow.enrich.entities.PlaceRules.withoutStorms;
import static io.newsflow.enrich.entities.SentenceTagger.lowerCaseWordAfter;
import static io.newsflow.enrich.entities.SentenceTagger.roleAfter;
import static io.newsflow.enrich.entities.SentenceTagger.speechAfter;
import static io.newsflow.enrich.entities.SportsResults.rowsRunOn;
import static io.newsflow.enrich.entities.TeamsAndPlayers.teamsOfPeoplesNames;
import static io.newsflow.enrich.entities.TeamsAndPlayers.venuesArePlaces;
import static io.newsflow.enrich.entities.TeamsAndPlayers.withoutSportHeadings;
import static io.newsflow.enrich.entities.TeamsAndPlayers.withoutStageRaces;
import static io.newsflow.enrich.entities.TokenSpans.covering;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.lettersOnly;
import static io.newsflow.enrich.entities.TokenSpans.overlaps;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.wordBefore;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import io.newsflow.enrich.entities.training.NameFinderTraining;
import io.newsflow.events.Entities;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Named entities of English text: people, organisations and locations, from three sources combined per sentence.
 * <ol>
 *   <li>Known spellings (organisations, countries, cities), longest first, normalised to one name ("U.N." =
 *       "UN" = "United Nations"; "N. Korea" = "North Korea"): they win wherever they apply. A city counts only when
 *       it stands alone, so that "George Washington" is not a place.</li>
 *   <li>A statistical name finder (Apache OpenNLP maximum entropy, trained by {@link NameFinderTraining} on the
 *       shared corpus) finds the names no list knows; a name it finds that contains a known spelling ("Bill
 *       Jordan") wins over that spelling.</li>
 *   <li>Rules fix types and fill gaps: an institutional last word makes an organisation ("Salomon Brothers",
 *       "Harbour Development Agency"), a street or river word a location ("Downing Street"); titles are cut from
 *       people ("Headteacher Sarah Okafor" is "Sarah Okafor"); capitalised spans the model left alone are people
 *       when a title, a role, a known given name or a speech verb marks them.</li>
 * </ol>
 * Within a document, a name has one type, the one most of its mentions have (a known spelling's type outweighs
 * them all), but for a dateline's place, which stays a place beside what the story makes of its name ("BARCELONA
 * 1996-12-01" and the club); a name that repeats part of a person's name ("Clinton" after "Bill Clinton") is that
 * person, and is reported once, in its longest form. Lines in capitals (headlines, datelines) are matched against
 * the known spellings only. Immutable and thread-safe: the model is shared, each thread has its own decoder.
 */
public final class EntityExtractor extends Lexicon {

    /**
     * Endings of surnames that no place's or company's name has: Georgian ("Shevardnadze", "Kvantrishvili"),
     * Ukrainian ("Lazarenko"), Serbo-Croat ("Milosevic"), Romanian, Greek, Turkish and Polish ones.
     */
    private static final Pattern SURNAME_ENDINGS = Pattern.compile(
            ".{3,}(?:shvili|dze|enko|chuk|vich|ovic|evic|escu|poulos|akis|oglu|owski|ewski|inski|ynski)");

    static boolean surnameByItsEnding(String word) {
        char last = word.charAt(word.length() - 1);
        return (last == 'i' || last == 'e' || last == 'o' || last == 'k' || last == 'h' || last == 'c' || last == 'u'
                || last == 's') && lettersOnly(word) && SURNAME_ENDINGS.matcher(word).matches();
    }

    /** The last parts of compound adjectives that are no participle: "Paris-like", "Stockholm-born". */
    private static final Set<String> ADJECTIVE_TAILS = wordSet("born", "run", "made", "like", "style", "bound",
            "wide", "centric", "owned", "led");
    private final ThreadLocal<NameDecoder> finders;
    private final PlaceRules placeRules = new PlaceRules(gazetteer, vocabulary);
    private final SentenceTagger tagger = new SentenceTagger(gazetteer, vocabulary);
    private final Acronyms acronyms = new Acronyms(gazetteer, vocabulary);
    private final CompaniesAndBodies companies = new CompaniesAndBodies(gazetteer, vocabulary);
    private final TeamsAndPlayers teamsAndPlayers = new TeamsAndPlayers(gazetteer, vocabulary);
    private final SportsResults results = new SportsResults(gazetteer, vocabulary);
    private final CricketScorecards cricket = new CricketScorecards(gazetteer, vocabulary);

    public EntityExtractor() {
        this(readModel());
    }

    private EntityExtractor(byte[] file) {
        this(loadModel(file), WordClasses.read(file));
    }

    private EntityExtractor(TokenNameFinderModel model, WordClasses classes) {
        super(new Gazetteer(), classes);
        FeatureWeights weights = NameDecoder.weights(model);
        this.finders = ThreadLocal.withInitial(() -> new NameDecoder(model, weights, classes));
    }

    /**
     * A word the model took for a place right after a person's name, which no list knows as a place, is the last of
     * the person's surnames: "Arantxa Sanchez Vicario".
     */
    private void surnamesTakenForPlaces(String text, List<Token> tokens, List<Mention> mentions) {
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

    /** The lines of a text, each as the range of its tokens [from, to). */
    static List<int[]> lines(String text, List<Token> tokens) {
        List<int[]> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || Tokens.lineBreakBefore(text, tokens, i)) {
                lines.add(new int[] {lineStart, i});
                lineStart = i;
            }
        }
        return lines;
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
     * A name of one word the model found, that no list knows, and a capitalised word right after it that no name
     * covers, no list knows and the text's language does not use in lower case, are one person's name when the
     * first is a given name or a title's word, a country's possessive or "according to" stands before it: the model
     * found half of it ("Olusegun Obasanjo" as a place "Olusegun", "Anke Huber" as an organisation "Anke", "envoy
     * Eliahu Ben-Elissar" as a place "Eliahu", "Mexico's Dionicio Ceron" as a place "Dionicio"). So are a Japanese
     * given name and family name ("said Hiroshi Watanabe").
     */
    private void halvesOfNames(String text, List<Token> tokens, List<Mention> mentions) {
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
    private static boolean accordingTo(List<Token> tokens, int k) {
        return k >= 2 && tokens.get(k - 1).text().equals("to")
                && tokens.get(k - 2).text().equalsIgnoreCase("according");
    }

    /**
     * A name's opening compound adjective is no part of it: "Chicago-based Kelvar Corp" is Kelvar Corp,
     * "Norwegian-born Kerstin Ahlgren" is Kerstin Ahlgren; and where it leaves only a common word or a short acronym,
     * there was no name ("Full-service Agency", "China-based AI"), nor where it is all there is or ends the run ("the
     * London-based company", "the New York-based company").
     */
    private void withoutCompoundAdjectives(String text, List<Token> tokens, List<Mention> mentions) {
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
                        && lookup(tokens, m.start() + 1, m.end()) == null) {
                    mentions.remove(k--); // "Full-service Agency", "China-based AI": a common word is left
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
    private static final Pattern SYLLABLES_GIVEN_NAME = Pattern.compile(
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
    private static boolean adjectiveTail(String word) {
        String tail = word.substring(word.lastIndexOf('-') + 1);
        return tail.length() >= 5 && tail.endsWith("ed") || ADJECTIVE_TAILS.contains(tail);
    }

    /**
     * Whether a word alone is a compound adjective and no name: its last part is a lower-case word of three letters
     * or more ("London-based", "AI-driven"), not a place's particle or suffix ("Todai-ji", "Chateauneuf-du-Pape").
     */
    private static boolean adjectiveAlone(String word) {
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
     * Where the one to three capitalised words right before token {@code end} start, spaces alone between them;
     * {@code end} itself when the token before is no such word.
     */
    static int capitalisedBefore(String text, List<Token> tokens, int end) {
        int start = end;
        while (start > 0 && end - start < 3 && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                && (start == end || spacesOnly(text, tokens.get(start - 1), tokens.get(start)))) {
            start--;
        }
        return start;
    }

    /**
     * First words of Arabic names with the article that are places' or groups' ("Ras al-Khaimah", "Sharm el-Sheikh",
     * "Jamaat al-Islamiya"), not people's.
     */
    private static final Set<String> ARABIC_NON_PERSONS = wordSet("Ras", "Umm", "Sharm", "Dar", "Bab", "Wadi",
            "Jabal", "Jebel", "Ain", "Tal", "Tell", "Deir", "Beit", "Kafr", "Bir", "Khan", "Qasr", "Abu", "Jamaat",
            "Gamaa", "Hizb", "Harakat", "Jund", "Ansar", "Jaish", "Kataib", "Liwa", "Saraya", "Tanzim", "Masjid",
            "Nahr", "Bayt", "Madinat", "Mina");

    /** Words before a place's name: "in Urem al-Kubra". */
    private static final Set<String> ARABIC_PLACE_BEFORE = wordSet("in", "at", "near", "outside", "inside", "into",
            "towards", "toward");

    /**
     * A person's name goes on through a surname with the Arabic article: "Omar Hassan al-Bashir". A word the model
     * took for a place or left alone, which no list knows and which is no common word, right before such a surname
     * is a person's given name ("police chief Ghazi al-Jabali", "Sudan's Hassan al-Turabi"), unless it starts a
     * place's or a group's name ({@link #ARABIC_NON_PERSONS}: "Ras al-Khaimah") or follows a word before places ("in
     * Urem al-Kubra").
     */
    private void arabicArticles(String text, List<Token> tokens, List<Mention> mentions) {
        boolean added = false;
        for (int k = 0; k + 1 < tokens.size(); k++) {
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
    private static final Set<String> SHARED_PARTICLES = wordSet("de", "da", "das", "del", "della", "des", "di", "do",
            "dos", "du", "la", "le", "los");

    /**
     * A name with particles is one person's: "Charles de Gaulle" (found as "Charles"), "Pierre de Marca" (found as
     * "Marca"), "Luiz Inacio Lula da Silva", "Ursula von der Leyen" (not found at all). One or two particles
     * between a capitalised word and a capitalised surname, written with single spaces, join them when the word
     * before is a person the text names, or a known given name, or when the particles are those of people's names
     * only ({@link NameWords#NAME_PARTICLES}). A known spelling ("Rio de Janeiro"), a name found whole ("Charles de
     * Gaulle Airport") and one the surname starts stay.
     */
    private void particles(String text, List<Token> tokens, List<Mention> mentions) {
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
            Mention after = at[surname];
            if (!surnameAt(text, tokens, i, surname) || before != null && !person && before.known()
                    || after != null && (after.known() || after == before || after.end() > surname + 1)
                    || !(person || nameParticles || gazetteer.isGivenName(tokens.get(i).text()))) {
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
    private static boolean surnameAt(String text, List<Token> tokens, int word, int surname) {
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
    private void initialsOfKnownSurnames(List<Token> tokens, List<Mention> mentions) {
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
        if (Tokens.lineBreakBefore(text, tokens, start) || List.of(".", "!", "?", ":").contains(before.text())
                || Character.isDigit(before.text().charAt(0)) || before.end() == tokens.get(start).start()
                && before.word()) {
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

    /** The people, organisations and locations of a text, each in order of first mention. */
    public Entities extract(String text) {
        if (text == null || text.isBlank()) {
            return Entities.NONE;
        }
        List<Token> tokens = Tokens.split(text);
        NameDecoder finder = finders.get();
        finder.clearAdaptiveData();
        List<Mention> mentions = new ArrayList<>();
        BitSet starts = new BitSet();
        List<int[]> sentences = new ArrayList<>();
        int from = 0;
        for (int end : Tokens.sentenceEnds(text, tokens)) {
            starts.set(from);
            sentences.add(new int[] {from, end});
            tagger.sentence(text, tokens, from, end, finder, mentions);
            from = end;
        }
        finder.clearAdaptiveData();
        Marks marks = Marks.of(tokens);
        dropCommonWords(text, tokens, starts, mentions);
        halvesOfNames(text, tokens, mentions);
        surnamesTakenForPlaces(text, tokens, mentions);
        surnamesThatArePlaces(tokens, mentions);
        acronyms.acronyms(text, tokens, marks, mentions);
        companies.wordsOfBodies(tokens, mentions);
        teamsAndPlayers.teams(text, tokens, mentions);
        countySides(text, tokens, mentions);
        companies.employersOfPeople(tokens, mentions);
        companies.employersAfterOf(text, tokens, mentions);
        companies.unitsOfCompanies(tokens, mentions);
        teamsAndPlayers.clubsOfCities(text, tokens, mentions);
        companies.newspapersOfPlaces(text, tokens, mentions);
        List<int[]> lines = lines(text, tokens);
        results.results(text, tokens, lines, mentions);
        results.fixtures(text, tokens, lines, mentions);
        withoutPartHeadings(tokens, lines, mentions);
        companies.publications(text, tokens, lines, mentions);
        cricket.inningsLines(text, tokens, lines, mentions);
        results.resultsRunOn(text, tokens, sentences, marks, mentions);
        results.standings(text, tokens, rowsRunOn(text, tokens, lines, marks), mentions);
        initialled(text, tokens, mentions);
        initialsOfKnownSurnames(tokens, mentions);
        particles(text, tokens, mentions);
        arabicArticles(text, tokens, mentions);
        arabicPapers(tokens, mentions);
        companies.groupsByTheirWord(text, tokens, mentions);
        teamsAndPlayers.players(text, tokens, mentions);
        teamsAndPlayers.lineUps(text, tokens, mentions);
        teamsAndPlayers.listsOfPeople(text, tokens, lines, mentions);
        teamsAndPlayers.clubsWithCountries(text, tokens, marks, mentions);
        coordinatedPeople(tokens, mentions);
        personBetweenPeople(text, tokens, mentions);
        companies.companiesListed(tokens, mentions);
        companies.partnerships(text, tokens, mentions);
        results.leaderboards(text, tokens, lines, mentions);
        teamsAndPlayers.clubsOfPlayers(text, tokens, mentions);
        results.scorers(text, tokens, mentions);
        teamsAndPlayers.playersByTheirPlay(tokens, mentions);
        cricket.dismissals(text, tokens, lines, marks, mentions);
        cricket.bowlers(text, tokens, marks, mentions);
        results.scoredResults(text, tokens, mentions);
        companies.movers(text, tokens, mentions);
        placeRules.datelines(text, tokens, lines, sentences, mentions);
        companies.pressDigestsPapers(text, tokens, lines, mentions);
        withoutCompoundAdjectives(text, tokens, mentions);
        withoutIndices(tokens, mentions);
        withoutCrudeGrades(tokens, mentions);
        withoutStorms(tokens, mentions);
        withoutShips(tokens, marks, mentions);
        withoutEventsOfPlaces(text, tokens, mentions);
        teamsOfPeoplesNames(tokens, mentions);
        venuesArePlaces(tokens, mentions);
        placeRules.placesByTheirBearing(text, tokens, mentions);
        placeRules.placesInTheirRegion(text, tokens, mentions);
        citiesOfCommonWords(tokens, marks, mentions);
        withoutStageRaces(tokens, mentions);
        withoutSportHeadings(tokens, starts, mentions);
        knownSpellings(text, tokens, mentions);
        teamsAndPlayers.clubsAsSpelt(text, tokens, mentions);
        nicknamesOfOtherPlaces(text, tokens, mentions);
        bodiesOfPlaces(text, tokens, mentions);
        bodiesNamedInFull(tokens, mentions);
        companies.bodiesOfOtherStates(text, tokens, mentions);
        notablePeople(text, tokens, starts, marks, mentions);
        return collect(mentions, placeRules.datelinePlaces(tokens, lines, sentences, mentions));
    }

    /**
     * A notable person's name in a form news writes alone ({@link Gazetteer#notablePersonAt}: "Yeltsin", "Suu Kyi")
     * is a person's wherever it stands alone: the model misses many a lone surname ("said Menem would", "met Lebed")
     * or takes it for a place; so is the full name, whatever was found within it. Not within a longer name found
     * ("the Nelson Mandela Bay" stays as found), nor before a capitalised word it would start ("Trump Tower", "Sadr
     * City"), nor after one that is no title and opens no sentence ("Michael Chang"), nor where the lists know the
     * name found as a place or a body.
     */
    private void notablePeople(String text, List<Token> tokens, BitSet starts, Marks marks, List<Mention> mentions) {
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
                    || TITLES.contains(tokens.get(start - 1).text()))) {
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
    private static boolean nameGoesOn(String text, List<Token> tokens, int k, int beside) {
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.word() && t.capitalised()
                && spacesOnly(text, tokens.get(Math.min(k, beside)), tokens.get(Math.max(k, beside)));
    }

    /**
     * A name the model or a rule found that is exactly a known spelling of its type is reported under the canonical
     * name: "EU" of "EU Fisheries Commissioner", which the lists left to the longer name, is the European Union.
     */
    private void knownSpellings(String text, List<Token> tokens, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.known() || m.type() == Type.PER) {
                continue;
            }
            Entry entry = lookup(tokens, m.start(), m.end());
            if (entry != null && (entry.kind() == Kind.ORGANIZATION) == (m.type() == Type.ORG)
                    && m.name().equals(spanText(text, tokens, m.start(), m.end()))) { // not a name a rule gave it
                mentions.set(k, new Mention(m.start(), m.end(), m.type(), entry.canonical(), true));
            }
        }
    }

    /**
     * A single word the model took for a place, that no list knows and that is no common word, joined by "and" or a
     * comma to a person's surname alone, is a surname too: "Cantona and Beckham would play", "Shearer, Cantona and
     * Beckham".
     */
    private void coordinatedPeople(List<Token> tokens, List<Mention> mentions) {
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
     * Two words between two people's names of two words or more in a list, apart by commas (or "and" before the
     * second), a given name and a capitalised word that is no known place, are a person's name too, whatever
     * common word the second is: "Cedric Pioline , Arnaud Boetsch , Guy Forget , Guillaume Raoux".
     */
    private void personBetweenPeople(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            int k = a.end() + 1;
            if (a.type() != Type.PER || b.type() != Type.PER || b.start() != a.end() + 4
                    || a.end() - a.start() < 2 || b.end() - b.start() < 2 || !tokens.get(a.end()).text().equals(",")
                    || !LIST_GLUE.contains(tokens.get(k + 2).text()) || !tokens.get(k).capitalised()
                    || !tokens.get(k + 1).capitalised() || !gazetteer.isAnyGivenName(tokens.get(k).text())
                    || !spacesOnly(text, tokens.get(k), tokens.get(k + 1)) || lookup(tokens, k + 1, k + 2) != null
                    || inUpperCase(tokens.get(k + 1).text())) {
                continue;
            }
            mentions.add(i + 1, new Mention(k, k + 2, Type.PER, spanText(text, tokens, k, k + 2), false));
        }
    }

    /**
     * Whether a mention is a place of one capitalised word that no list knows and that is no common word, no people's
     * adjective and no acronym: a word the model may have taken for a place wrongly.
     */
    private boolean unknownSingleWordPlace(List<Token> tokens, Mention m) {
        if (m.type() != Type.LOC || m.known() || m.end() - m.start() != 1) {
            return false;
        }
        Token word = tokens.get(m.start());
        return word.capitalised() && !common(m.name()) && lookup(tokens, m.start(), m.end()) == null
                && !isDescriptive(tokens, m.start(), m.end()) && !inUpperCase(word.text());
    }

    /** What numbers a part of a list or a league in its heading: "Division one", "Group B", "Pool 3". */
    private static final Pattern PART_NUMBER = Pattern.compile(
            "(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?|[A-Z]|I{1,3}|IV|V)");

    /**
     * A line of a common word and a number alone heads a part of a list or a league ("Division one", "Group B"):
     * the word is no name, whatever the model made of it.
     */
    private void withoutPartHeadings(List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        for (int[] line : lines) {
            if (line[1] - line[0] == 2 && PART_NUMBER.matcher(tokens.get(line[0] + 1).text()).matches()
                    && common(tokens.get(line[0]).text())) {
                mentions.removeIf(m -> m.start() == line[0] && m.end() == line[0] + 1 && !m.known());
            }
        }
    }

    /**
     * Drops a one-word name that is a common acronym ({@link NameWords#COMMON_ACRONYMS}: "USB", "API"), and one that is
     * only capitalised because it opens a sentence, a line or a list item
     * ("Leverage your team's skills", "Organic shapes are back", "Labor makes up a big part of the cost") when the
     * text itself uses the word in lower case elsewhere ("labor rates") and never capitalises it where a sentence
     * does not start. A known spelling, a known given name, a word of a longer name the text mentions ("Bush" after
     * "George Bush") and a word a speech verb follows ("Major said") stay. A body's word alone the model took for an
     * organisation opening a sentence before a word in lower case is dropped whatever the text names ("Bank shares
     * were hit" after "Hokkaido Takushoku Bank").
     */
    private void dropCommonWords(String text, List<Token> tokens, BitSet starts, List<Mention> mentions) {
        // only the one-word names that open a sentence may be dropped: the text is searched for their words alone
        Set<String> opening = new HashSet<>();
        Set<String> openingInLowerCase = new HashSet<>();
        for (Mention m : mentions) {
            if (!m.known() && m.end() - m.start() == 1 && opens(text, tokens, starts, m.start())) {
                opening.add(tokens.get(m.start()).text());
                openingInLowerCase.add(tokens.get(m.start()).text().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> lower = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (int i = 0; i < tokens.size() && !opening.isEmpty(); i++) {
            String word = tokens.get(i).text();
            if (Character.isLowerCase(word.codePointAt(0))) {
                if (openingInLowerCase.contains(word)) {
                    lower.add(word);
                }
            } else if (opening.contains(word) && !opens(text, tokens, starts, i)) {
                capitalisedInside.add(word);
            }
        }
        Set<String> inLongerNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.end() - m.start() > 1) {
                for (int k = m.start(); k < m.end(); k++) {
                    inLongerNames.add(tokens.get(k).text());
                }
            }
        }
        mentions.removeIf(m -> {
            if (m.known() || m.end() - m.start() != 1) {
                return false;
            }
            String word = tokens.get(m.start()).text();
            if (COMMON_ACRONYMS.contains(word)) {
                return true; // "the USB port", "the API": an acronym of a thing, not of a name
            }
            if (!opens(text, tokens, starts, m.start())) {
                return false;
            }
            // a person's common surname alone, as a sentence's first word, is one the text named in full before
            // ("Brown" after "Gordon Brown"): with no such name, a commodity or a thing ("Copper on the London Metal
            // Exchange rose")
            boolean lowerOrNoOnesName = lower.contains(word.toLowerCase(Locale.ROOT))
                    || m.type() == Type.PER && common(word);
            if (m.type() == Type.ORG && BODIES.contains(word) && lowerCaseWordAfter(text, tokens.get(m.start()))) {
                return true; // "Bank shares were hit", a body's word alone: what kind, not which
            }
            return lowerOrNoOnesName && !capitalisedInside.contains(word)
                    && !inLongerNames.contains(word) && !gazetteer.isGivenName(word)
                    && !speechAfter(text, tokens.get(m.start()));
        });
    }

    /** Whether token {@code i} opens a sentence, a line or a list item (after "-", "•", ":" and the like). */
    private static boolean opens(String text, List<Token> tokens, BitSet starts, int i) {
        if (starts.get(i) || i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        if (Tokens.lineBreakBefore(text, tokens, i)) {
            return true;
        }
        return before.text().length() == 1 && "-•*–—:|".indexOf(before.text().charAt(0)) >= 0;
    }

    /** Words of bodies' names that name none alone: "Club chairman Michael van Praag", "Group sales rose". */
    private static final Set<String> BODIES_WORDS_ALONE = wordSet("Club", "Team", "Group", "Company", "Unit",
            "Division", "Firm");

    /** Two or more words of one or two capital letters each: a table's heading of its columns ("W L T PF PA"). */
    private static final Pattern HEADINGS_OF_COLUMNS = Pattern.compile("\\p{Lu}{1,2}(?: \\p{Lu}{1,2})+");

    /**
     * The reported names, one per entity: parts of a person's name are that person; people are not places. A
     * dateline's place is a place, and its name is also what the story's other mentions of it make it ("BARCELONA
     * 1996-12-01 ... Barcelona beat Valencia": the city and the club).
     */
    static Entities collect(List<Mention> mentions, Set<Mention> datelines) {
        // a table's heading of columns is no name: "W L T PF PA"; nor is a body's common word alone: "Club chairman"
        mentions.removeIf(m -> HEADINGS_OF_COLUMNS.matcher(m.name()).matches()
                || !m.known() && BODIES_WORDS_ALONE.contains(m.name()));
        Map<String, Type> types = new LinkedHashMap<>();
        List<String> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == Type.PER && m.name().indexOf(' ') > 0) {
                people.add(m.name());
            }
        }
        Set<String> named = new HashSet<>();
        for (Mention m : mentions) {
            if (!datelines.contains(m)) {
                named.add(m.name());
            }
        }
        Set<String> datelined = new LinkedHashSet<>();
        Map<String, int[]> votes = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (datelines.contains(m) && named.contains(m.name())) {
                datelined.add(m.name()); // the story's other mentions decide its type
                continue;
            }
            votes.computeIfAbsent(m.name(), k -> new int[Type.values().length])[m.type().ordinal()]
                    += m.known() ? KNOWN_VOTE : 1;
        }
        for (Map.Entry<String, int[]> v : votes.entrySet()) {
            String name = v.getKey();
            int[] count = v.getValue();
            Type type = Type.PER;
            for (Type t : Type.values()) {
                type = count[t.ordinal()] > count[type.ordinal()] ? t : type;
            }
            if (count[Type.ORG.ordinal()] < KNOWN_VOTE && count[Type.LOC.ordinal()] < KNOWN_VOTE
                    && partOfAny(name, people)) {
                type = Type.PER;
            }
            types.put(name, type);
        }
        dropShortFormsOfOrganisations(types, votes, people);
        Set<String> per = new LinkedHashSet<>();
        Set<String> org = new LinkedHashSet<>();
        Set<String> loc = new LinkedHashSet<>();
        for (Map.Entry<String, Type> t : types.entrySet()) {
            (t.getValue() == Type.PER ? per : t.getValue() == Type.ORG ? org : loc).add(t.getKey());
        }
        for (String place : datelined) {
            if (!per.contains(place)) {
                loc.add(place);
            }
        }
        per.removeAll(loc);
        per.removeAll(org);
        for (Iterator<String> it = per.iterator(); it.hasNext(); ) {
            if (partOfAny(it.next(), per)) {
                it.remove(); // part of a longer name still reported: "Bush" after "George Bush"
            }
        }
        return new Entities(List.copyOf(per), List.copyOf(org), List.copyOf(loc));
    }

    /**
     * A one-word name that no list knows and that ends the name of an organisation the document gives in more words,
     * after a capitalised word, is that organisation, reported once in full: "Zinn" after "Jaffe Zinn", "Excel"
     * after "Microsoft Excel" (a product the model took for an organisation). Not after a lower-case word ("Bank of
     * Tokyo"); not an organisation's first word, which often names one of its own ("Google" of "Google Cloud") or a
     * government's leader ("the Assad regime"). A place is such a short form only of an organisation the lists know
     * ("Lilly" of "Eli Lilly"): the last word of others is often a place of its own ("Tokyo" of a product's name).
     * An acronym, an institution's word ("Coalition") and a word of a person's name the document gives stay.
     */
    private static void dropShortFormsOfOrganisations(Map<String, Type> types, Map<String, int[]> votes,
                                                      List<String> people) {
        List<String> organisations = new ArrayList<>();
        types.forEach((name, type) -> {
            if (type == Type.ORG && name.indexOf(' ') > 0) {
                organisations.add(name);
            }
        });
        List<String> known = organisations.stream().filter(name -> votes.get(name)[Type.ORG.ordinal()] >= KNOWN_VOTE)
                .toList();
        types.entrySet().removeIf(t -> endsAfterACapitalisedWord(t.getKey(), t.getValue() == Type.LOC ? known
                : organisations) && Arrays.stream(votes.get(t.getKey())).max().orElse(0) < KNOWN_VOTE
                && !partOfAny(t.getKey(), people));
    }

    /**
     * Whether {@code word}, one word and neither an acronym nor an institution's, ends one of {@code names} right
     * after a capitalised word.
     */
    private static boolean endsAfterACapitalisedWord(String word, List<String> names) {
        if (word.indexOf(' ') >= 0 || inUpperCase(word) || ORG_SUFFIXES.contains(word)) {
            return false;
        }
        for (String whole : names) {
            if (whole.endsWith(" " + word)) {
                int previous = whole.lastIndexOf(' ', whole.length() - word.length() - 2) + 1;
                if (Character.isUpperCase(whole.charAt(previous))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code part} is {@link #partOf} one of {@code wholes}. */
    private static boolean partOfAny(String part, Collection<String> wholes) {
        for (String whole : wholes) {
            if (partOf(part, whole)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part}'s words are the first or last words of {@code whole}. */
    private static boolean partOf(String part, String whole) {
        return whole.length() > part.length()
                && (whole.startsWith(part + " ") || whole.endsWith(" " + part));
    }

    /** The shipped name-finder model file, {@value NameFinderTraining#MODEL_RESOURCE}. */
    static byte[] readModel() {
        try (InputStream in = EntityExtractor.class.getResourceAsStream(NameFinderTraining.MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("name-finder model " + NameFinderTraining.MODEL_RESOURCE
                        + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name-finder model", e);
        }
    }

    private static TokenNameFinderModel loadModel(byte[] file) {
        try {
            return new TokenNameFinderModel(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name-finder model", e);
        }
    }
}
