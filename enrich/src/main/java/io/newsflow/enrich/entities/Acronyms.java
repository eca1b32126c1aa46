package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.NameWords.BODIES;
import static io.newsflow.enrich.entities.NameWords.COMMON_ACRONYMS;
import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.EVENT_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.ORG_HEADS;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.TokenSpans.inCapitals;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for acronyms: an acronym is the organisation or place whose name the text spells out, where it spells
 * it out, and a foreign acronym or a common one is not taken for a name. Stateless apart from the shared, immutable
 * {@link Lexicon}: thread-safe.
 */
final class Acronyms extends Lexicon {

    Acronyms(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    /**
     * Acronyms a text defines ("the Moro National Liberation Front (MNLF)") name the same entity wherever they
     * appear, and are reported as the text spells them, beside the full name (under the lists' name when the lists
     * know the full name: "ANC" of "the African National Congress (ANC)"); an unknown acronym after "the" ("the
     * ICFTU") or before "said" ("SAS said") is an organisation, unless a tournament's name goes on ("the RCA
     * Championships").
     */
    void acronyms(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        spelledOut(text, tokens, marks, mentions);
        Map<String, Mention> defined = new LinkedHashMap<>();
        BitSet covered = new BitSet(tokens.size());
        BitSet owners = new BitSet(tokens.size()); // where a person's name of two words or more ends
        for (Mention m : mentions) {
            covered.set(m.start(), m.end());
            if (m.type() == Type.PER && m.end() - m.start() > 1) {
                owners.set(m.end());
            }
            int open = m.end();
            if (m.type() != Type.PER && m.end() - m.start() > 1 && open + 2 < tokens.size()
                    && tokens.get(open).text().equals("(") && tokens.get(open + 2).text().equals(")")
                    && isAcronym(tokens.get(open + 1).text())
                    && (abbreviates(tokens.get(open + 1).text(), tokens, m.start(), m.end())
                    || foreignAcronym(tokens.get(open + 1).text(), tokens, m))) {
                defined.putIfAbsent(tokens.get(open + 1).text(), m);
            }
        }
        List<Mention> added = new ArrayList<>();
        // an acronym, defined or not, is capital letters: a capitalised word (Marks#capitals)
        for (int i = marks.capitals().nextSetBit(0); i >= 0; i = marks.capitals().nextSetBit(i + 1)) {
            Token t = tokens.get(i);
            Mention full = defined.get(t.text());
            if (full != null) {
                added.add(full.known() ? new Mention(i, i + 1, full.type(), full.name(), true)
                        : new Mention(i, i + 1, full.type(), t.text(), false));
            } else if (!covered.get(i) && i > 0
                    && (afterThe(tokens, i) || afterOwner(tokens, owners, i) || beforeSaid(tokens, i))
                    && isAcronym(t.text()) && !COMMON_ACRONYMS.contains(t.text())
                    && gazetteer.lookup(List.of(t.text())) == null && !inCapitals(tokens, i - 1, i + 1)
                    && !(i + 1 < tokens.size() && EVENT_LAST_WORDS.contains(tokens.get(i + 1).text()))) {
                // not "the RCA Championships": a tournament's sponsor
                added.add(new Mention(i, i + 1, Type.ORG, t.text(), false));
            }
        }
        if (!defined.isEmpty()) {
            mentions.removeIf(m -> m.end() - m.start() == 1 && defined.containsKey(m.name()));
        }
        mentions.addAll(added);
    }

    /**
     * Whether {@code acronym}, in brackets right after the organisation {@code m}, is its acronym in its own language:
     * after a party's, a union's or a bank's name that ends with such a word ("Civic Democratic Party (ODS)"), or one
     * of the name's initials in another order, an acronym no list knows as anything else; not after a company's (its
     * ticker: "Microsoft Corp (MSFT)").
     */
    boolean foreignAcronym(String acronym, List<Token> tokens, Mention m) {
        return m.type() == Type.ORG && (ORG_HEADS.contains(tokens.get(m.end() - 1).text())
                || initialsInAnotherOrder(acronym, tokens, m) || movementsWord(tokens, m))
                && gazetteer.lookup(List.of(acronym)) == null;
    }

    /** The words of movements, parties and armed groups, wherever they stand in the name. */
    static final Set<String> MOVEMENTS = wordSet("Front", "Movement", "Alliance", "Coalition", "Congress", "Army",
            "Forces", "Brigades", "Rally", "Union", "Party", "League");

    /**
     * Whether a word of the name is a movement's, a party's or an armed group's: "Popular Revolutionary Army (EPR)",
     * "Party of Democratic Action (SDA)", "Revolutionary Armed Forces of Colombia (FARC)", acronyms of names in
     * their own language; a company's ticker follows no such name.
     */
    private static boolean movementsWord(List<Token> tokens, Mention m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (MOVEMENTS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an acronym of three letters or more has the initials of the name's capitalised words, in another order:
     * "Guatemalan National Revolutionary Unity (URNG)", the acronym of its Spanish name.
     */
    static boolean initialsInAnotherOrder(String acronym, List<Token> tokens, Mention m) {
        StringBuilder initials = new StringBuilder();
        for (int k = m.start(); k < m.end(); k++) {
            if (tokens.get(k).capitalised()) {
                initials.append(tokens.get(k).text().charAt(0));
            }
        }
        if (acronym.length() < 3 || initials.length() != acronym.length()) {
            return false;
        }
        char[] a = acronym.toCharArray();
        char[] b = initials.toString().toCharArray();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    /**
     * Whether the possessive of a person's name in full comes right before token {@code i}, an acronym of three letters
     * or more: "Charles Taylor's NPFL", "Laurent Kabila's AFDL" are their movements (a company's, "Nvidia's DLSS", is
     * mostly a product; a name of one word the model took for a person's may be a company's or a disease's).
     */
    private static boolean afterOwner(List<Token> tokens, BitSet owners, int i) {
        return i >= 2 && owners.get(i - 1) && Tokens.isPossessive(tokens.get(i - 1).text())
                && tokens.get(i).text().length() >= 3;
    }

    /**
     * Whether "said" or "says" comes right after token {@code i}: an acronym that speaks is a body ("Lufthansa and SAS
     * said", "BTR said profits fell").
     */
    static boolean beforeSaid(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && (tokens.get(i + 1).text().equals("said")
                || tokens.get(i + 1).text().equals("says"));
    }

    /**
     * Whether "the" comes right before token {@code i}, or before a compound adjective of a body's politics or owners
     * that comes right before it: "the ICFTU", "the centre-right UDF", "the state-owned PTT"; not "the real-time
     * OLAP".
     */
    static boolean afterThe(List<Token> tokens, int i) {
        String before = tokens.get(i - 1).text();
        if (before.equalsIgnoreCase("the")) {
            return true;
        }
        if (i < 2 || !tokens.get(i - 2).text().equalsIgnoreCase("the")) {
            return false; // most words: no hyphen looked for
        }
        int hyphen = before.lastIndexOf('-');
        return hyphen > 0 && Character.isLowerCase(before.charAt(0))
                && BODYS_ADJECTIVE_TAILS.contains(before.substring(hyphen + 1));
    }

    /** Last parts of compound adjectives of a body's politics or owners: "centre-right", "state-owned". */
    static final Set<String> BODYS_ADJECTIVE_TAILS = wordSet("right", "left", "wing", "owned", "run",
            "controlled", "backed", "led", "line", "leaning", "ruled", "government", "Western", "Moscow");

    /**
     * The capitalised words and connectors right before an acronym in parentheses that it abbreviates, initial by
     * initial, are one organisation, whatever the model and the lists made of their parts ("the Socialist Party of
     * Serbia (SPS)": not a party and a place), when a body's word heads it, last or before "of", "for" or "on"
     * ("Bureau of Labor Statistics (BLS)"): "Gross Domestic Product (GDP)", "Monte Carlo Tree Search (MCTS)" and
     * "Central Bank Digital Currency (CBDC)" name no body. A known spelling of the whole stays as it is.
     */
    void spelledOut(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        for (int open = marks.parentheses().nextSetBit(2); open >= 0 && open + 2 < tokens.size();
                open = marks.parentheses().nextSetBit(open + 1)) {
            if (!tokens.get(open + 2).text().equals(")")
                    || !isAcronym(tokens.get(open + 1).text())
                    || COMMON_ACRONYMS.contains(tokens.get(open + 1).text())) {
                continue;
            }
            String acronym = tokens.get(open + 1).text();
            int start = -1;
            for (int k = open - 1; k >= Math.max(0, open - 12); k--) {
                Token t = tokens.get(k);
                if (!(t.word() && t.capitalised() || CONNECTORS.contains(t.text()))
                        || k < open - 1 && !spacesOnly(text, t, tokens.get(k + 1))) {
                    break;
                }
                if (t.capitalised() && k < open - 1 && initials(acronym, 0, tokens, k, open)) {
                    start = k;
                    break;
                }
            }
            if (start < 0 || !namesABody(tokens, start, open) || lookup(tokens, start, open) != null) {
                continue;
            }
            int from = start;
            int to = open;
            if (mentions.stream().noneMatch(m -> m.type() == Type.ORG && m.start() <= from && m.end() == to)) {
                // an organisation found whole, or with a place before it ("Dubai Virtual Assets Regulatory
                // Authority (VARA)"), stays
                replace(mentions, new Mention(start, open, Type.ORG, spanText(text, tokens, start, open), false));
            }
        }
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    /**
     * Whether a body's word ({@link NameWords#BODIES}) heads tokens [start, end): last, or before "of", "for" or "on";
     * and no title is among them.
     */
    static boolean namesABody(List<Token> tokens, int start, int end) {
        boolean headed = false;
        for (int k = start; k < end; k++) {
            String w = tokens.get(k).text();
            if (TITLES.contains(w)) {
                return false;
            }
            headed |= BODIES.contains(w)
                    && (k == end - 1 || Set.of("of", "for", "on").contains(tokens.get(k + 1).text()));
        }
        return headed;
    }

    /** Two to eight capital letters ("ANC", "ICFTU"), not a Roman numeral ("VI"). */
    static boolean isAcronym(String word) {
        return capitalLetters(word, 2, 8) && !ROMAN.matcher(word).matches();
    }

    /**
     * Whether the acronym's letters are initials of the name's words, in order, the first one first; a word may give
     * more letters after its initial, in order ("ICCO" of "International Cocoa Organisation").
     */
    static boolean abbreviates(String acronym, List<Token> tokens, int start, int end) {
        int letter = 0;
        for (int k = start; k < end && letter < acronym.length(); k++) {
            String w = tokens.get(k).text();
            if (Character.toUpperCase(w.charAt(0)) == acronym.charAt(letter)) {
                letter++;
                for (int c = 1; c < w.length() && letter < acronym.length() && k + 1 < end
                        && Character.toUpperCase(tokens.get(k + 1).text().charAt(0)) != acronym.charAt(letter); c++) {
                    if (Character.toUpperCase(w.charAt(c)) == acronym.charAt(letter)) {
                        letter++; // "CC" of "Cocoa", before the next word's initial
                    }
                }
            } else if (k == start) {
                return false;
            }
        }
        return letter == acronym.length();
    }

    /** Whether {@code word} is {@code min} to {@code max} capital letters A to Z and nothing else. */
    static boolean capitalLetters(String word, int min, int max) {
        if (word.length() < min || word.length() > max) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) < 'A' || word.charAt(k) > 'Z') {
                return false;
            }
        }
        return true;
    }
}
