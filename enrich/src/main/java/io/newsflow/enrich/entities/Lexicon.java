package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.DIRECTIONS;
import static io.newsflow.enrich.entities.NameWords.FACILITIES;
import static io.newsflow.enrich.entities.NameWords.LOC_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.MEETINGS;
import static io.newsflow.enrich.entities.NameWords.MONTH_NAMES;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PREPOSITIONS_OF_PLACE;
import static io.newsflow.enrich.entities.NameWords.SURNAME_LIKE_TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.TokenSpans.capitalisedAfter;
import static io.newsflow.enrich.entities.TokenSpans.closingParenthesis;
import static io.newsflow.enrich.entities.TokenSpans.covering;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.lettersOnly;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCase;
import static io.newsflow.enrich.entities.TokenSpans.union;
import static io.newsflow.enrich.entities.TokenSpans.wordBefore;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;
import static io.newsflow.enrich.entities.TokenSpans.words;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the lists and the name model's vocabulary say of words and spans of tokens: the known spelling a span is,
 * whether a word is common, describes a people or a direction, is a place, a surname or a country, and whether a
 * span looks like a person's name. The base of the entity rules' classes, which ask these questions throughout.
 * Holds the shared gazetteer and word classes, both immutable: thread-safe.
 */
abstract class Lexicon {

    final Gazetteer gazetteer;
    /** The model's word classes: which words the running text it learnt them from holds, in lower case too. */
    final WordClasses vocabulary;

