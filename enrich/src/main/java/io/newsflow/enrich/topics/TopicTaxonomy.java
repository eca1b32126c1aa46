package io.newsflow.enrich.topics;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topics by rule: a taxonomy file lists, per topic, terms and how many matches assign it (format in the default
 * resource {@code io/newsflow/enrich/topics/taxonomy.tsv}). Immutable and thread-safe.
 */
public final class TopicTaxonomy {

    public static final String DEFAULT_RESOURCE = "/io/newsflow/enrich/topics/taxonomy.tsv";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<Rule> rules;

    private TopicTaxonomy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
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

    /** The topics of a text (with its title), in taxonomy order. */
    public List<String> topics(String title, String text) {
        String all = (title == null ? "" : title + "\n") + (text == null ? "" : text);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(all.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> topics = new ArrayList<>();
        for (Rule rule : rules) {
            int hits = 0;
            for (int i = 0; i < words.size() && hits < rule.minMatches(); i++) {
                if (rule.matchesAt(words, i)) {
                    hits++;
                }
            }
            if (hits >= rule.minMatches()) {
                topics.add(rule.topic());
            }
        }
        return topics;
    }

    /**
     * A topic's terms, looked up by the word a match starts with: the terms whose first word is exact by that word,
     * the one-word prefixes by each of the word's prefixes of a length some prefix term has. A text is scanned once
     * per rule, whatever the number of its terms.
     */
    private record Rule(String topic, int minMatches, Map<String, List<Term>> byFirstWord,
                        Map<String, List<Term>> byPrefix, int[] prefixLengths) {

        Rule(String topic, int minMatches, List<Term> terms) {
            this(topic, minMatches, index(terms, false), index(terms, true),
                    terms.stream().filter(Term::onePrefix).mapToInt(t -> t.words().get(0).length()).distinct()
                            .sorted().toArray());
        }

        private static Map<String, List<Term>> index(List<Term> terms, boolean onePrefix) {
            Map<String, List<Term>> index = new HashMap<>();
            for (Term term : terms) {
                if (!term.words().isEmpty() && term.onePrefix() == onePrefix) {
                    index.computeIfAbsent(term.words().get(0), k -> new ArrayList<>()).add(term);
                }
            }
            return index;
        }

        /** Whether a term of this rule matches the text from word {@code at}. */
        boolean matchesAt(List<String> text, int at) {
            String word = text.get(at);
            if (anyMatches(byFirstWord.get(word), text, at)) {
                return true;
            }
            for (int length : prefixLengths) {
                if (length > word.length()) {
                    return false;
                }
                if (anyMatches(byPrefix.get(word.substring(0, length)), text, at)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean anyMatches(List<Term> terms, List<String> text, int at) {
            if (terms != null) {
                for (Term term : terms) {
                    if (term.matchesAt(text, at)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A term: lower-case words; the last may be a prefix ("sanction*"). */
    private record Term(List<String> words, boolean prefix) {

        static Term parse(String raw) {
            String t = raw.toLowerCase(Locale.ROOT);
            boolean prefix = t.endsWith("*");
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(prefix ? t.substring(0, t.length() - 1) : t);
            while (m.find()) {
                words.add(m.group());
            }
            return new Term(List.copyOf(words), prefix);
        }

        /** A one-word prefix ("sanction*"): its first word is not a whole word to look up. */
        boolean onePrefix() {
            return prefix && words.size() == 1;
        }

        boolean matchesAt(List<String> text, int at) {
            if (words.isEmpty() || at + words.size() > text.size()) {
                return false;
            }
            int last = words.size() - 1;
            for (int k = 0; k < last; k++) {
                if (!words.get(k).equals(text.get(at + k))) {
                    return false;
                }
            }
            String word = text.get(at + last);
            return prefix ? word.startsWith(words.get(last)) : word.equals(words.get(last));
        }
    }
}
