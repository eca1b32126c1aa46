package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.DIVISION_HEADS;
import static io.newsflow.enrich.entities.NameWords.DIVISION_WORDS;
import static io.newsflow.enrich.entities.NameWords.FRACTION;
import static io.newsflow.enrich.entities.NameWords.MONTH_NAMES;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.RESULTS_HEADING;
import static io.newsflow.enrich.entities.NameWords.RESULT_VERBS;
import static io.newsflow.enrich.entities.NameWords.SCORERS_HEADINGS;
import static io.newsflow.enrich.entities.NameWords.TABLE_HEADINGS;
import static io.newsflow.enrich.entities.NameWords.VERSUS;
import static io.newsflow.enrich.entities.PeopleRules.particle;
import static io.newsflow.enrich.entities.TeamsAndPlayers.sportsStory;
import static io.newsflow.enrich.entities.TokenSpans.adjacent;
import static io.newsflow.enrich.entities.TokenSpans.capitalisedBefore;
import static io.newsflow.enrich.entities.TokenSpans.closingParenthesis;
import static io.newsflow.enrich.entities.TokenSpans.inCapitals;
import static io.newsflow.enrich.entities.TokenSpans.isWholeNumber;
import static io.newsflow.enrich.entities.TokenSpans.overlaps;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCased;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for the sports pages' tables and results: result and fixture lines, results run on in a paragraph,
 * standings, leaderboards, scorers' lists and results written out, whose sides are teams or countries. Stateless
 * apart from the shared, immutable {@link Lexicon}: thread-safe.
 */
final class SportsResults extends Lexicon {