    Lexicon(Gazetteer gazetteer, WordClasses vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    /** A capitalised word that no list knows, of no title, place's or institution's kind, and no common word. */
    boolean unknownNameWord(Token t) {
        String w = t.text();
        return t.word() && t.capitalised() && w.length() > 1 && !inUpperCase(w) && !w.endsWith(".") && !common(w)
                && !NOT_NAMES.contains(w) && !TITLES.contains(w) && !ORG_SUFFIXES.contains(w)
                && !LOC_SUFFIXES.contains(w) && !FACILITIES.contains(w) && !DEMONYMS.contains(w)
                && !DIRECTIONS.contains(w) && gazetteer.lookup(List.of(w)) == null;
    }

    /** Whether none of tokens [start, end) is a common word ({@link #common}): "Fairfax Financial" has one. */
    boolean noCommonWord(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (common(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether no word of tokens [start, end) is a known name, a place's, an institution's or a people's word. */
    boolean noKnownWord(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = tokens.get(k).text();
            if (gazetteer.lookup(List.of(w)) != null || LOC_SUFFIXES.contains(w) || ORG_SUFFIXES.contains(w)
                    || DEMONYMS.contains(w) || TITLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Types by the word before them the names no list knows that follow such words ("shelled Kurakhove" a place, "to
     * buy Seagen" a company): for each lower-case word before a capitalised one that {@code typing} accepts (by its
     * index), the words {@link #unknownNameAfter} finds after it become a name of {@code type}, replacing the model's
     * person of exactly those words. The words before capitalised ones are found from the marks' capitals.
     */
    void namesTypedByTheWordBefore(String text, List<Token> tokens, Marks marks, List<Mention> mentions,
            IntPredicate typing, Predicate<String> after, Type type) {
        boolean changed = false;
        for (int c = marks.capitals().nextSetBit(1); c >= 0; c = marks.capitals().nextSetBit(c + 1)) {
            int k = c - 1; // the word before a capitalised one
            if (!tokens.get(k + 1).capitalised() || tokens.get(k).capitalised() || !typing.test(k)) {
                continue;
            }
            int end = unknownNameAfter(text, tokens, k, mentions, after);
            if (end < 0) {
                continue;
            }
            replace(mentions, new Mention(k + 1, end, type, spanText(text, tokens, k + 1, end), false));
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * The end of one to three capitalised words on the line right after token {@code k} that can be a name no list
     * knows, for a rule that types it by the word before it ("shelled Kurakhove", "to buy Seagen"); or -1. The words
     * start with no given name and no word never a name on its own, are not common words alone nor hold a word a
     * list knows or a title's; no name covers them unless the model took exactly them for a person no list knows;
     * and the word after them, if any, is one {@code after} accepts.
     */
    private int unknownNameAfter(String text, List<Token> tokens, int k, List<Mention> mentions,
            Predicate<String> after) {
        int from = k + 1;
        int to = capitalisedAfter(text, tokens, k, 3);
        if (to == from || to - k > 3 || to < tokens.size() && !after.test(tokens.get(to).text())
                || gazetteer.isAnyGivenName(tokens.get(from).text()) || allCommon(tokens, from, to)
                || NOT_NAMES.contains(tokens.get(from).text()) || !noKnownWord(tokens, from, to)
                || mentions.stream().anyMatch(m -> m.start() < to && from < m.end()
                && (m.type() != Type.PER || m.known() || m.start() != from || m.end() != to))) {
            return -1;
        }
        return to;
    }

    /** Whether tokens [from, to) spell a known country or region. */
    boolean spellsCountry(List<Token> tokens, int from, int to) {
        Entry entry = lookup(tokens, from, to);
        return entry != null && entry.kind() == Kind.COUNTRY;
    }

    /** Whether a country's name of one to three words starts at token {@code at}. */
    boolean countryAt(List<Token> tokens, int at) {
        for (int n = 1; n <= 3 && at + n <= tokens.size(); n++) {
            if (spellsCountry(tokens, at, at + n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capital letter and a period ("P."), or two or three of them run together ("H.D.", "J.R.R.") where no list
     * knows the token as a name ("U.S.", "U.N."). Run together, they start companies' names as often as people's
     * ("J.P. Morgan", "J.D. Power"): only a person's context makes them a person's initials.
     */
    boolean initials(String word) {
        if (initial(word)) {
            return true;
        }
        if (word.length() != 4 && word.length() != 6) {
            return false;
        }
        for (int k = 0; k < word.length(); k += 2) {
            if (!initial(word.substring(k, k + 2))) {
                return false;
            }
        }
        return gazetteer.lookup(List.of(word)) == null;
    }

    /** Whether every word of tokens [start, end) is a common word. */
    boolean allCommon(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (tokens.get(k).word() && !common(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** What ends a name to tell a son from his father. */
    static final Set<String> GENERATIONS = wordSet("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /**
     * Whether {@code acronym} from its letter {@code letter} on is the initials of tokens [k, end): each capitalised
     * word gives its initial, a connector ("of", "and") gives its initial or nothing.
     */
    static boolean initials(String acronym, int letter, List<Token> tokens, int k, int end) {
        if (k == end) {
            return letter == acronym.length();
        }
        Token t = tokens.get(k);
        boolean gives = letter < acronym.length()
                && Character.toUpperCase(t.text().charAt(0)) == acronym.charAt(letter);
        if (t.capitalised() && !CONNECTORS.contains(t.text())) {
            return gives && initials(acronym, letter + 1, tokens, k + 1, end);
        }
        return gives && initials(acronym, letter + 1, tokens, k + 1, end)
                || initials(acronym, letter, tokens, k + 1, end);
    }

    /** The known name spelled exactly by tokens [from, to), or null. */
    Entry lookup(List<Token> tokens, int from, int to) {
        return gazetteer.lookup(List.of(words(tokens, from, to)));
    }

    /**
     * Whether a name is a people's adjective or a bare direction ("North Korean", "Iraqis", "Chinese", "North"),
     * which a dashboard does not facet by as a place or an organisation.
     */
    boolean isDescriptive(List<Token> tokens, int start, int end) {
        String last = tokens.get(end - 1).text();
        if (end - start == 1 && (DEMONYMS.contains(last) || DIRECTIONS.contains(last))) {
            return true;
        }
        if (end - start == 1 && last.indexOf('-') > 0) {
            return joinedPeoples(last);
        }
        List<String> words = new ArrayList<>();
        for (int k = start; k < end - 1; k++) {
            words.add(tokens.get(k).text());
        }
        String singular = last.endsWith("s") && !last.endsWith("ss") ? last.substring(0, last.length() - 1) : last;
        // "North Korean" from "North Korea", "Iraqis" from "Iraq", "Italian" from "Italy"
        return placeOfAdjective(words, singular, place -> place.kind() != Kind.ORGANIZATION);
    }

    /** Whether {@code word} is the adjective of a nation's people ("British", "Kenyan"), not a region's ("Shaban"). */
    boolean nationsAdjective(String word) {
        return DEMONYMS.contains(word)
                || placeOfAdjective(new ArrayList<>(), word, place -> gazetteer.isNation(place.canonical()));
    }

    /**
     * Whether the lists know a place that {@code words} and a name {@code adjective} is made from spell ({@link
     * #PEOPLES_ENDINGS}: "Korean" from "Korea"), one that {@code accepted} takes; {@code words} is left as it was.
     */
    private boolean placeOfAdjective(List<String> words, String adjective, Predicate<Entry> accepted) {
        for (String[] rule : PEOPLES_ENDINGS) {
            if (adjective.length() > rule[0].length() + 2 && adjective.endsWith(rule[0])) {
                String stem = adjective.substring(0, adjective.length() - rule[0].length());
                for (int r = 1; r < rule.length; r++) {
                    words.add(stem + rule[r]);
                    Entry place = gazetteer.lookup(words);
                    words.remove(words.size() - 1);
                    if (place != null && accepted.test(place)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a word joins peoples' adjectives, or the forms that stand for them in such a word, with hyphens:
     * "Anglo-Dutch", "Franco-German", "Israeli-Palestinian", "Austro-Hungarian", or a stance towards them:
     * "Pro-Iranian"; not "Indo-China", a place.
     */
    boolean joinedPeoples(String word) {
        String[] parts = word.split("-", -1);
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            if (!JOINING_FORMS.contains(part) && !(k == 0 && STANCES.contains(part))
                    && (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || part.indexOf('.') >= 0
                    || !isDescriptive(Tokens.split(part), 0, 1))) {
                return false;
            }
        }
        return parts.length > 1;
    }

    /** Words that open a word of a stance towards a people: "Pro-Iranian", "Anti-Western". */
    static final Set<String> STANCES = wordSet("Pro", "Anti");

    /** The forms of peoples' adjectives that open a word joining them: "Anglo-Dutch", "Sino-British". */
    static final Set<String> JOINING_FORMS = wordSet("Anglo", "Franco", "Sino", "Russo", "Indo", "Italo",
            "Greco", "Austro", "Afro", "Euro", "Judeo", "Hispano", "Turco", "Serbo", "Germano", "Nippo", "Luso",
            "Irano", "Arabo", "Belgo", "Dano", "Swedo", "Polono", "Hungaro", "Czecho", "Slavo", "Graeco", "Ibero");

    /**
     * How a people's adjective is made from a place's name: an ending, then what the place's name has in its stead
     * ("Korea" + "n", "Ital" + "ian" from "Italy", "Mexi" + "can" from "Mexico"); a plural's "s" is taken off
     * first. Those of the "-stan" countries are listed ({@link NameWords#DEMONYMS}).
     */
    static final String[][] PEOPLES_ENDINGS = {
            {"n", ""}, {"i", ""}, {"ian", "", "a", "e", "y", "i", "ium"}, {"an", "", "a", "e"}, {"can", "co"},
            {"ccan", "cco"}, {"ese", "", "a"}, {"ic", ""}, {"ine", "ina"}};

    /**
     * Whether every word of tokens [start, end) is a people's adjective or a direction, one at least a people's
     * ("Bosnian Serbs", "Western European"; "South East" is a region).
     */
    boolean allDescriptive(List<Token> tokens, int start, int end) {
        boolean people = false;
        for (int k = end - 1; k >= start; k--) { // the last word first: few names end with an adjective
            if (!isDescriptive(tokens, k, k + 1)) {
                return false;
            }
            people |= !DIRECTIONS.contains(tokens.get(k).text());
        }
        return people;
    }

    static boolean knownPlace(Entry entry) {
        return entry != null && entry.kind() != Kind.ORGANIZATION;
    }

    /** Whether {@code word} alone is a known place: a country, a region or a city. */
    boolean isPlace(String word) {
        return knownPlace(gazetteer.lookup(List.of(word)));
    }

    Entry lookup(List<Token> span, boolean capitals) {
        List<String> words = new ArrayList<>(span.size());
        for (Token t : span) {
            words.add(t.text());
        }
        Entry entry = gazetteer.lookup(words);
        if (entry == null && capitals) {
            entry = gazetteer.lookup(words.stream().map(TokenSpans::titleCase).toList());
        }
        if (entry == null && capitals && words.size() > 1) {
            // "NEW YORK", "LOS ANGELES": in a name of several words a short one is no acronym
            entry = gazetteer.lookup(words.stream().map(w -> titleCase(w, 1)).toList());
            if (entry == null
                    && words.stream().anyMatch(w -> NAMES_LOWER_CASE_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                // "RIO DE JANEIRO", "DAR ES SALAAM", "PORT OF SPAIN": the particles in lower case
                entry = gazetteer.lookup(words.stream().map(w -> NAMES_LOWER_CASE_WORDS.contains(
                        w.toLowerCase(Locale.ROOT)) ? w.toLowerCase(Locale.ROOT) : titleCase(w, 1)).toList());
            }
        }
        if (entry == null && span.size() == 1 && words.get(0).length() > 3
                && inUpperCase(words.get(0))) {
            // datelines: "WASHINGTON:"; a word in capitals in a sentence that is not is no organisation's name in
            // title case ("AJAX calls", not the club Ajax)
            entry = gazetteer.lookup(List.of(titleCase(words.get(0))));
            entry = entry != null && entry.kind() == Kind.ORGANIZATION && !capitals ? null : entry;
        }
        return entry == null || (span.size() == 1 && words.get(0).length() < 2) ? null : entry;
    }

    /** Words that places' names of several words write in lower case: "Rio de Janeiro", "Dar es Salaam". */
    static final Set<String> NAMES_LOWER_CASE_WORDS = wordSet("de", "da", "do", "dos", "das", "del", "della",
            "di", "du", "la", "le", "el", "es", "al", "en", "y", "of", "the", "and", "on", "upon", "am", "an", "der");

    /** Whether a word is an acronym of two letters or more in capitals: "SEB", "MDRC". */
    static boolean acronym(String word) {
        return word.length() >= 2 && inUpperCase(word);
    }

    /** A word that is common in lower case and no given name. */
    boolean common(String word) {
        return vocabulary.classOf(NameFeatures.lowerCase(word)) != null && !gazetteer.isAnyGivenName(word);
    }

    /** Whether a word after a title can be a surname alone: none of the words that name titles, kinds or places. */
    boolean surname(Token word) {
        String w = word.text();
        return word.word() && word.capitalised() && w.length() > 1 && !w.endsWith(".")
                && !inUpperCase(w) && !NOT_NAMES.contains(w) && !TITLES.contains(w)
                && !ORG_SUFFIXES.contains(w) && !LOC_SUFFIXES.contains(w) && !DEMONYMS.contains(w)
                && !DIRECTIONS.contains(w) && gazetteer.lookup(List.of(w)) == null;
    }

    /** Whether token {@code k} is a capitalised word alone that no mention covers, no list knows, no common word. */
    boolean loneUnknownWord(List<Token> tokens, List<Mention> mentions, int k) {
        Token word = tokens.get(k);
        return surname(word) && !common(word.text()) && covering(mentions, k) == null
                && !(k > 0 && tokens.get(k - 1).capitalised()) && !(k + 1 < tokens.size()
                && tokens.get(k + 1).capitalised()) && !isDescriptive(tokens, k, k + 1);
    }

    /**
     * Two to four words of a person's name: no title, legal form or acronym; initials only first, and after initials
     * run together no common word ("H.D. Deve Gowda", not "G.E. Appliances").
     */
    boolean looksLikeName(List<Token> tokens, int start, int end) {
        if (end - start < 2 || end - start > 4) {
            return false;
        }
        boolean leading = true;
        boolean runTogether = false;
        for (int k = start; k < end; k++) {
            String w = tokens.get(k).text();
            leading &= k < end - 1 && initials(w);
            if (leading) {
                runTogether |= w.length() > 2;
                continue;
            }
            if (k == end - 1 && k - start >= 2 && GENERATIONS.contains(w)) {
                continue; // "Edgar Bronfman Jr.", "John Kennedy III"
            }
            if (runTogether && common(w) || CONNECTORS.contains(w) || NOT_NAMES.contains(w)
                    || ORG_SUFFIXES.contains(w) || k == end - 1 && MEETINGS.contains(w)
                    || TITLES.contains(w) && !(k > start && SURNAME_LIKE_TITLES.contains(w)
                    && gazetteer.isAnyGivenName(tokens.get(start).text()))
                    || w.endsWith(".") || (w.length() > 1 && inUpperCase(w))) {
                return false; // but "Jaime Mayor Oreja", "John Major": a title's word as a surname after a given name
            }
        }
        return true;
    }

    /** A capital letter and a period: "P." */
    static boolean initial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    /** What follows a dateline's place, from token {@code at}: ", Country", ", Month", a date, "(Agency)". */
    boolean datelineFollows(List<Token> tokens, int at) {
        String next = tokens.get(at).text();
        if (next.length() == 4 && next.chars().allMatch(Character::isDigit)
                && (next.startsWith("19") || next.startsWith("20")) && at + 2 < tokens.size()
                && tokens.get(at + 1).text().equals("-") && Character.isDigit(tokens.get(at + 2).text().charAt(0))) {
            return true; // a date, 1996-08-30: not a year alone ("FABCON 2026 will be held")
        }
        if (next.equals(",") && at + 1 < tokens.size()) {
            if (MONTHS.contains(tokens.get(at + 1).text())) {
                return true;
            }
            if (countryAt(tokens, at + 1)) {
                return true;
            }
        }
        if (next.equals("(") && at + 2 < tokens.size() && tokens.get(at + 2).text().equals(")")) {
            Entry agency = gazetteer.lookup(List.of(tokens.get(at + 1).text()));
            return agency != null && agency.kind() == Kind.ORGANIZATION || tokens.get(at + 1).text().equals("Reuters");
        }
        return false;
    }

    static final Set<String> MONTHS = union(MONTH_NAMES, wordSet("Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec."));

    /** Whether the "(" at token {@code open} holds a known country and nothing else. */
    boolean countryInParentheses(List<Token> tokens, int open) {
        int close = closingParenthesis(tokens, open);
        return close > 0 && spellsCountry(tokens, open + 1, close);
    }

    /**
     * Whether one to three capitalised words in parentheses, none of them a common word, an acronym or a title,
     * start at {@code open}: a club's name, as lists of scorers give it ("(Newcastle)", "(Real Madrid)").
     */
    boolean clubInParentheses(List<Token> tokens, int open) {
        int close = closingParenthesis(tokens, open);
        if (close < 0) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            String w = tokens.get(k).text();
            if (!tokens.get(k).word() || !tokens.get(k).capitalised() || w.length() < 2 || inUpperCase(w)
                    || common(w) || TITLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A word of Japanese syllables as Hepburn romanisation writes them, in lower case: "takuya", "yanagimoto". */
    static final Pattern JAPANESE_SYLLABLES = Pattern.compile(
            "(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y|kk|ss|tt|pp|ssh|tch)?[aiueo]|n(?![aiueoy]))+");

    /**
     * Whether tokens {@code start} and the next are a Japanese person's given name and surname that no list knows
     * ("Takuya Takagi", "Hiroshige Yanagimoto"): both unknown words of three syllables or more in Japanese
     * romanisation, not after a preposition of place, in a sentence.
     */
    boolean japaneseName(String text, List<Token> tokens, int start) {
        for (int k = start; k < start + 2; k++) {
            String word = tokens.get(k).text();
            if (word.length() < 4 || word.length() > 12 || !unknownNameWord(tokens.get(k)) || !lettersOnly(word)
                    || vowels(word) < 3 || !JAPANESE_SYLLABLES.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                return false;
            }
        }
        int next = tokens.get(start + 1).end();
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\u00a0')) {
            next++;
        }
        // not a list's line of its own ("Hakone Yutowa ($$$)") nor a title before its translation in brackets
        return !PREPOSITIONS_OF_PLACE.contains(wordBefore(text, tokens.get(start).start()))
                && next < text.length() && "(\n\r".indexOf(text.charAt(next)) < 0;
    }

    static int vowels(String word) {
        int n = 0;
        for (int k = 0; k < word.length(); k++) {
            n += "aeiouAEIOU".indexOf(word.charAt(k)) >= 0 ? 1 : 0;
        }
        return n;
    }
}
