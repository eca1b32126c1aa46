package io.newsflow.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate vocabulary: class/id words that mark boilerplate blocks or main content, and whole lines that
 * are boilerplate. It is data, read from {@code boilerplate.txt} on the classpath and extended by operators with
 * files in the same format (see that file for the format). Immutable and thread-safe.
 */
public final class Boilerplate {

    private static final String RESOURCE = "boilerplate.txt";
    /** Prefix rules only apply to short lines: a long paragraph that starts "More:" is still a paragraph. */
    private static final int PREFIX_LINE_MAX = 80;
    private static final int META_LINE_MAX = 120;
    /** A caption with its credit is a sentence or two. */
    private static final int CREDIT_LINE_MAX = 250;

    private final Set<String> blockWords;
    private final Set<String> contentWords;
    private final Pattern lines;
    private final List<String> linePrefixes;
    private final Pattern captionLines;
    private final Pattern metaLines;
    private final Pattern creditLines;

    private Boilerplate(Set<String> blockWords, Set<String> contentWords, List<String> lineRegexes,
            List<String> linePrefixes, List<String> captionRegexes, List<String> metaRegexes,
            List<String> creditRegexes) {
        this.blockWords = Set.copyOf(blockWords);
        this.contentWords = Set.copyOf(contentWords);
        this.lines = anyOf(lineRegexes);
        this.linePrefixes = List.copyOf(linePrefixes);
        this.captionLines = anyOf(captionRegexes);
        this.metaLines = anyOf(metaRegexes);
        this.creditLines = anyOf(creditRegexes);
    }

    private static Pattern anyOf(List<String> regexes) {
        if (regexes.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?:" + String.join(")|(?:", regexes) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The vocabulary shipped with newsflow. */
    public static Boilerplate defaults() {
        return Defaults.INSTANCE;
    }

    /** The shipped vocabulary plus the entries of {@code file} (same format). */
    public static Boilerplate defaultsWith(Path file) throws IOException {
        Sections s = new Sections();
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            s.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            s.read(r, file.toString());
        }
        return s.build();
    }

    private static final class Defaults {
        static final Boilerplate INSTANCE = load();

        private static Boilerplate load() {
            try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
                Sections s = new Sections();
                s.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
                return s.build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the boilerplate vocabulary " + RESOURCE, e);
            }
        }
    }

    /** Whether a class or id attribute value carries a boilerplate word. */
    boolean isBoilerplateAttribute(String value) {
        return matches(value, blockWords, contentWords);
    }

    /** Whether a class or id attribute value carries a main-content word. */
    boolean isContentAttribute(String value) {
        return matches(value, contentWords, Set.of());
    }

    /** Whether a whole (trimmed) line of text is boilerplate. */
    boolean isBoilerplateLine(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        if (l.length() <= PREFIX_LINE_MAX) {
            String lower = l.toLowerCase(Locale.ROOT);
            for (String p : linePrefixes) {
                if (lower.startsWith(p)) {
                    return true;
                }
            }
        }
        return l.length() <= 200 && lines.matcher(l).matches();
    }

    /** Whether a whole (trimmed) line of a text page is a photo or video caption. */
    boolean isCaptionLine(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= 400 && captionLines.matcher(l).matches();
    }

    /** Whether a whole (trimmed) line of any page credits a photo, alone or after its caption. */
    boolean isCreditLine(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= CREDIT_LINE_MAX && creditLines.matcher(l).matches();
    }

    /**
     * Whether a whole (trimmed) line states the page's own metadata: a byline, a date, a reading time. Such a line
     * is chrome when it stands alone and data when the page lists several (the dates of an events page).
     */
    boolean isMetaLine(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= META_LINE_MAX && metaLines.matcher(l).matches();
    }

    /**
     * Splits an attribute value into class names and those into words (at non-alphanumerics and camelCase humps),
     * and looks each word, each two-word phrase and each whole class name (separators dropped) up in
     * {@code words}. A class name whose last word is in {@code heads} is skipped: in compound names the last word
     * says what the element is ("sidebar-content" is content, "post-meta" is not).
     */
    private static boolean matches(String value, Set<String> words, Set<String> heads) {
        List<String> parts = new ArrayList<>(8);
        StringBuilder whole = new StringBuilder();
        int n = value.length();
        int i = 0;
        while (i <= n) {
            char c = i < n ? value.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (!parts.isEmpty() && !heads.contains(parts.get(parts.size() - 1)) && check(parts, whole, words)) {
                    return true;
                }
                parts.clear();
                whole.setLength(0);
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n && Character.isLetterOrDigit(value.charAt(i))
                    && !(Character.isUpperCase(value.charAt(i)) && Character.isLowerCase(value.charAt(i - 1)))) {
                i++;
            }
            String word = value.substring(start, i).toLowerCase(Locale.ROOT);
            parts.add(word);
            whole.append(word);
        }
        return false;
    }

    private static boolean check(List<String> parts, StringBuilder whole, Set<String> words) {
        for (int k = 0; k < parts.size(); k++) {
            if (words.contains(parts.get(k))) {
                return true;
            }
            if (k > 0 && words.contains(parts.get(k - 1) + ' ' + parts.get(k))) {
                return true;
            }
        }
        return parts.size() > 1 && words.contains(whole.toString());
    }

    /** The sections of one or more vocabulary files, merged. */
    private static final class Sections {
        final Set<String> blockWords = new HashSet<>();
        final Set<String> contentWords = new HashSet<>();
        final List<String> lines = new ArrayList<>();
        final List<String> prefixes = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        final List<String> metas = new ArrayList<>();
        final List<String> credits = new ArrayList<>();

        void read(Reader reader, String name) throws IOException {
            BufferedReader in = new BufferedReader(reader);
            String section = null;
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                    continue;
                }
                String where = name + ":" + number;
                if (section == null) {
                    throw new IOException(where + ": entry before any [section]");
                }
                switch (section) {
                    case "block-words" -> blockWords.add(l.toLowerCase(Locale.ROOT));
                    case "content-words" -> contentWords.add(l.toLowerCase(Locale.ROOT));
                    case "lines" -> lines.add(checked(l, where));
                    case "line-prefixes" -> prefixes.add(l.toLowerCase(Locale.ROOT));
                    case "caption-lines" -> captions.add(checked(l, where));
                    case "meta-lines" -> metas.add(checked(l, where));
                    case "credit-lines" -> credits.add(checked(l, where));
                    default -> throw new IOException(where + ": unknown section [" + section
                            + "], expected [block-words], [content-words], [lines], [line-prefixes], [caption-lines]"
                            + ", [meta-lines] or [credit-lines]");
                }
            }
        }

        private static String checked(String regex, String where) throws IOException {
            try {
                Pattern.compile(regex);
                return regex;
            } catch (PatternSyntaxException e) {
                throw new IOException(where + ": not a regular expression: " + e.getDescription(), e);
            }
        }

        Boilerplate build() {
            return new Boilerplate(blockWords, contentWords, lines, prefixes, captions, metas, credits);
        }
    }
}
