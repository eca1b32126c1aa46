package io.newsflow.enrich.topics;

import io.newsflow.enrich.text.CodePoints;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Topics by rule: a taxonomy file lists, per topic, terms and how many matches assign it (format in the default
 * resource {@code io/newsflow/enrich/topics/taxonomy.tsv}). Immutable and thread-safe.
 */
public final class TopicTaxonomy {

    public static final String DEFAULT_RESOURCE = "/io/newsflow/enrich/topics/taxonomy.tsv";

    private final List<Rule> rules;
    private final TermIndex index;

    private TopicTaxonomy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.index = new TermIndex(this.rules);
    }

    /** The taxonomy shipped with newsflow. */
    public static TopicTaxonomy defaults() {
        try (InputStream in = TopicTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TopicTaxonomy load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses a taxonomy; a malformed line fails with its number and what is wrong. */
    public static TopicTaxonomy parse(String content, String source) {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(content))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    throw new IllegalArgumentException(source + ":" + number
                            + ": expected 'topic<TAB>minimum matches<TAB>term|term...'");
                }
                int min;
                try {
                    min = Integer.parseInt(parts[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + number + ": minimum matches must be a number");
                }
                List<Term> terms = Arrays.stream(parts[2].split("\\|")).map(String::trim).filter(t -> !t.isEmpty())
                        .map(Term::parse).toList();
                rules.add(new Rule(parts[0].trim(), Math.max(1, min), terms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TopicTaxonomy(rules);
    }

    /**
     * The topics of a text (with its title), in taxonomy order: those with at least their minimum number of
     * matches, a match being a word where one of the topic's terms starts. One scan of the text for all topics.
     */
    public List<String> topics(String title, String text) {
        TextWords words = TextWords.of((title == null ? "" : title + "\n") + (text == null ? "" : text));
        int[] hits = new int[rules.size()];
        int[] countedAt = new int[rules.size()];
        Arrays.fill(countedAt, -1);
        for (int i = 0; i < words.size(); i++) {
            if (index.mayStartTerm(words, i)) {
                count(index.byFirstWord.get(words.word(i)), words, i, hits, countedAt);
            }
            if (words.length(i) >= index.startLength && index.mayStartPrefix(words, i)) {
                count(index.byStart.get(words.start(i, index.startLength)), words, i, hits, countedAt);
            }
        }
        List<String> topics = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            if (hits[r] >= rules.get(r).minMatches()) {
                topics.add(rules.get(r).topic());
            }
        }
        return topics;
    }

    /** A match of each of the terms' topics at word {@code at}, counted once per topic and word. */
    private void count(List<RuleTerm> terms, TextWords words, int at, int[] hits, int[] countedAt) {
        if (terms == null) {
            return;
        }
        for (RuleTerm t : terms) {
            if (countedAt[t.rule()] != at && hits[t.rule()] < rules.get(t.rule()).minMatches()
                    && t.term().matchesAt(words, at)) {
                hits[t.rule()]++;
                countedAt[t.rule()] = at;
            }
        }
    }

    /**
     * The lower-case runs of letters and digits ({@code [\p{L}\p{N}]+}) of a text, in order, held as where they
     * stand in the lower-cased text: most words of a news text start no term, and no string is cut for them.
     */
    private record TextWords(String lower, int[] bounds, int size) {

        static TextWords of(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            int[] bounds = new int[lower.length() / 3 + 2]; // a start and an end for about every 6 characters
            int n = 0;
            int start = -1;
            for (int k = 0; k < lower.length(); ) {
                int cp = lower.codePointAt(k);
                boolean inWord = CodePoints.isLetterOrNumber(cp);
                if (inWord && start < 0) {
                    start = k;
                } else if (!inWord && start >= 0) {
                    bounds = withWord(bounds, n++, start, k);
                    start = -1;
                }
                k += Character.charCount(cp);
            }
            if (start >= 0) {
                bounds = withWord(bounds, n++, start, lower.length());
            }
            return new TextWords(lower, bounds, n);
        }

        /** {@code bounds} with word {@code n} from {@code start} to {@code end}, grown when full. */
        private static int[] withWord(int[] bounds, int n, int start, int end) {
            int[] out = 2 * n + 2 > bounds.length ? Arrays.copyOf(bounds, 2 * bounds.length) : bounds;
            out[2 * n] = start;
            out[2 * n + 1] = end;
            return out;
        }

        int length(int i) {
            return bounds[2 * i + 1] - bounds[2 * i];
        }

        String word(int i) {
            return lower.substring(bounds[2 * i], bounds[2 * i + 1]);
        }

        /** The first {@code length} characters of word {@code i}. */
        String start(int i, int length) {
            return lower.substring(bounds[2 * i], bounds[2 * i] + length);
        }

        /** {@link String#hashCode} of the first {@code length} characters of word {@code i}. */
        int hash(int i, int length) {
            int h = 0;
            for (int k = bounds[2 * i], end = k + length; k < end; k++) {
                h = 31 * h + lower.charAt(k);
            }
            return h;
        }

        boolean is(int i, String word) {
            return length(i) == word.length() && lower.startsWith(word, bounds[2 * i]);
        }

        boolean startsWith(int i, String prefix) {
            return length(i) >= prefix.length() && lower.startsWith(prefix, bounds[2 * i]);
        }
    }

    /** The words of a text ({@link TextWords}) as strings: a term's words. */
    static List<String> words(String text) {
        TextWords words = TextWords.of(text);
        List<String> strings = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            strings.add(words.word(i));
        }
        return strings;
    }

    /** A topic by name and the number of matches that assign it. */
    private record Rule(String topic, int minMatches, List<Term> terms) {
    }

    /** A term of the rule at index {@code rule}. */
    private record RuleTerm(int rule, Term term) {
    }

    /**
     * Every topic's terms, looked up by the word a match starts with: the terms whose first word is exact by that
     * word; the one-word prefixes ("sanction*") by their first {@code startLength} letters (the shortest prefix's
     * length), so that one look-up finds the few prefixes a word may start with, which {@link Term#matchesAt} then
     * checks.
     */
    private static final class TermIndex {
        private final Map<String, List<RuleTerm>> byFirstWord = new HashMap<>();
        private final Map<String, List<RuleTerm>> byStart = new HashMap<>();
        private final int startLength;
        /**
         * The prefixes' starts, hashed to one of 4,096 bits: a word whose start's bit is not set starts no prefix,
         * and no key is cut from it (most words).
         */
        private final long[] startBits = new long[64];
        /** The terms' first words likewise, hashed to one of 65,536 bits. */
        private final long[] firstWordBits = new long[1024];

        TermIndex(List<Rule> rules) {
            List<RuleTerm> prefixes = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                for (Term term : rules.get(r).terms()) {
                    if (term.words().isEmpty()) {
                        continue;
                    }
                    if (term.onePrefix()) {
                        prefixes.add(new RuleTerm(r, term));
                    } else {
                        String first = term.words().get(0);
                        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new RuleTerm(r, term));
                        set(firstWordBits, firstWordBit(first.hashCode()));
                    }
                }
            }
            startLength = Math.max(1, prefixes.stream().mapToInt(t -> t.term().words().get(0).length()).min()
                    .orElse(1));
            for (RuleTerm t : prefixes) {
                String start = t.term().words().get(0).substring(0, startLength);
                byStart.computeIfAbsent(start, k -> new ArrayList<>()).add(t);
                set(startBits, startBit(start.hashCode()));
            }
        }

        /** Whether a term may start with word {@code i} of the text: when its hash's bit is set. */
        boolean mayStartTerm(TextWords words, int i) {
            return isSet(firstWordBits, firstWordBit(words.hash(i, words.length(i))));
        }

        /** Whether a prefix may start word {@code i} of the text, at least {@link #startLength} characters long. */
        boolean mayStartPrefix(TextWords words, int i) {
            return isSet(startBits, startBit(words.hash(i, startLength)));
        }

        private static void set(long[] bits, int bit) {
            bits[bit >>> 6] |= 1L << bit;
        }

        private static boolean isSet(long[] bits, int bit) {
            return (bits[bit >>> 6] & 1L << bit) != 0;
        }

        private static int firstWordBit(int h) {
            return (h ^ h >>> 16) & 65535;
        }

        private static int startBit(int h) {
            return (h ^ h >>> 12) & 4095;
        }
    }

    /** A term: lower-case words; the last may be a prefix ("sanction*"). */
    private record Term(List<String> words, boolean prefix) {

        static Term parse(String raw) {
            String t = raw.toLowerCase(Locale.ROOT);
            boolean prefix = t.endsWith("*");
            return new Term(List.copyOf(TopicTaxonomy.words(prefix ? t.substring(0, t.length() - 1) : t)), prefix);
        }

        /** A one-word prefix ("sanction*"): its first word is not a whole word to look up. */
        boolean onePrefix() {
            return prefix && words.size() == 1;
        }

        boolean matchesAt(TextWords text, int at) {
            if (words.isEmpty() || at + words.size() > text.size()) {
                return false;
            }
            int last = words.size() - 1;
            for (int k = 0; k < last; k++) {
                if (!text.is(at + k, words.get(k))) {
                    return false;
                }
            }
            return prefix ? text.startsWith(at + last, words.get(last)) : text.is(at + last, words.get(last));
        }
    }
}