    SportsResults(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /** A goal's marks after its minute: a penalty, an own goal. */
    static final Set<String> GOAL_MARKS = wordSet("pen", "pen.", "penalty", "og", "o.g.");

    /**
     * A line of results or standings, with no word in lower case: names each followed by a score ("Arsenal 2 West
     * Ham 0", "Leeds 3 Wimbledon 1"), or one name followed by a row of figures ("Chelsea 3 2 1 0 5 2 7"). A place
     * found there, a city or one the model found, is a team: a club, an organisation; a country stays a place (a
     * national team). Nothing new is made a name on a single line: lists of prices and specifications look the same.
     * Two or more lines in a row of exactly two sides and their scores ("Brexley 2 Tarnfield 1") under a line that
     * says they are results are a block of results: each side no name covers is a team; so are a lone line's two
     * sides where one of the two lines above it says "result" ("Result of a third division match on Friday:").
     */
    void results(String text, List<Token> tokens, List<int[]> lines, Marks marks, List<Mention> mentions) {
        for (int[] line : lines) {
            resultLine(text, tokens, line[0], line[1], mentions);
        }
        List<int[]> scored = new ArrayList<>();
        for (int[] line : lines) {
            // a line of scores holds whole numbers of up to three digits (Marks#numbers); most lines hold none
            int number = marks.numbers().nextSetBit(line[0]);
            scored.add(number >= 0 && number < line[1] ? scoreLine(text, tokens, line[0], line[1]) : null);
        }
        for (int l = 0; l < lines.size(); l++) {
            boolean inBlock = l > 0 && scored.get(l - 1) != null || l + 1 < lines.size() && scored.get(l + 1) != null;
            if (scored.get(l) != null && (inBlock ? headedAsResults(text, tokens, lines, scored, l)
                    : scored.get(l).length == 4 && headedAsAResult(text, tokens, lines, l))) {
                int[] sides = scored.get(l);
                for (int side = 0; side < sides.length; side += 2) {
                    // "Lens 1 Nantes 0": a common word is a team where its opponent is a name
                    int opponent = side % 4 == 0 ? side + 2 : side - 2;
                    addTeam(text, tokens, sides[side], sides[side + 1], mentions,
                            !allCommon(tokens, sides[opponent], sides[opponent + 1]));
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * In a sports story, two lines or more in a row each of exactly two sides opposed by "v" ("Tenerife v Brondby",
     * "Schalke 04 v Valencia": a draw's or a round's fixtures) are a block of fixtures: each side is a team, as a
     * result's side is ({@link #addTeam}), and a city found there is its club; a country stays a place, its national
     * team.
     */
    void fixtures(String text, List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        if (!sportsStory(tokens)) {
            return;
        }
        List<int[]> sides = new ArrayList<>();
        for (int[] line : lines) {
            sides.add(fixture(text, tokens, line[0], line[1]));
        }
        for (int l = 0; l < lines.size(); l++) {
            int[] fixture = sides.get(l);
            if (fixture == null || !(l > 0 && sides.get(l - 1) != null || l + 1 < lines.size()
                    && sides.get(l + 1) != null)) {
                continue;
            }
            for (int side = 0; side < 4; side += 2) {
                int start = fixture[side];
                int end = fixture[side + 1];
                for (int k = 0; k < mentions.size(); k++) {
                    Mention m = mentions.get(k);
                    if (m.start() == start && m.end() == end && m.type() == Type.LOC && !gazetteer.isNation(m.name())) {
                        mentions.set(k, m.as(Type.ORG)); // "Valencia v Tenerife": the city's club
                    }
                }
                int opponent = 2 - side;
                addTeam(text, tokens, start, end, mentions, !allCommon(tokens, fixture[opponent],
                        fixture[opponent + 1]));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * The two sides of a line that is a fixture, tokens [from, to): one to three capitalised words each, a club's
     * number after them allowed ("Schalke 04"), "v" between; null for any other line.
     */
    static int[] fixture(String text, List<Token> tokens, int from, int to) {
        int firstEnd = sideName(text, tokens, from, to);
        int versus = firstEnd < to && isWholeNumber(tokens.get(firstEnd).text(), 2) ? firstEnd + 1 : firstEnd;
        if (firstEnd == from || versus >= to || !VERSUS.contains(tokens.get(versus).text())) {
            return null;
        }
        int second = versus + 1;
        int secondEnd = sideName(text, tokens, second, to);
        int end = secondEnd < to && isWholeNumber(tokens.get(secondEnd).text(), 2) ? secondEnd + 1 : secondEnd;
        return secondEnd == second || end != to ? null : new int[] {from, versus, second, end};
    }

    /**
     * Results run on in one sentence after a heading that says they are results and a colon, as a text that runs its
     * lines together writes them ("Results of Dutch first division matches on Sunday: Ajax Amsterdam 3 Feyenoord 1
     * Vitesse Arnhem 2 Twente Enschede 0", or with a comma or semicolon after each match, maybe each division's
     * heading before its results): two matches or more, each side one to three capitalised words and a score of one
     * to three digits, are a block of results, as {@link #results} reads them on lines of their own.
     */
    void resultsRunOn(String text, List<Token> tokens, List<int[]> sentences, Marks marks,
                              List<Mention> mentions) {
        for (int[] sentence : sentences) {
            // after the heading's colon or a later one: "Results on Saturday: Premier league: Arsenal 2 Derby 2, ..."
            for (int colon = marks.colons().nextSetBit(sentence[0]); colon >= 0 && colon < sentence[1];
                 colon = marks.colons().nextSetBit(colon + 1)) {
                if (colon > sentence[0] && resultsRunOnAfter(text, tokens, sentence, colon, mentions)) {
                    break;
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * Where the results that run on continue after the heading of a division that starts at token {@code i} ("Premier
     * league Arsenal 2 Derby 2 ... Division one Barnsley 3 ..."): one to three of its words, a result's side after
     * them; {@code i} when no such heading starts there.
     */
    static int afterDivision(List<Token> tokens, int i, int to) {
        boolean head = false;
        for (int k = i; k < Math.min(i + 3, to - 1); k++) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (!DIVISION_WORDS.contains(word)) {
                return i;
            }
            head |= DIVISION_HEADS.contains(word);
            if (head && tokens.get(k + 1).word() && tokens.get(k + 1).capitalised()
                    && !DIVISION_WORDS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
                return k + 1;
            }
        }
        return i;
    }

    /** Whether the results run on after the colon at token {@code colon} of the sentence; adds their teams if so. */
    boolean resultsRunOnAfter(String text, List<Token> tokens, int[] sentence, int colon,
                                      List<Mention> mentions) {
        List<int[]> sides = new ArrayList<>();
        List<int[]> divisions = new ArrayList<>(); // each division's results, [from, to)
        int i = colon + 1;
        int from = i;
        // three digits: basketball's scores ("Orlando 95 Chicago 102")
        for (int[] scored; ; ) {
            int next = afterDivision(tokens, i, sentence[1]);
            if ((scored = scoredSide(text, tokens, next, sentence[1], 3)) == null) {
                break;
            }
            if (next > i) {
                divisions.add(new int[] {from, i});
                from = next;
            }
            i = next;
            sides.add(new int[] {i, scored[0]});
            i = scored[1];
            if (sides.size() % 2 == 0 && i + 1 < sentence[1]
                    && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals(";"))) {
                i++; // "Aberdeen 1 Motherwell 1, Dunfermline 2 Kilmarnock 1": matches apart by commas
            }
        }
        if (sides.size() >= 4 && RESULTS_HEADING.matcher(text)
                .region(tokens.get(sentence[0]).start(), tokens.get(colon).start()).find()) {
            divisions.add(new int[] {from, Math.min(sideName(text, tokens, i, sentence[1]), sentence[1])});
            for (int[] division : divisions) {
                resultLine(text, tokens, division[0], division[1], mentions);
            }
            for (int[] side : sides.subList(0, sides.size() - sides.size() % 2)) {
                addTeam(text, tokens, side[0], side[1], mentions);
            }
            return true;
        }
        return false;
    }

    /**
     * Whether one of the two lines before the block of scores that line {@code l} is in says they are results
     * ("Results of English premier league matches on Saturday:"): a list of things and their numbers looks the same.
     */
    static boolean headedAsResults(String text, List<Token> tokens, List<int[]> lines, List<int[]> scored,
                                           int l) {
        int first = l;
        while (first > 0 && scored.get(first - 1) != null) {
            first--;
        }
        return saidAbove(text, tokens, lines, first, RESULTS_HEADING);
    }

    /** Whether one of the two lines before line {@code l} holds what {@code heading} finds. */
    static boolean saidAbove(String text, List<Token> tokens, List<int[]> lines, int l, Pattern heading) {
        for (int h = l - 1; h >= Math.max(0, l - 2); h--) {
            int[] line = lines.get(h);
            if (heading.matcher(text).region(tokens.get(line[0]).start(), tokens.get(line[1] - 1).end()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the two lines before line {@code l}, a match's result alone, says it is a result ("Result of a
     * Scottish premier division match on Friday:", maybe the division's heading between): a single line of two names
     * and their numbers is no result without that.
     */
    static boolean headedAsAResult(String text, List<Token> tokens, List<int[]> lines, int l) {
        return saidAbove(text, tokens, lines, l, RESULT_WORD);
    }

    static final Pattern RESULT_WORD = Pattern.compile("(?i)\\bresults?\\b");

    /**
     * The sides of a line of matches' results and nothing else, each two sides one to three capitalised words and a
     * score of one to three digits each ("Brexley 2 Tarnfield Rovers 1", basketball's "NEW YORK 103 Charlotte 96"),
     * maybe each score's scorers in parentheses and after a period what a summary adds ("Brexley 2 (Vardeen 23)
     * Tarnfield 0. Attendance: 9,400"); or more matches apart by semicolons or commas, maybe after their division's
     * heading and a colon ("Pool one: Brexley 34 Tarnfield 12; Orval 21 Castrel 15"), as {start, end, start, end,
     * ...}; null for any other line.
     */
    static int[] scoreLine(String text, List<Token> tokens, int from, int to) {
        int i = divisionHeading(tokens, from, to);
        List<Integer> sides = new ArrayList<>(4);
        while (true) {
            for (int side = 0; side < 2; side++) {
                int[] scored = scoredSide(text, tokens, i, to, 3);
                if (scored == null) {
                    return null;
                }
                sides.add(i);
                sides.add(scored[0]);
                i = scored[1];
            }
            if (i + 1 >= to || !tokens.get(i).text().equals(";") && !tokens.get(i).text().equals(",")) {
                break;
            }
            i++; // "Brexley 34 Tarnfield 12; Orval 21 Castrel 15": the next match
        }
        // what a match's summary adds after its result: ". Halftime 1-0. Attendance: 36,400"
        return i == to || sides.size() == 4 && i < to && tokens.get(i).text().equals(".")
                ? sides.stream().mapToInt(Integer::intValue).toArray() : null;
    }

    /**
     * Where a line's matches start after their division's heading, one to three of its words and a colon ("Pool one:",
     * "Group B:", "Premier league:"), maybe after a country's adjective ("Scottish premier division:"); {@code from}
     * when the line starts with no such heading.
     */
    static int divisionHeading(List<Token> tokens, int from, int to) {
        boolean head = false;
        for (int k = from; k < Math.min(from + 4, to - 1); k++) {
            String word = tokens.get(k).text();
            if (word.equals(":")) {
                return head ? k + 1 : from;
            }
            if (!DIVISION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !DIVISION_MARK.matcher(word).matches()
                    && !(k == from && (DEMONYMS.contains(word) || COUNTRY_ADJECTIVE.matcher(word).matches()))) {
                return from;
            }
            head |= DIVISION_HEADS.contains(word.toLowerCase(Locale.ROOT));
        }
        return from;
    }

    /** A country's or a region's adjective as it opens a division's heading: "Italian", "Portuguese". */
    static final Pattern COUNTRY_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ish|ian|ean|ese)");

    /** What tells a division from its like: "Group B", "Pool 3". */
    static final Pattern DIVISION_MARK = Pattern.compile("[A-H]|[1-9]");

    /**
     * A result's side that starts at token {@code start}, before token {@code to}: one to three capitalised words, a
     * score of up to {@code digits} digits and maybe the side's scorers in parentheses ("Brexley 2 (Vardeen 23, Holm
     * 56)"), as {where its name ends, where what follows starts}; null when none starts there.
     */
    static int[] scoredSide(String text, List<Token> tokens, int start, int to, int digits) {
        int i = sideName(text, tokens, start, to);
        if (i == start || i >= to || !isWholeNumber(tokens.get(i).text(), digits)) {
            return null;
        }
        int nameEnd = i;
        i++;
        if (i < to && tokens.get(i).text().equals("(")) {
            while (i < to && !tokens.get(i).text().equals(")")) {
                i++; // the side's scorers: "Brexley 2 (Vardeen 23, Holm 56) Tarnfield 0"
            }
            i++;
        }
        return new int[] {nameEnd, i};
    }

    /** Where a side's name that starts at token {@code start} ends: after one to three capitalised words, or none. */
    static int sideName(String text, List<Token> tokens, int start, int to) {
        int i = start;
        while (i < to && i - start < 3 && tokens.get(i).word() && tokens.get(i).capitalised()
                && (i == start || spacesOnly(text, tokens.get(i - 1), tokens.get(i)))) {
            i++;
        }
        return i;
    }

    /**
     * A side of a result that no name covers yet is a team: an organisation, or a country's national team, a place.
     * So is a side whose words a city or a club's other names cover in part ("NY RANGERS"), and one the model took
     * whole for a person ("Fortuna Sittard 0"); one a person's name or a nation covers in part is left as it is, and
     * so is one of common words only.
     */
    void addTeam(String text, List<Token> tokens, int start, int end, List<Mention> mentions) {
        addTeam(text, tokens, start, end, mentions, false);
    }

    /**
     * The side of a result, tokens [start, end), a team ({@link #addTeam(String, List, int, int, List)}); with
     * {@code commonToo} even when its words are common ones.
     */
    void addTeam(String text, List<Token> tokens, int start, int end, List<Mention> mentions,
                         boolean commonToo) {
        boolean inPart = false;
        for (Mention m : mentions) {
            if (m.start() == start && m.end() == end && m.type() == Type.PER && !m.known()) {
                // "Fortuna Sittard 0": the model's person is a side of the results, a club
                replace(mentions, new Mention(start, end, Type.ORG, m.name(), false));
                return;
            }
            if (m.start() < end && start < m.end()) {
                if (m.start() < start || m.end() > end || m.end() - m.start() == end - start || m.type() == Type.PER
                        || gazetteer.isNation(m.name())) {
                    return;
                }
                inPart = true; // "NY" of "NY RANGERS 3 Pittsburgh 3": a club's city
            }
        }
        if (inPart) {
            replace(mentions, new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false));
            return;
        }
        boolean commonWords = true;
        for (int k = start; k < end; k++) {
            commonWords &= common(tokens.get(k).text());
        }
        if (commonWords && !commonToo || isDescriptive(tokens, start, end)
                || NOT_NAMES.contains(tokens.get(start).text())) {
            return; // "Apples 2 Eggs 12": a list of things, not of results
        }
        String name = spanText(text, tokens, start, end);
        mentions.add(new Mention(start, end, gazetteer.isNation(name) ? Type.LOC : Type.ORG, name, false));
    }

    void resultLine(String text, List<Token> tokens, int from, int to, List<Mention> mentions) {
        List<int[]> runs = new ArrayList<>();
        int figures = 0;
        for (int i = from; i < to; ) {
            Token t = tokens.get(i);
            if (t.text().equals("(")) {
                while (i < to && !tokens.get(i).text().equals(")")) {
                    i++; // a score's scorers, "(van Hooijdonk 12, 55 pen)"
                }
                continue;
            }
            if (t.word() && !t.capitalised()) {
                return; // a sentence, not a line of results
            }
            if (!t.word()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < to && tokens.get(end).word() && tokens.get(end).capitalised()
                    && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
                end++;
            }
            int numbers = 0;
            while (end + numbers < to && Character.isDigit(tokens.get(end + numbers).text().charAt(0))) {
                numbers++;
            }
            // a date is no score: "PRESS DIGEST - Jordan - August 22 . AMMAN 1996-08-22"
            if (numbers > 0 && !datelineFollows(tokens, end) && !(end - i == 1 && MONTH_NAMES.contains(t.text()))) {
                runs.add(new int[] {i, end});
                figures = Math.max(figures, numbers);
            }
            i = end + numbers;
        }
        if (runs.size() < 2 && figures < 3) {
            return;
        }
        for (int[] run : runs) {
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                if (m.start() == run[0] && m.end() == run[1] && m.type() == Type.LOC
                        && !gazetteer.isNation(m.name())) {
                    mentions.set(k, m.as(Type.ORG));
                }
            }
        }
    }

    /**
     * A table of standings: three or more lines in a row, each a name of one to three capitalised words and a row of
     * at least six whole numbers, nothing else ("Ajax 10 8 2 0 22 5 26"), and in a text that has such a table, two
     * lines too (a division of two teams). Each name is a team: a club, an organisation, or a country's national
     * team, a place (as {@link #results} has it).
     */
    void standings(String text, List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        List<int[]> rows = new ArrayList<>();
        List<List<int[]>> tables = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            int[] line = lines.get(l);
            int[] name = standingsRow(text, tokens, line[0], line[1]);
            if (name != null) {
                rows.add(name);
                continue;
            }
            if (!rows.isEmpty()) {
                tables.add(List.copyOf(rows));
            }
            rows.clear();
            if (line[1] - line[0] == 2 && TABLE_HEADINGS.contains(tokens.get(line[0] + 1).text())
                    && l + 1 < lines.size() && (standingsRow(text, tokens, lines.get(l + 1)[0], lines.get(l + 1)[1])
                    != null || l + 2 < lines.size()
                    && standingsRow(text, tokens, lines.get(l + 2)[0], lines.get(l + 2)[1]) != null)) {
                // "ATLANTIC DIVISION" over a table's rows (or over its columns' headings): a division, no place
                mentions.removeIf(m -> m.start() >= line[0] && m.end() <= line[1]);
            }
        }
        if (!rows.isEmpty()) {
            tables.add(rows);
        }
        // a table of three rows or more makes the text a table's: its divisions of two rows are tables too
        if (tables.stream().anyMatch(t -> t.size() >= 3)) {
            tables.stream().filter(t -> t.size() >= 2).forEach(t -> teamsOf(text, tokens, t, mentions));
        }
    }

    /**
     * The lines of a text, where a line that runs three or more of a table's rows together ("PTS HARTFORD 12 7 6 77
     * 76 30 BUFFALO 13 9 3 68 64 29 PITTSBURGH ...", as a text that runs its lines together writes them) is cut into
     * its rows, each a name of one to three capitalised words (no column's or table's heading: "PTS", "DIVISION")
     * and six whole numbers or more, or three with a winning percentage ("MIAMI 8 2 .800 - NEW YORK 7 2 .778 1/2"),
     * and the stretches between them.
     */
    static List<int[]> rowsRunOn(String text, List<Token> tokens, List<int[]> lines, Marks marks) {
        List<int[]> cut = new ArrayList<>(lines.size());
        for (int[] line : lines) {
            if (marks.numbers().get(line[0], line[1]).cardinality() < 9) {
                cut.add(line); // fewer numbers than three rows hold
                continue;
            }
            List<int[]> pieces = new ArrayList<>();
            int rows = 0;
            int stretch = line[0];
            for (int k = line[0]; k < line[1]; ) {
                int end = rowRunOn(text, tokens, k, line[1]);
                if (end < 0) {
                    k++;
                    continue;
                }
                if (stretch < k) {
                    pieces.add(new int[] {stretch, k});
                }
                pieces.add(new int[] {k, end});
                rows++;
                stretch = end;
                k = end;
            }
            if (rows < 3) {
                cut.add(line);
                continue;
            }
            if (stretch < line[1]) {
                pieces.add(new int[] {stretch, line[1]});
            }
            cut.addAll(pieces);
        }
        return cut;
    }

    /** The end of a table's row that starts at token {@code k} (see {@link #rowsRunOn}), or -1. */
    static int rowRunOn(String text, List<Token> tokens, int k, int to) {
        int end = k;
        while (end < to && end - k < 3 && nameOfRow(tokens.get(end))
                && (end == k || spacesOnly(text, tokens.get(end - 1), tokens.get(end)))) {
            end++;
        }
        if (end == k || k > 0 && nameOfRow(tokens.get(k - 1)) && !TABLE_HEADINGS.contains(tokens.get(k - 1).text())) {
            return -1; // no name, or not from its first word
        }
        int numbers = 0;
        boolean percentage = false;
        while (end < to) {
            String t = tokens.get(end).text();
            if (isWholeNumber(t, 3) || t.equals("1.000") || t.equals("0.000")) {
                numbers++;
            } else if (t.equals(".") && end + 1 < to && tokens.get(end + 1).text().length() == 3
                    && isWholeNumber(tokens.get(end + 1).text(), 3)
                    && tokens.get(end).end() == tokens.get(end + 1).start()) {
                percentage = true; // ".778": won, lost, a winning percentage, games behind
                numbers++;
                end++;
            } else if (!t.equals("-") && !FRACTION.matcher(t).matches()) {
                break;
            }
            percentage |= t.equals("1.000") || t.equals("0.000");
            end++;
        }
        return numbers >= 6 || percentage && numbers >= 3 ? end : -1;
    }

    /** Headings of a table's columns: won, lost, tied (drawn), goals or points for and against, points... */
    static final Set<String> COLUMN_HEADINGS = wordSet("W", "L", "T", "D", "P", "F", "A", "GF", "GA", "GP",
            "PF", "PA", "PTS", "Pts", "PCT", "Pct", "GB", "OTL", "SO", "NR", "RR", "HOME", "AWAY");

    /** Whether a word can be part of a row's name: capitalised, neither a column's heading ("PTS") nor a table's. */
    static boolean nameOfRow(Token t) {
        String w = t.text();
        return t.word() && t.capitalised() && !COLUMN_HEADINGS.contains(w) && !TABLE_HEADINGS.contains(w);
    }

    /** The name of a line of standings, tokens [from, to): its token range, or null for any other line. */
    static int[] standingsRow(String text, List<Token> tokens, int from, int to) {
        int end = from;
        while (end < to && end - from < 4 && tokens.get(end).word() && tokens.get(end).capitalised()
                && (end == from || spacesOnly(text, tokens.get(end - 1), tokens.get(end)))) {
            end++;
        }
        if (end == from || end - from > 3) {
            return null;
        }
        int numbers = 0;
        boolean percentage = false;
        for (int k = end; k < to; k++) {
            String t = tokens.get(k).text();
            if (t.chars().allMatch(Character::isDigit)) {
                numbers++;
            } else if (t.equals(".") && k + 1 < to && tokens.get(k + 1).text().length() == 3
                    && tokens.get(k).end() == tokens.get(k + 1).start()) {
                percentage = true; // ".778": a winning percentage
            } else if (t.equals("1.000") || t.equals("0.000")) {
                percentage = true; // "CHICAGO 10 0 1.000 -": all won, a number as ".778" is
                numbers++;
            } else if (!t.equals("-") && !FRACTION.matcher(t).matches()) {
                return null;
            }
        }
        // "MIAMI 14 4 .778 -", "NEW YORK 10 6 .625 3 1/2": won, lost, percentage, games behind
        return numbers >= 6 || percentage && numbers >= 3 ? new int[] {from, end} : null;
    }

    /** Makes the names of a run of standings' rows teams, when the run is a table (three rows or more). */
    void teamsOf(String text, List<Token> tokens, List<int[]> rows, List<Mention> mentions) {
        for (int[] row : rows) {
            String name = inCapitals(tokens, row[0], row[1]) ? titleCased(tokens, row[0], row[1])
                    : spanText(text, tokens, row[0], row[1]); // "HARTFORD" of a table in capitals is Hartford
            Entry known = lookup(tokens, row[0], row[1]);
            Type type = known != null && known.kind() == Kind.COUNTRY ? Type.LOC : Type.ORG;
            Mention team = new Mention(row[0], row[1], type, known != null ? known.canonical() : name, known != null);
            replace(mentions, team);
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * A leaderboard: lines in a row, each a rank or score (or several: "70 68 138") and then names separated by
     * commas, each maybe with its country in parentheses ("66 Kerrin Olde, Tavo Brennich (Spain)") and its rounds'
     * scores ("135 Ian Woosnam 67 68, Tiger Woods (U.S.) 68 67"), the last maybe with a time or a distance after it
     * ("2. Hicham El Guerrouj (Morocco) 3:32.80"). When at least
     * two of the block's names are a player's by the usual signs (a given name first, a country after), so are the
     * others of two or three words, none of them a common word or a known name ("67 Retief Goosen"). A ranked list of
     * products has no such signs ("1. Breville Bambino").
     */
    void leaderboards(String text, List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        List<int[]> names = new ArrayList<>();
        int strong = 0;
        for (int l = 0; l <= lines.size(); l++) {
            List<int[]> lineNames = l < lines.size() ? leaderboardLine(text, tokens, lines.get(l)) : null;
            if (lineNames == null) {
                if (strong >= 2) {
                    for (int[] name : names) {
                        if (name[2] != 0 || name[1] - name[0] >= 2 && noCommonWord(tokens, name[0], name[1])
                                && noKnownWord(tokens, name[0], name[1])) {
                            replace(mentions, new Mention(name[0], name[1], Type.PER,
                                    spanText(text, tokens, name[0], name[1]), false));
                        }
                    }
                    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
                }
                names.clear();
                strong = 0;
                continue;
            }
            for (int[] name : lineNames) {
                strong += name[2];
            }
            names.addAll(lineNames);
        }
    }

    /**
     * The names of a leaderboard's line ({@link #leaderboards}), each {start, end, 1 when a given name opens it or a
     * country follows it, else 0}; null for any other line.
     */
    List<int[]> leaderboardLine(String text, List<Token> tokens, int[] line) {
        int i = line[0];
        int numbers = 0;
        while (i < line[1] && (isWholeNumber(tokens.get(i).text(), 3) || numbers > 0 && tokens.get(i).text()
                .equals("."))) {
            numbers++;
            i++;
        }
        if (numbers == 0 || i == line[1]) {
            return null;
        }
        List<int[]> names = new ArrayList<>();
        while (i < line[1]) {
            int start = i;
            while (i < line[1] && i - start < 4 && tokens.get(i).word() && (tokens.get(i).capitalised()
                    || particle(tokens.get(i).text()) && i > start)
                    && (i == start || spacesOnly(text, tokens.get(i - 1), tokens.get(i)))) {
                i++;
            }
            if (i == start || !looksLikeName(tokens, start, i) && i - start > 1) {
                return null;
            }
            boolean country = i < line[1] && tokens.get(i).text().equals("(") && countryInParentheses(tokens, i);
            int end = i;
            if (country) {
                i = closingParenthesis(tokens, i) + 1;
            }
            Entry known = lookup(tokens, start, end);
            if (known != null && known.kind() != Kind.ORGANIZATION) {
                return null; // "5. Virginia Beach, VA 65.2": a ranking of places
            }
            boolean given = end - start >= 2 && gazetteer.isAnyGivenName(tokens.get(start).text());
            names.add(new int[] {start, end, country || given ? 1 : 0});
            int rounds = i;
            while (rounds < line[1] && isWholeNumber(tokens.get(rounds).text(), 3)) {
                rounds++;
            }
            if (rounds > i && rounds < line[1] && tokens.get(rounds).text().equals(",")) {
                i = rounds; // "135 Ian Woosnam 67 68 , Tiger Woods ( U.S. ) 68 67": each player's rounds
            }
            if (i < line[1] && !tokens.get(i).text().equals(",")) {
                // "1. Venuste Niyongabo (Burundi) 3:32.45": a time, a distance or points end the line
                return marksOnly(tokens, i, line[1]) ? names : null;
            }
            i++;
        }
        return names;
    }

    /** Whether tokens [from, to) are each of digits, and of colons, periods and commas between them: "3:32.45". */
    private static boolean marksOnly(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String mark = tokens.get(k).text();
            if (!Character.isDigit(mark.charAt(0)) || !Character.isDigit(mark.charAt(mark.length() - 1))) {
                return false;
            }
            for (int c = 1; c < mark.length() - 1; c++) {
                char ch = mark.charAt(c);
                if (!Character.isDigit(ch) && ch != ':' && ch != '.' && ch != ',') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A match's scorers are people: in parentheses after a side's score, or after "Scorers:" to the end of the line,
     * each a name of one to three capitalised words (an initial's period allowed) and the minutes of its goals, one
     * or more, each of one to three digits and maybe a penalty's or an own goal's mark ("Brexley 2 (Vardeen 23 pen,
     * Holm 56, 71) Tarnfield 0", "Scorers: Vardeen 12, Holm 40"), whatever the model or the lists made of them; so
     * are an innings' batsmen and bowlers, with their runs or figures ("Essex 532-8 declared (Nasser Hussain 158;
     * Andrew Caddick 5-41)"). The
     * whole list must read so, or none of it counts: "Shell 12 (11)" and "rose 2 (from 1)" name nobody.
     */
    void scorers(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean changed = false;
        BitSet opening = (BitSet) marks.parentheses().clone(); // "(" or ":"
        opening.or(marks.colons());
        for (int open = opening.nextSetBit(1); open >= 0 && open + 2 < tokens.size();
                open = opening.nextSetBit(open + 1)) {
            String t = tokens.get(open).text();
            boolean parenthesis = t.equals("(") && (isWholeNumber(tokens.get(open - 1).text(), 3)
                    || tokens.get(open - 1).text().equals("declared")); // a side's score, or its innings
            if (!parenthesis && !(t.equals(":") && SCORERS_HEADINGS.contains(tokens.get(open - 1).text()))) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            int end = scorerList(text, tokens, open + 1, parenthesis, names);
            if (end < 0) {
                continue;
            }
            for (int[] name : names) {
                replace(mentions, new Mention(name[0], name[1], Type.PER, spanText(text, tokens, name[0], name[1]),
                        false));
            }
            if (parenthesis && !tokens.get(open - 1).text().equals("declared")) {
                sidesOfScorers(text, tokens, open - 1, end, mentions);
            }
            open = end;
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * The sides of a match whose scorers follow a score in parentheses are teams, whatever the lists made of them
     * (a city is the club there): the side before the score, one to three capitalised words that open the text, a
     * line or a sentence or follow a colon or the other side's score, and that other side, before it ("Tottenham 0
     * Wimbledon 1 (Ekoku 81)") or after the parentheses' end ("Liverpool 2 (Fowler 35) Southampton 1").
     */
    void sidesOfScorers(String text, List<Token> tokens, int score, int close, List<Mention> mentions) {
        int start = sideOfScore(text, tokens, score);
        if (start < 0) {
            return;
        }
        teamOfResult(text, tokens, start, score, mentions);
        int otherStart = start >= 2 && isWholeNumber(tokens.get(start - 1).text(), 3)
                ? sideOfScore(text, tokens, start - 1) : -1;
        if (otherStart >= 0) {
            teamOfResult(text, tokens, otherStart, start - 1, mentions);
        } else if (close + 1 < tokens.size()) {
            int[] after = scoredSide(text, tokens, close + 1, Math.min(tokens.size(), close + 6), 3);
            if (after != null && spacesOnly(text, tokens.get(close), tokens.get(close + 1))) {
                teamOfResult(text, tokens, close + 1, after[0], mentions);
            }
        }
    }

    /**
     * Where the side whose score is token {@code score} starts: one to three capitalised words right before it, after
     * the text's start, a line break, a sentence's period, a colon or another score; -1 when there is none.
     */
    static int sideOfScore(String text, List<Token> tokens, int score) {
        int start = capitalisedBefore(text, tokens, score);
        if (start == score) {
            return -1;
        }
        if (start == 0 || Tokens.lineBreakBefore(text, tokens, start)) {
            return start;
        }
        String before = tokens.get(start - 1).text();
        return before.equals(".") || before.equals(":") || isWholeNumber(before, 3) ? start : -1;
    }

    /** A side of a result is a team: a city the lists made a place is the club there, else as {@link #addTeam}. */
    void teamOfResult(String text, List<Token> tokens, int start, int end, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() == start && m.end() == end && m.type() == Type.LOC && !gazetteer.isNation(m.name())) {
                mentions.set(k, m.as(Type.ORG));
                return;
            }
        }
        addTeam(text, tokens, start, end, mentions);
    }

    /**
     * Reads a list of scorers from token {@code k} ({@link #scorers}) into {@code names} ({start, end} each): where
     * it ends, the closing parenthesis with {@code closing}, else the line's end; -1 when it is no such list.
     */
    static int scorerList(String text, List<Token> tokens, int k, boolean closing, List<int[]> names) {
        int size = tokens.size();
        while (true) {
            int start = k;
            while (k < size && k - start < 4 && tokens.get(k).word() && (tokens.get(k).capitalised()
                    || particle(tokens.get(k).text()) && k + 1 < size && tokens.get(k + 1).capitalised())
                    && (k == start || spacesOnly(text, tokens.get(k - 1), tokens.get(k)))) {
                k++; // "Vardeen", "van Hooijdonk", "Di Canio"
            }
            if (k == start || NOT_NAMES.contains(tokens.get(start).text()) || GOAL_MARKS.contains(tokens.get(start)
                    .text())) {
                return -1;
            }
            names.add(new int[] {start, k});
            int minutes = 0;
            while (k < size && isWholeNumber(tokens.get(k).text(), 3)) {
                minutes++;
                k++;
                if (k < size && GOAL_MARKS.contains(tokens.get(k).text())) {
                    k++;
                } else if (k + 1 < size && tokens.get(k).text().equals("-")
                        && isWholeNumber(tokens.get(k + 1).text(), 3) && adjacent(text, tokens, k - 1, k + 2)) {
                    k += 2; // a bowler's figures: "5-41"
                }
                if (k + 1 < size && tokens.get(k).text().equals(",") && isWholeNumber(tokens.get(k + 1).text(), 3)) {
                    k++; // the same scorer's next goal
                } else {
                    break;
                }
            }
            if (minutes == 0) {
                return -1;
            }
            if (k >= size) {
                return closing ? -1 : k;
            }
            String next = tokens.get(k).text();
            if (closing ? next.equals(")") : Tokens.lineBreakBefore(text, tokens, k) || next.equals(".")) {
                return k;
            }
            if (!next.equals(",") && !next.equals(";")) {
                return -1;
            }
            k++;
        }
    }

    /**
     * A result told in a sentence: a side, a verb of winning ("beat", "drew with", "lost to"), the other side, then
     * the score. One score makes both sides teams ("Ajax beat Feyenoord 2-1", "Juve beat Parma 2-0"): organisations,
     * a country staying a place (its national team); two or more set scores, each up to 7 with a 6 or a 7 in it,
     * make them players ("Ivanisevic beat Siemerink 6-4 7-6", "Seles lost to Novotna 7-5 6-4"): people, unless a
     * side is a known name. A side is one to three capitalised words; a person's name the text already gave stays.
     */
    void scoredResults(String text, List<Token> tokens, List<Mention> mentions) {
        for (int v = 1; v + 2 < tokens.size(); v++) {
            Token before = tokens.get(v - 1);
            boolean country = before.text().equals(")");
            if (!country && (!before.capitalised() || !before.word())) {
                continue; // no left side: most words, asked first
            }
            String verb = tokens.get(v).text();
            int other = RESULT_VERBS.contains(verb) ? v + 1
                    : (verb.equals("drew") || verb.equals("draw")) && tokens.get(v + 1).text().equals("with")
                    || verb.equals("lost") && tokens.get(v + 1).text().equals("to") ? v + 2 : -1;
            if (other < 0 || !spacesOnly(text, tokens.get(v - 1), tokens.get(v))) {
                continue;
            }
            if (other + 2 < tokens.size() && isWholeNumber(tokens.get(other).text(), 2)
                    && tokens.get(other + 1).text().equals("-")) {
                other += 2; // the other side's seeding: "beat 5 - Petr Korda (Czech Republic) 7-6 6-2"
            }
            // a player's country in parentheses after the name: "Karel Novak (Czech Republic) beat ..."
            int leftEnd = country ? countryBefore(text, tokens, v) : v;
            if (leftEnd < 1) {
                continue;
            }
            int leftStart = leftEnd;
            while (leftStart > 0 && leftEnd - leftStart < 3 && side(text, tokens, leftStart - 1, leftStart)) {
                leftStart--;
            }
            int rightEnd = other;
            while (rightEnd < tokens.size() && rightEnd - other < 3 && side(text, tokens, rightEnd, rightEnd - 1)) {
                rightEnd++;
            }
            if (leftStart == leftEnd || rightEnd == other) {
                continue;
            }
            int scoresFrom = countryAfter(text, tokens, rightEnd);
            int scores = 0;
            int sets = 0;
            for (int k = scoresFrom, set; (set = score(text, tokens, k)) >= 0; k += 3) {
                scores++;
                sets += set;
                if (k + 3 < tokens.size() && tokens.get(k + 3).text().equals("(") && score(text, tokens, k + 4) >= 0) {
                    k += 5; // a tie-break's points, "7-6 (7-3)"
                }
            }
            if (scores == 0 || scores > 1 && sets < scores) {
                continue;
            }
            Type type = scores == 1 ? Type.ORG : Type.PER;
            resultSide(text, tokens, leftStart, leftEnd, type, mentions);
            resultSide(text, tokens, other, rightEnd, type, mentions);
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * A result told with the score before the other side: "Mouscron won 3-0 at Charleroi", "Standard Liege drew 1-1
     * with Lierse", "Genk lost 2-1 to Lokeren"; and a draw's two sides before the verb: "Lommel and Ekeren drew 0-0".
     * One score (a second would be a player's sets): the sides are teams, as in {@link #scoredResults}.
     */
    void resultsScoreFirst(String text, List<Token> tokens, List<Mention> mentions) {
        for (int v = 1; v + 3 < tokens.size(); v++) {
            Token before = tokens.get(v - 1);
            if (!before.capitalised() || !before.word() || !SCORE_FIRST_VERBS.contains(tokens.get(v).text())
                    || score(text, tokens, v + 1) < 0 || score(text, tokens, v + 4) >= 0
                    || !spacesOnly(text, before, tokens.get(v))) {
                continue; // most words: no side before them, asked first
            }
            int leftStart = v;
            while (leftStart > 0 && v - leftStart < 3 && side(text, tokens, leftStart - 1, leftStart)) {
                leftStart--;
            }
            int other = v + 5;
            int rightEnd = other;
            if (other < tokens.size() && SIDE_AFTER_SCORE.contains(tokens.get(v + 4).text())) {
                while (rightEnd < tokens.size() && rightEnd - other < 3
                        && side(text, tokens, rightEnd, rightEnd - 1)) {
                    rightEnd++;
                }
            } else if (tokens.get(v).text().equals("drew") && leftStart >= 2
                    && tokens.get(leftStart - 1).text().equals("and")) {
                rightEnd = leftStart - 1; // "Lommel and Ekeren drew 0-0": the other side before "and"
                other = rightEnd;
                while (other > 0 && rightEnd - other < 3 && side(text, tokens, other - 1, other)) {
                    other--;
                }
            }
            if (leftStart == v || rightEnd == other) {
                continue;
            }
            resultSide(text, tokens, leftStart, v, Type.ORG, mentions);
            resultSide(text, tokens, Math.min(other, rightEnd), Math.max(other, rightEnd), Type.ORG, mentions);
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** Verbs of a result told score first: "won 3-0 at", "drew 1-1 with", "lost 2-1 to". */
    static final Set<String> SCORE_FIRST_VERBS = wordSet("won", "drew", "lost");

    /** Words between a result's score and the other side: "won 3-0 at Charleroi", "lost 2-1 to Lokeren". */
    static final Set<String> SIDE_AFTER_SCORE = wordSet("with", "to", "at", "against", "over");

    /**
     * Where the side before a country in parentheses that ends before token {@code end} ends ("Novak (Czech
     * Republic)": the "("), or -1 when no such country is there: one to three capitalised words or "U.S." inside, a
     * space before the "(".
     */
    static int countryBefore(String text, List<Token> tokens, int end) {
        for (int open = end - 3; open >= Math.max(1, end - 5); open--) {
            if (tokens.get(open).text().equals("(")) {
                return inParentheses(tokens, open, end - 1) && spacesOnly(text, tokens.get(open - 1),
                        tokens.get(open)) ? open : -1;
            }
        }
        return -1;
    }

    /**
     * After a country in parentheses that starts at token {@code start} ("(Estonia) 6-3"); {@code start} when none
     * does.
     */
    static int countryAfter(String text, List<Token> tokens, int start) {
        if (start >= tokens.size() || !tokens.get(start).text().equals("(")) {
            return start;
        }
        int close = closingParenthesis(tokens, start);
        return close > 0 && inParentheses(tokens, start, close) ? close + 1 : start;
    }

    /** Whether the tokens between parentheses {@code open} and {@code close} are one to three capitalised words. */
    static boolean inParentheses(List<Token> tokens, int open, int close) {
        if (close - open < 2 || close - open > 4) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            if (!tokens.get(k).word() || !tokens.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k}, next to token {@code joined}, is one more capitalised word of a result's side. */
    static boolean side(String text, List<Token> tokens, int k, int joined) {
        Token t = tokens.get(k);
        return t.word() && t.capitalised() && !NOT_NAMES.contains(t.text())
                && spacesOnly(text, tokens.get(Math.min(k, joined)), tokens.get(Math.max(k, joined)));
    }

    /**
     * Whether a score starts at token {@code k} (two numbers joined by a hyphen, "2-1"): -1 when none does, 1 when it
     * is a set's (each number up to 7, one of them 6 or 7), 0 for any other.
     */
    static int score(String text, List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k + 1).text().equals("-")
                || tokens.get(k).end() != tokens.get(k + 1).start()
                || tokens.get(k + 1).end() != tokens.get(k + 2).start()) {
            return -1;
        }
        String a = tokens.get(k).text();
        String b = tokens.get(k + 2).text();
        if (!a.chars().allMatch(Character::isDigit) || !b.chars().allMatch(Character::isDigit) || a.length() > 3
                || b.length() > 3) {
            return -1;
        }
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        return Math.max(x, y) <= 7 && Math.max(x, y) >= 6 ? 1 : 0;
    }

    /** Types one side of a result, tokens [start, end): see {@link #scoredResults}. */
    void resultSide(String text, List<Token> tokens, int start, int end, Type type, List<Mention> mentions) {
        Mention side = new Mention(start, end, type, spanText(text, tokens, start, end), false);
        Entry known = lookup(tokens, start, end);
        if (known != null && (type == Type.PER || known.kind() == Kind.COUNTRY || known.kind() == Kind.ORGANIZATION)
                || mentions.stream().anyMatch(m -> overlaps(m, side) && m.type() == Type.PER
                        && m.end() - m.start() > 1)) {
            return; // a known name, a national team, or a person named in full
        }
        replace(mentions, side);
    }
}
