package io.newsflow.ingest.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a plain-text page that a naive scraper flattened: the boilerplate rules applied to whole lines, the
 * headline, byline and date lines taken out as metadata, captions set apart, and words that the scraper broke
 * across two lines joined again. Stateless and thread-safe.
 */
final class TextContent {

    /** A headline is a short line that does not end a sentence. */
    private static final int HEADLINE_MAX = 200;
    private static final int META_LINE_MAX = 120;
    private static final Pattern BYLINE = Pattern.compile("(?i)(?:^|\\s)by\\s+(\\S.{0,80})$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String SENTENCE_END = ".!?:;\"'”’)…";

    private final Boilerplate vocabulary;
    private final DatePolicy dates;

    TextContent(Boilerplate vocabulary, DatePolicy dates) {
        this.vocabulary = vocabulary;
        this.dates = dates;
    }

    /** What a text page yields. */
    record Result(String title, String byline, Instant publishedAt, List<String> paragraphs, List<String> captions) {
        Result {
            paragraphs = List.copyOf(paragraphs);
            captions = List.copyOf(captions);
        }
    }

    Result extract(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Map<String, Integer> vocabularyCounts = wordCounts(text);
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        String title = null;
        String byline = null;
        Instant published = null;
        StringBuilder current = null;
        boolean bodyStarted = false;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                current = close(current, paragraphs);
                continue;
            }
            if (vocabulary.isBoilerplateLine(line) || (title != null && line.equals(title))) {
                current = close(current, paragraphs);
                continue;
            }
            if (vocabulary.isCaptionLine(line) || vocabulary.isCreditLine(line)) {
                current = close(current, paragraphs);
                captions.add(line);
                continue;
            }
            if (line.length() <= META_LINE_MAX && !bodyStarted) {
                Optional<Instant> date = dates.check(Dates.parseText(line));
                Matcher by = BYLINE.matcher(line);
                boolean isByline = by.find() && line.length() < 100;
                if (date.isPresent() || (isByline && title != null)) {
                    if (published == null && date.isPresent()) {
                        published = date.get();
                    }
                    if (byline == null && isByline) {
                        byline = by.group(1).strip();
                    }
                    current = close(current, paragraphs);
                    continue;
                }
            }
            if (title == null && !bodyStarted && isHeadline(line, raw, i)) {
                title = line;
                current = close(current, paragraphs);
                continue;
            }
            if (current != null && continues(current, line)) {
                join(current, line, vocabularyCounts);
                continue;
            }
            current = close(current, paragraphs);
            current = new StringBuilder(line);
            bodyStarted = true;
        }
        close(current, paragraphs);
        return new Result(title, byline, published, paragraphs, captions);
    }

    private static StringBuilder close(StringBuilder current, List<String> paragraphs) {
        if (current != null && !current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return null;
    }

    private static boolean isHeadline(String line, String[] raw, int index) {
        if (line.length() > HEADLINE_MAX || SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0
                && line.charAt(line.length() - 1) != '?' && line.charAt(line.length() - 1) != '\'') {
            return false;
        }
        for (int j = index + 1; j < raw.length; j++) {
            if (!raw[j].isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A line continues the previous one when that one stopped mid-sentence and this one starts in lower case. */
    private static boolean continues(StringBuilder previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        return SENTENCE_END.indexOf(last) < 0 && Character.isLowerCase(line.codePointAt(0));
    }

    /**
     * Joins a continuation line. The scraper may have cut inside a word ("access t" + "o independent") or between
     * two words ("is" + "essential"): the two halves are glued back when the glued word occurs elsewhere on the
     * page and one half does not, otherwise they are separated by a space.
     */
    private static void join(StringBuilder current, String line, Map<String, Integer> counts) {
        int tail = current.length();
        while (tail > 0 && Character.isLetterOrDigit(current.charAt(tail - 1))) {
            tail--;
        }
        String left = current.substring(tail);
        int head = 0;
        while (head < line.length() && Character.isLetterOrDigit(line.charAt(head))) {
            head++;
        }
        String right = line.substring(0, head);
        boolean glue = !left.isEmpty() && !right.isEmpty() && counts.getOrDefault(left + right, 0) > 0
                && (counts.getOrDefault(left, 0) <= 1 || counts.getOrDefault(right, 0) <= 1);
        if (!glue) {
            current.append(' ');
        }
        current.append(line);
    }

    private static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
