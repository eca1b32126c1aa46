package io.newsflow.enrich.entities;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import io.newsflow.events.Entities;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named entities from gazetteers and capitalised-span rules, for English text:
 * <ol>
 *   <li>known spellings (organisations, countries, cities), longest first, normalised to one name ("U.N." =
 *       "UN" = "United Nations"; "N. Korea" = "North Korea"); a city counts only when it stands alone, so that
 *       "George Washington" is not a place;</li>
 *   <li>other capitalised spans: an organisation when they end with an institutional word ("Ministry",
 *       "Council", "Agency"...); a person when a title is next to them ("Ambassador", "Amb.", "President",
 *       "leader"...), a role follows them ("Kim Yong-hyon, director-general of"), they start with a known given
 *       or family name, or a speech verb follows them.</li>
 * </ol>
 * A name found as a place is never reported as a person, nor the reverse. Immutable and thread-safe.
 */
public final class EntityExtractor {

    private static final Set<String> ORG_SUFFIXES = Set.of("Ministry", "Council", "Agency", "Commission",
            "Department", "Committee", "Company", "Corporation", "Corp.", "Inc.", "Ltd", "Group", "Bank",
            "University", "Institute", "Association", "Foundation", "Party", "Office", "Service", "Court", "Assembly",
            "Organization", "Organisation", "Authority", "Bureau", "Federation", "Union", "Network", "Broadcasting",
            "Pictures", "Times", "Post", "Airlines", "Motors", "Electronics", "Fund", "Forum", "Administration",
            "Police", "Coalition", "Alliance", "Church", "School", "College", "Hospital", "Center", "Centre");
    private static final Set<String> TITLES = Set.of("President", "Ambassador", "Amb.", "Minister", "Secretary",
            "Envoy", "Representative", "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Mayor", "Chairman",
            "Chairwoman", "Chair", "Leader", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "General",
            "Gen.", "Premier", "Chancellor", "Prince", "Princess", "Pope", "Judge", "Justice", "Commissioner",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Vice",
            "Deputy", "Prime", "Chief", "Special", "Sir", "Dame", "Lord", "Lady", "Rev.", "Father", "Sister");
    /** Lower-case words that, right before a capitalised span, make it a person ("North Korean leader Kim Jong Un"). */
    private static final Set<String> TITLE_WORDS_BEFORE = Set.of("leader", "envoy", "ambassador", "minister",
            "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "chairman", "director", "official",
            "lawmaker", "senator", "governor", "mayor", "chief", "head", "premier", "chancellor", "dictator", "actor",
            "actress", "singer", "coach", "player", "author", "writer", "professor", "judge", "prosecutor");
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "^\\s*,\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}?"
                    + "(?i:special representative|representative|ambassador|envoy|director|minister|spokes\\w+|"
                    + "president|chief|head|leader|secretary|senator|professor|chairman|chairwoman|executive|"
                    + "official|adviser|advisor|correspondent|analyst|researcher|founder|member|deputy|vice|"
                    + "governor|mayor|lawmaker|commander|general|coach|ceo|author)");
    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^\\s+(?:said|says|told|added|warned|noted|wrote|stated|emphasized|emphasised|insisted|argued|"
                    + "explained|announced|urged|asked)\\b");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "de", "van", "von", "al", "on");
    /** Capitalised only because they open a sentence or a heading; they never start a name. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "Last", "Also", "But",
            "However", "Under", "Earlier", "During", "According", "This", "That", "These", "Those", "It", "He",
            "She", "They", "We", "Our", "Its", "His", "Her", "Their", "After", "Before", "As", "For", "From", "With",
            "While", "When", "If", "Absent", "Investment", "Respect", "Among", "Following", "Until", "Since", "Some",
            "Many", "Most", "Other", "Both", "Each", "Every", "No", "Not", "Yes", "Then", "There", "Here", "What",
            "Why", "How", "Who", "Where", "Which", "And", "Or", "So", "Yet", "FILE", "Breaking", "News", "Send",
            "To", "By", "Get", "Latest", "Posts", "Share", "Read", "More", "Direct", "Link", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "I", "You", "My", "Your");

    private final Gazetteer gazetteer = new Gazetteer();

    /** The people, organisations and locations of a text, each in order of first mention. */
    public Entities extract(String text) {
        if (text == null || text.isBlank()) {
            return Entities.NONE;
        }
        List<Token> tokens = Tokens.split(text);
        Set<String> people = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        Set<String> locations = new LinkedHashSet<>();
        boolean[] known = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int matched = matchKnown(text, tokens, i, organizations, locations, known);
            i += Math.max(matched, 1);
        }
        for (List<Token> run : capitalisedRuns(text, tokens, known)) {
            classify(text, run, people, organizations);
        }
        people.removeIf(p -> locations.contains(p) || organizations.contains(p) || isKnownPlace(p));
        people.removeIf(p -> people.stream().anyMatch(q -> !q.equals(p) && q.contains(p)));
        return new Entities(List.copyOf(people), List.copyOf(organizations), List.copyOf(locations));
    }

    /** Tries the longest known spelling starting at token {@code i}; returns how many tokens it took (0: none). */
    private int matchKnown(String text, List<Token> tokens, int i, Set<String> organizations, Set<String> locations,
                           boolean[] known) {
        if (!tokens.get(i).capitalised()) {
            return 0;
        }
        for (int n = Math.min(gazetteer.longestSpelling(), tokens.size() - i); n >= 1; n--) {
            List<Token> span = tokens.subList(i, i + n);
            if (!span.get(n - 1).capitalised() || !adjacent(text, span)) {
                continue;
            }
            Entry entry = lookup(span);
            if (entry == null) {
                continue;
            }
            boolean alone = (i == 0 || !joins(text, tokens.get(i - 1), tokens.get(i)))
                    && (i + n >= tokens.size() || !joins(text, tokens.get(i + n - 1), tokens.get(i + n)));
            if (entry.kind() == Kind.CITY && !alone) {
                return 0; // "George Washington", "Washington Post": part of a longer name
            }
            (entry.kind() == Kind.ORGANIZATION ? organizations : locations).add(entry.canonical());
            for (int k = i; k < i + n; k++) {
                known[k] = true;
            }
            return n;
        }
        return 0;
    }

    private Entry lookup(List<Token> span) {
        List<String> words = new ArrayList<>(span.size());
        for (Token t : span) {
            words.add(t.text());
        }
        Entry entry = gazetteer.lookup(words);
        String last = words.get(words.size() - 1);
        if (entry == null && last.endsWith(".")) {
            words.set(words.size() - 1, last.substring(0, last.length() - 1));
            entry = gazetteer.lookup(words);
        }
        if (entry == null && span.size() == 1 && last.length() > 3 && last.equals(last.toUpperCase(Locale.ROOT))) {
            // datelines: "WASHINGTON:"
            entry = gazetteer.lookup(List.of(last.charAt(0) + last.substring(1).toLowerCase(Locale.ROOT)));
        }
        return entry == null || (span.size() == 1 && words.get(0).length() < 2) ? null : entry;
    }

    private boolean isKnownPlace(String name) {
        Entry e = gazetteer.lookup(List.of(name.split(" ")));
        return e != null && e.kind() != Kind.ORGANIZATION;
    }

    /** Runs of capitalised tokens not taken by the gazetteer, joined by connectors such as "of". */
    private static List<List<Token>> capitalisedRuns(String text, List<Token> tokens, boolean[] known) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean name = t.capitalised() && !known[i] && !(run.isEmpty() && NOT_NAMES.contains(t.text()));
            boolean connector = !run.isEmpty() && CONNECTORS.contains(t.text()) && i + 1 < tokens.size()
                    && tokens.get(i + 1).capitalised() && !known[i + 1];
            boolean contiguous = run.isEmpty() || spacesOnly(text, tokens.get(i - 1), t);
            if ((name || connector) && contiguous) {
                run.add(t);
            } else {
                flush(runs, run);
                if (name) {
                    run.add(t);
                }
            }
        }
        flush(runs, run);
        return runs;
    }

    private static void flush(List<List<Token>> runs, List<Token> run) {
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
            run.clear();
        }
    }

    private void classify(String text, List<Token> run, Set<String> people, Set<String> organizations) {
        Token last = run.get(run.size() - 1);
        if (ORG_SUFFIXES.contains(last.text()) && run.size() > 1) {
            organizations.add(spanText(text, run.get(0).text().equals("The") ? run.subList(1, run.size()) : run));
            return;
        }
        int afterTitle = 0;
        for (int k = 0; k < run.size(); k++) {
            if (TITLES.contains(run.get(k).text())) {
                afterTitle = k + 1;
            }
        }
        List<Token> name = run.subList(afterTitle, run.size());
        int given = firstGivenName(name);
        boolean titled = afterTitle > 0 || TITLE_WORDS_BEFORE.contains(wordBefore(text, run.get(0).start()));
        String after = text.substring(last.end(), Math.min(text.length(), last.end() + 80));
        if (given > 0 && afterTitle > 0) {
            name = name.subList(given, name.size());
        } else if (afterTitle > 0 && (name.size() > 3 || name.stream().anyMatch(t -> CONNECTORS.contains(t.text())))) {
            return; // "Special Representative for North Korea Policy": a title, no name after it
        }
        boolean person = titled || given == 0 || ROLE_AFTER.matcher(after).find() || SPEECH_AFTER.matcher(after).find();
        if (person && looksLikeName(name)) {
            people.add(spanText(text, name));
        }
    }

    /** The word just before {@code start} (separated by spaces only), lower-cased, or "". */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    /** Index in {@code name} of the first known given or family name, or -1. */
    private int firstGivenName(List<Token> name) {
        for (int k = 0; k < name.size(); k++) {
            if (gazetteer.isGivenName(name.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean looksLikeName(List<Token> name) {
        if (name.size() < 2 || name.size() > 4) {
            return false;
        }
        for (Token t : name) {
            String w = t.text();
            if (CONNECTORS.contains(w) || NOT_NAMES.contains(w) || ORG_SUFFIXES.contains(w) || TITLES.contains(w)
                    || w.endsWith(".") || (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    /** The text of a span, possessives dropped, whitespace collapsed. */
    private static String spanText(String text, List<Token> span) {
        StringBuilder sb = new StringBuilder();
        for (Token t : span) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static boolean adjacent(String text, List<Token> span) {
        for (int k = 1; k < span.size(); k++) {
            if (!joins(text, span.get(k - 1), span.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two capitalised tokens are separated only by spaces (no punctuation, no line break). */
    private static boolean joins(String text, Token a, Token b) {
        return a.capitalised() && b.capitalised() && spacesOnly(text, a, b);
    }

    private static boolean spacesOnly(String text, Token a, Token b) {
        String between = text.substring(a.end(), b.start());
        return between.length() <= 2 && between.chars().allMatch(c -> c == ' ');
    }
}
