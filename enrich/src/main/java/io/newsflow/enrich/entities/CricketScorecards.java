package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.NameWords.COUNTY_SPELLINGS;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.SCORECARD_MARKS;
import static io.newsflow.enrich.entities.NameWords.SCORERS_HEADINGS;
import static io.newsflow.enrich.entities.NameWords.TABLE_HEADINGS;
import static io.newsflow.enrich.entities.SportsResults.score;
import static io.newsflow.enrich.entities.SportsResults.sideName;
import static io.newsflow.enrich.entities.TokenSpans.adjacent;
import static io.newsflow.enrich.entities.TokenSpans.covering;
import static io.newsflow.enrich.entities.TokenSpans.firstLetters;
import static io.newsflow.enrich.entities.TokenSpans.isWholeNumber;
import static io.newsflow.enrich.entities.TokenSpans.overlaps;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCase;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The rules for cricket: a county side's name in a text of cricket, and a scorecard's batsmen by their dismissals,
 * its bowlers by their figures and its sides by their innings. Stateless apart from the shared, immutable
 * {@link Lexicon}: thread-safe.
 */
final class CricketScorecards extends Lexicon {

    CricketScorecards(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /** Words only a text of cricket uses. */
    static final Set<String> CRICKET_WORDS = wordSet("innings", "wickets", "wicket", "overs", "batsman",
            "batsmen", "bowler", "bowlers", "all-rounder", "cricket", "Cricket", "CRICKET", "lbw");

    /** Lower-case words before a county's name that make it the county, not its side: "a farm in Kent". */
    static final Set<String> COUNTY_PLACE_WORDS = wordSet("in", "near", "across", "around", "of",
            "throughout", "rural");

    /**
     * In a text of cricket, a county the model took for a place or a person, or left alone, is the county's side,
     * an organisation ("Leicestershire beat Somerset ... title rivals Essex, Derbyshire and Surrey ... while Kent
     * made up", "Nottinghamshire 210"), unless a word of place stands before it ("in Kent").
     */
    static void countySides(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        if (!namesACounty(tokens, marks) || !mayBeCricket(text) || !anyCricketWord(tokens)) {
            return; // most texts name no county, which their capitalised words tell at once
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != Type.ORG && m.end() - m.start() == 1 && countySide(tokens, m.start())) {
                mentions.set(i, m.as(Type.ORG));
            }
        }
        int found = mentions.size();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.word() && t.capitalised() && countySide(tokens, k) && covering(mentions, k) == null) {
                mentions.add(new Mention(k, k + 1, Type.ORG, titleCase(t.text()), false));
            }
        }
        if (mentions.size() > found) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Whether the text holds the letters of a word of cricket ({@link #CRICKET_WORDS}): a scan of its characters. */
    static boolean mayBeCricket(String text) {
        return text.contains("ricket") || text.contains("RICKET") || text.contains("innings") || text.contains("wicket")
                || text.contains("overs") || text.contains("bowler") || text.contains("batsm") || text.contains("lbw")
                || text.contains("all-rounder");
    }

    /** The first letters of {@link #CRICKET_WORDS}: most words start with none of them, and need no look-up. */
    private static final BitSet CRICKET_WORDS_FIRST_LETTERS = firstLetters(CRICKET_WORDS);

    /** Whether a word of cricket ({@link #CRICKET_WORDS}) is among the tokens. */
    private static boolean anyCricketWord(List<Token> tokens) {
        for (Token t : tokens) {
            if (CRICKET_WORDS_FIRST_LETTERS.get(t.text().charAt(0)) && CRICKET_WORDS.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word ({@link Marks#capitals}, as every county's spelling is) spells a county. */
    private static boolean namesACounty(List<Token> tokens, Marks marks) {
        for (int k = marks.capitals().nextSetBit(0); k >= 0; k = marks.capitals().nextSetBit(k + 1)) {
            if (COUNTY_SPELLINGS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a county's name with no word of place before it ("in Kent"). */
    static boolean countySide(List<Token> tokens, int k) {
        return COUNTY_SPELLINGS.contains(tokens.get(k).text())
                && !(k > 0 && COUNTY_PLACE_WORDS.contains(tokens.get(k - 1).text()));
    }

    /**
     * A cricket scorecard's dismissals: the batsman, the fielder after "c" or "st" and the bowler after "b", before
     * the runs ("Haldsen c Kowan b Vlaar 45", "Ardent lbw b Novak 12", "Ross c and b Tamm 3"), and the batsman of a
     * line that says "not out" or "run out" and its fielder ("G. Tamm not out 45", "Holm run out (Kowan) 8"), are
     * people, whatever the model or the lists made of them. One or two capitalised words each, an initial's period
     * allowed ("b P. Simmons 4").
     */
    void dismissals(String text, List<Token> tokens, List<int[]> lines, Marks marks,
                            List<Mention> mentions) {
        if (marks.dismissals().isEmpty()) {
            return;
        }
        BitSet breaks = scorecardLines(tokens, lines, marks);
        for (int b = marks.dismissals().nextSetBit(1); b >= 0 && b + 1 < tokens.size();
                b = marks.dismissals().nextSetBit(b + 1)) {
            String mark = tokens.get(b).text();
            if (mark.equals("out") && b >= 2 && outMark(tokens, b)) {
                int start = batsmanStart(tokens, breaks, b - 1);
                if (start >= 0 && batsmanEnd(tokens, start, b - 1) == b - 1
                        && runsEndTheLine(text, tokens, breaks, b + 1)) {
                    batsman(text, tokens, start, b - 1, mentions);
                    if (tokens.get(b + 1).text().equals("(")) { // "run out (Knight)": the fielder
                        int close = scorecardName(text, tokens, b + 2);
                        replace(mentions, new Mention(b + 2, close, Type.PER, spanText(text, tokens, b + 2, close),
                                false));
                    }
                }
                continue;
            }
            if (!mark.equals("b") || b + 2 >= tokens.size()) {
                continue; // a bowler's name and the runs follow "b"; the runs alone follow "out" (the text's last line)
            }
            int bowlerEnd = scorecardName(text, tokens, b + 1);
            int start = batsmanStart(tokens, breaks, b);
            if (bowlerEnd < 0 || bowlerEnd >= tokens.size() || !isWholeNumber(tokens.get(bowlerEnd).text(), 3)
                    || bowlerEnd + 1 < tokens.size() && !breaks.get(bowlerEnd + 1)
                    || start < 0) {
                continue; // the runs end the line, and a batsman's name and the marks of a dismissal start it
            }
            replace(mentions, new Mention(b + 1, bowlerEnd, Type.PER, spanText(text, tokens, b + 1, bowlerEnd), false));
            for (int c = Math.max(1, b - 4); c < b - 1; c++) {
                String fielder = tokens.get(c).text();
                if ((fielder.equals("c") || fielder.equals("st")) && scorecardName(text, tokens, c + 1) == b) {
                    replace(mentions, new Mention(c + 1, b, Type.PER, spanText(text, tokens, c + 1, b), false));
                }
            }
            batsman(text, tokens, start, batsmanEnd(tokens, start, b), mentions);
        }
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    /**
     * Where the batsman's name starts on the line up to token {@code mark} ("b", or "not" or "run" of "out"), when
     * the line up to it is a batsman's name and the marks of a dismissal: capitalised words, initials' periods, "c",
     * "st", "lbw", "and", no more than eight tokens; -1 when it is not.
     */
    static int batsmanStart(List<Token> tokens, BitSet breaks, int mark) {
        int start = mark;
        while (start > 0 && !breaks.get(start)) {
            start--;
        }
        if (mark - start > 8 || mark == start || !tokens.get(start).capitalised()) {
            return -1;
        }
        for (int k = start; k < mark; k++) {
            Token t = tokens.get(k);
            if (!(t.word() && t.capitalised()) && !SCORECARD_MARKS.contains(t.text())) {
                return -1;
            }
        }
        return start;
    }

    /** Whether token {@code out} ("out") ends a dismissal's "not out" or "run out". */
    static boolean outMark(List<Token> tokens, int out) {
        return out > 0 && Set.of("not", "run").contains(tokens.get(out - 1).text());
    }

    /** Where the batsman's name that starts at token {@code start} ends: at the first mark of a dismissal. */
    static int batsmanEnd(List<Token> tokens, int start, int mark) {
        int end = start;
        while (end < mark
                && (tokens.get(end).text().equals(".") || !SCORECARD_MARKS.contains(tokens.get(end).text()))) {
            end++;
        }
        return end;
    }

    /** The batsman of a scorecard's line, tokens [start, end), is a person: a name of one to four tokens. */
    static void batsman(String text, List<Token> tokens, int start, int end, List<Mention> mentions) {
        if (end > start && end - start <= 4 && tokens.get(start).word()) {
            replace(mentions, new Mention(start, end, Type.PER, spanText(text, tokens, start, end), false));
        }
    }

    /** Whether from token {@code k} on the line holds a fielder in parentheses maybe, then the runs, and ends. */
    static boolean runsEndTheLine(String text, List<Token> tokens, BitSet breaks, int k) {
        if (k < tokens.size() && tokens.get(k).text().equals("(")) {
            int close = scorecardName(text, tokens, k + 1);
            if (close < 0 || close >= tokens.size() || !tokens.get(close).text().equals(")")) {
                return false;
            }
            k = close + 1;
        }
        return k < tokens.size() && isWholeNumber(tokens.get(k).text(), 3)
                && (k + 1 == tokens.size() || breaks.get(k + 1));
    }

    /**
     * Where a scorecard's lines start: at every line break, and in a line that runs three dismissals or more
     * together ("G. Tamm c Kowan b Vlaar 43 A. Tamm lbw b Novak 112 ...", as a text that runs its lines together
     * writes them) before each capitalised word that follows a whole number, a word in lower case ("first innings
     * G. Tamm") or a colon.
     */
    static BitSet scorecardLines(List<Token> tokens, List<int[]> lines, Marks marks) {
        BitSet breaks = new BitSet(tokens.size());
        for (int[] line : lines) {
            breaks.set(line[0]);
            int dismissed = 0;
            for (int m = marks.dismissals().nextSetBit(line[0]); m >= 0 && m < line[1];
                    m = marks.dismissals().nextSetBit(m + 1)) {
                String w = tokens.get(m).text();
                if (w.equals("b") ? m + 2 < tokens.size() && tokens.get(m + 1).capitalised() : outMark(tokens, m)) {
                    dismissed++;
                }
            }
            if (dismissed < 3) {
                continue;
            }
            for (int k = line[0] + 1; k < line[1]; k++) {
                Token t = tokens.get(k);
                Token before = tokens.get(k - 1);
                if (t.word() && t.capitalised() && (isWholeNumber(before.text(), 3)
                        || before.word() && !before.capitalised() && !SCORECARD_MARKS.contains(before.text())
                        || before.text().equals(":"))) {
                    breaks.set(k); // after the runs, or after "innings" or a colon: the first batsman
                }
            }
        }
        return breaks;
    }

    /** After a name of a scorecard that starts at token {@code k}: one or two capitalised words; -1 when none does. */
    static int scorecardName(String text, List<Token> tokens, int k) {
        int end = k;
        while (end < tokens.size() && end - k < 2 && tokens.get(end).word() && tokens.get(end).capitalised()
                && (end == k || spacesOnly(text, tokens.get(end - 1), tokens.get(end)))) {
            end++;
        }
        return end == k || NOT_NAMES.contains(tokens.get(k).text()) ? -1 : end;
    }

    /**
     * A line of cricket's scores, its ground, a colon and the sides' innings ("Chester-le-Street: Glamorgan 259 and
     * 207 (A. Dale 69), Durham 114 and 81-3."): a side is one to three capitalised words after the colon, a comma or
     * a semicolon, right before its runs (a whole number, maybe a hyphen and its wickets) and then "and", a
     * parenthesis, a comma, a semicolon, a period or the line's end. With two sides or more on the line, each is a
     * team (a country a place), whatever the model made of it, and the ground a place.
     */
    void inningsLines(String text, List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        for (int[] line : lines) {
            int colon = line[0];
            while (colon < line[1] && colon - line[0] < 4 && tokens.get(colon).word()
                    && tokens.get(colon).capitalised()) {
                colon++;
            }
            if (colon == line[0] || colon >= line[1] || !tokens.get(colon).text().equals(":")
                    || colon - line[0] == 1 && (common(tokens.get(line[0]).text())
                    || TABLE_HEADINGS.contains(tokens.get(line[0]).text())
                    || SCORERS_HEADINGS.contains(tokens.get(line[0]).text()))) {
                // "Standings: River Plate 30 points, Velez Sarsfield 28", "Scorers: Del Piero 20, Vieri 56": a
                // heading, no ground
                continue;
            }
            List<int[]> sides = new ArrayList<>();
            for (int i = colon + 1; i < line[1]; i++) {
                String before = tokens.get(i - 1).text();
                if (!(before.equals(":") || before.equals(",") || before.equals(";"))) {
                    continue;
                }
                int name = sideName(text, tokens, i, line[1]);
                int after = name < line[1] && isWholeNumber(tokens.get(name).text(), 3) ? name + 1 : -1;
                if (after > 0 && score(text, tokens, name) >= 0) {
                    after += 2; // "81-3": runs and wickets
                }
                if (name > i && after > 0 && !initial(tokens.get(i).text()) && (after >= line[1]
                        || AFTER_INNINGS.contains(tokens.get(after).text()))) {
                    sides.add(new int[] {i, name});
                }
            }
            if (sides.size() < 2) {
                continue;
            }
            for (int[] side : sides) {
                String name = spanText(text, tokens, side[0], side[1]);
                replace(mentions, new Mention(side[0], side[1], gazetteer.isNation(name) ? Type.LOC : Type.ORG,
                        name, false));
            }
            // "At Taunton :": the ground after the line's "At"
            int at = tokens.get(line[0]).text().equals("At") && colon > line[0] + 1 ? line[0] + 1 : line[0];
            Mention ground = new Mention(at, colon, Type.LOC, spanText(text, tokens, at, colon), false);
            if (mentions.stream().noneMatch(m -> overlaps(m, ground) && m.type() == Type.LOC)) {
                replace(mentions, ground);
            }
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * A scorecard's bowlers are people: one or two capitalised words (an initial's period allowed) before their
     * figures, overs, maidens, runs and wickets ("Gough 26-6-70-2", "Wasim Akram 10-1-37-2"), whatever the model
     * made of them; and the line's heading ("Bowling:") is no name.
     */
    void bowlers(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean changed = false;
        // figures take seven tokens: the text may end with the last of them
        for (int k = marks.numbers().nextSetBit(1); k >= 0 && k + 6 < tokens.size();
             k = marks.numbers().nextSetBit(k + 1)) {
            if (!figures(text, tokens, k)) {
                continue;
            }
            int start = k;
            while (start > 0 && k - start < 3 && (tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                    || initial(tokens.get(start - 1).text()))
                    && spacesOnly(text, tokens.get(start - 1), tokens.get(start))) {
                start--;
            }
            if (start == k || NOT_NAMES.contains(tokens.get(start).text())) {
                continue;
            }
            replace(mentions, new Mention(start, k, Type.PER, spanText(text, tokens, start, k), false));
            changed = true;
            k += 6;
        }
        if (changed) {
            mentions.removeIf(m -> m.end() - m.start() == 1 && m.end() < tokens.size()
                    && tokens.get(m.end()).text().equals(":") && BOWLING_HEADINGS.contains(m.name()));
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    static final Set<String> BOWLING_HEADINGS = wordSet("Bowling", "BOWLING", "Bowler", "Bowlers");

    /** Whether tokens from {@code k} are a bowler's figures written without spaces: "26-6-70-2". */
    static boolean figures(String text, List<Token> tokens, int k) {
        for (int part = 1; part < 4; part++) {
            int dash = k + 2 * part - 1;
            if (!tokens.get(dash).text().equals("-") || !isWholeNumber(tokens.get(dash + 1).text(), 3)
                    || !adjacent(text, tokens, dash - 1, dash + 2)
                    || tokens.get(dash).start() != tokens.get(dash - 1).end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * What follows a side's innings on a line of scores: "259 and 207", "114 (S. Watt 4-28)", "81-3.", "410-6
     * declared".
     */
    static final Set<String> AFTER_INNINGS = wordSet("and", "(", ",", ";", ".", "declared");
}
