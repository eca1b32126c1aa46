package io.newsflow.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Known names and their spellings: organisations (curated), countries (the JDK's locale data plus curated
 * spellings), cities (GeoNames, see {@code cities.tsv} for attribution). A spelling is a sequence of tokens as
 * {@link Tokens} splits them. Immutable after construction and thread-safe.
 */
final class Gazetteer {

    enum Kind { ORGANIZATION, COUNTRY, CITY }

    record Entry(String canonical, Kind kind) {
    }

    private final Map<String, Entry> bySpelling = new HashMap<>();
    /** First word → the most words of a spelling that starts with it. */
    private final Map<String, Integer> longestFrom = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    /**
     * The canonical names of the places that field national teams: the JDK's countries (under the curated canonical
     * name where a line spells one of them), and {@link #NATIONS_NOT_COUNTRIES}.
     */
    private final Set<String> nations = new HashSet<>();
    /** Places a newswire reports as a national team's, though the JDK lists no country of their name. */
    private static final Set<String> NATIONS_NOT_COUNTRIES = Set.of("England", "Scotland", "Wales",
            "Northern Ireland", "West Indies", "Soviet Union", "Yugoslavia", "Czechoslovakia", "Kosovo",
            "Palestinian territories", "Europe", "Asia", "Africa", "North America", "South America", "Oceania");
    /** The continents among {@link #NATIONS_NOT_COUNTRIES}: their teams are a continent's, they are no states. */
    private static final Set<String> CONTINENTS = Set.of("Europe", "Asia", "Africa", "North America", "South America",
            "Oceania");
    private final Set<String> internationalGivenNames = new HashSet<>();
    /** First word → the forms of notable people's names ({@code notable-people.tsv}) that start with it, as words. */
    private final Map<String, List<List<String>>> notableForms = new HashMap<>();
    /**
     * A bit for each word that starts a spelling or is a given name, by its {@link String#hashCode} (which a token's
     * string keeps once computed): most words a text asks about are neither, and this small table (32 KB, where the
     * maps take several hundred) answers that without a look-up in the maps. A word whose bit is set may still be
     * neither.
     */
    private final long[] knownWords = new long[KNOWN_WORD_BITS / Long.SIZE];
    private static final int KNOWN_WORD_BITS = 1 << 18;

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /** British and American spellings of the words institutions' names share. */
    private static final String[][] SPELLINGS = {{"isation", "ization"}, {"Co-operation", "Cooperation"},
            {"Co-operative", "Cooperative"}, {"Defence", "Defense"}, {"Centre", "Center"}, {"Programme", "Program"}};

    Gazetteer() {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            add(name, name, Kind.COUNTRY);
            nations.add(name);
            int paren = name.indexOf(" (");
            if (paren > 0) {
                add(name.substring(0, paren), name.substring(0, paren), Kind.COUNTRY);
                nations.add(name.substring(0, paren));
            }
        }
        for (String line : lines("cities.tsv")) {
            String[] f = line.split("\t");
            add(f[0], f[0], Kind.CITY);
        }
        addSpellings("city-names.tsv", Kind.CITY);
        addSpellings("locations.tsv", Kind.COUNTRY);
        for (String line : lines("locations.tsv")) {
            String[] f = line.split("\t");
            if (List.of(f[1].split("\\|")).stream().anyMatch(nations::contains)) {
                nations.add(f[0]); // "Czech Republic", spelled "Czechia" as the JDK names it
            }
        }
        nations.addAll(NATIONS_NOT_COUNTRIES);
        addSpellings("organizations.tsv", Kind.ORGANIZATION);
        for (String line : lines("given-names.txt")) {
            givenNames.addAll(List.of(line.trim().split("\\s+")));
        }
        for (String line : lines("given-names-international.txt")) {
            internationalGivenNames.add(line.trim());
        }
        for (String line : lines("given-names-world-news.txt")) {
            internationalGivenNames.addAll(List.of(line.trim().split("\\s+")));
        }
        for (String line : lines("notable-people.tsv")) {
            String[] fields = line.split("\t");
            Set<String> forms = new LinkedHashSet<>(List.of(fields[1].split("\\|")));
            if (fields[0].indexOf(' ') > 0) {
                forms.add(fields[0]); // the full name, of two words or more, is a person's wherever it stands
            }
            for (String form : forms) {
                List<String> spellings = form.indexOf('\'') < 0 ? List.of(form)
                        : List.of(form, form.replace('\'', '\u2019')); // "O’Neal" as web pages set it
                for (String spelling : spellings) {
                    List<String> words = Tokens.split(spelling).stream().map(Tokens.Token::text).toList();
                    notableForms.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
                }
            }
        }
        for (String line : lines("cities.tsv")) {
            // "Sao Paulo", "Bogota", "Malmo": as English newswire writes them, without their accents, or with the
            // umlaut's "e" and the ring's "a" as German and Nordic names are transliterated ("Duesseldorf", "Aarhus")
            // (and so named, as the text spells them), where no other name is spelt so; not a short word nor a given
            // name ("Hue", "Orel"), which are more often something else, unless a nation's capital ("Asuncion")
            String[] f = line.split("\t");
            String name = f[0];
            for (String plain : List.of(plain(name), plain(transliterated(name)))) {
                if (!plain.equals(name) && plain.length() >= 5 && (f.length > 2 && f[2].equals("capital")
                        || !givenNames.contains(plain) && !internationalGivenNames.contains(plain))) {
                    add(plain, plain, Kind.CITY, false);
                }
            }
        }
        for (Set<String> words : List.of(longestFrom.keySet(), givenNames, internationalGivenNames,
                notableForms.keySet())) {
            for (String word : words) {
                int bit = knownWordBit(word);
                knownWords[bit >>> 6] |= 1L << bit;
            }
        }
    }

    /** A name without its accents. */
    private static String plain(String name) {
        return ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    /** A name with its umlauts, "ß", "ø" and "å" transliterated: "Düsseldorf" as "Duesseldorf". */
    private static String transliterated(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            int at = TRANSLITERATED.indexOf(c);
            out.append(at < 0 ? String.valueOf(c) : TRANSLITERATIONS[at]);
        }
        return out.toString();
    }

    private static final String TRANSLITERATED = "äöüÄÖÜßøØåÅ";
    private static final String[] TRANSLITERATIONS = {"ae", "oe", "ue", "Ae", "Oe", "Ue", "ss", "oe", "Oe", "aa",
        "Aa"};

    private static int knownWordBit(String word) {
        int h = word.hashCode();
        return (h ^ h >>> 17) & (KNOWN_WORD_BITS - 1);
    }

    /** False for a word that starts no spelling and is no given name; true for those, and a few others. */
    private boolean mayKnow(String word) {
        int bit = knownWordBit(word);
        return (knownWords[bit >>> 6] & 1L << bit) != 0;
    }

    /**
     * Adds each line's spellings ("canonical name, tab, spellings separated by |") under its canonical name; an
     * organisation's also in the other English spelling of its words, where no line spells that otherwise
     * ("Organisation for Security and Cooperation in Europe" is the OSCE as "Organization for Security and
     * Co-operation in Europe" is).
     */
    private void addSpellings(String resource, Kind kind) {
        Map<String, String> variants = new HashMap<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            for (String spelling : f[1].split("\\|")) {
                add(spelling, f[0], kind);
                if (spelling.indexOf('\'') >= 0) {
                    add(spelling.replace('\'', '\u2019'), f[0], kind); // "Moody’s" as web pages set it
                }
                if (kind == Kind.ORGANIZATION) {
                    for (String variant : otherSpellings(spelling)) {
                        variants.putIfAbsent(variant, f[0]);
                    }
                }
            }
        }
        variants.forEach((variant, canonical) -> add(variant, canonical, kind, false));
    }

    /** {@code spelling} with one or more of {@link #SPELLINGS}' forms it has swapped for the other. */
    private static List<String> otherSpellings(String spelling) {
        List<String> spellings = new ArrayList<>(List.of(spelling));
        for (String[] pair : SPELLINGS) {
            for (int k = 0, n = spellings.size(); k < n; k++) {
                String s = spellings.get(k);
                if (s.contains(pair[0])) {
                    spellings.add(s.replace(pair[0], pair[1]));
                } else if (s.contains(pair[1])) {
                    spellings.add(s.replace(pair[1], pair[0]));
                }
            }
        }
        return spellings.subList(1, spellings.size());
    }

    private void add(String spelling, String canonical, Kind kind) {
        add(spelling, canonical, kind, true);
    }

    /** Adds a spelling; one already known is replaced only when {@code replace} says so. */
    private void add(String spelling, String canonical, Kind kind, boolean replace) {
        List<String> tokens = Tokens.split(spelling).stream().map(Tokens.Token::text).toList();
        if (tokens.isEmpty()) {
            return;
        }
        // later files refine earlier ones: a curated spelling overrides a city of the same name; but a country's
        // name stays a country's where a city has it too ("Jamaica", "Armenia", and the city-states)
        String key = String.join(" ", tokens);
        Entry before = bySpelling.get(key);
        if (!replace && before != null) {
            return;
        }
        if (kind == Kind.CITY && before != null && before.kind() == Kind.COUNTRY) {
            return;
        }
        bySpelling.put(key, new Entry(canonical, kind));
        longestFrom.merge(tokens.get(0), tokens.size(), Math::max);
    }

    /** The entry spelled exactly by these tokens, or null. */
    Entry lookup(List<String> tokens) {
        if (tokens.isEmpty() || !mayKnow(tokens.get(0))) {
            return null;
        }
        if (tokens.size() == 1) {
            return bySpelling.get(tokens.get(0));
        }
        // most runs of words start no spelling that long: no key is joined for them
        return tokens.isEmpty() || longestFrom.getOrDefault(tokens.get(0), 0) < tokens.size() ? null
                : bySpelling.get(String.join(" ", tokens));
    }

    /** Whether {@code name} is spelled as a country or a curated region (not a city). */
    boolean isCountry(String name) {
        Entry entry = lookup(Tokens.split(name).stream().map(Tokens.Token::text).toList());
        return entry != null && entry.kind() == Kind.COUNTRY;
    }

    /**
     * Whether {@code name} is spelled as a place whose team is a national team ("Japan", "England", "the U.S."), not a
     * state, province or region whose teams are clubs ("Texas", "Queensland") nor a city.
     */
    boolean isNation(String name) {
        return nation(name) != null;
    }

    /** Whether {@code name} is spelled as a state: a nation ({@link #isNation}) that is no continent ("the U.S."). */
    boolean isState(String name) {
        Entry nation = nation(name);
        return nation != null && !CONTINENTS.contains(nation.canonical());
    }

    /** The entry {@code name} spells when it is a nation's ({@link #isNation}), or null. */
    Entry nation(String name) {
        Entry entry = lookup(Tokens.split(name).stream().map(Tokens.Token::text).toList());
        return entry != null && entry.kind() == Kind.COUNTRY && nations.contains(entry.canonical()) ? entry : null;
    }

    /** The most words of a spelling that starts with {@code word}; 0 when none does. */
    int longestSpellingFrom(String word) {
        return mayKnow(word) ? longestFrom.getOrDefault(word, 0) : 0;
    }

    /**
     * How many tokens from {@code k} on spell a notable person's name in a form news writes alone ("Yeltsin",
     * "Boutros-Ghali", "Kim Jong-il"; {@code notable-people.tsv}), the longest such form; 0 when none does.
     */
    int notablePersonAt(List<Tokens.Token> tokens, int k) {
        String first = tokens.get(k).text();
        List<List<String>> forms = mayKnow(first) ? notableForms.get(first) : null;
        if (forms == null) {
            return 0;
        }
        int longest = 0;
        for (List<String> form : forms) {
            boolean spelt = form.size() > longest && k + form.size() <= tokens.size();
            for (int w = 1; spelt && w < form.size(); w++) {
                spelt = form.get(w).equals(tokens.get(k + w).text());
            }
            longest = spelt ? form.size() : longest;
        }
        return longest;
    }

    /** Whether {@code token} is one of the curated given names: frequent ones, that start a name wherever they are. */
    boolean isGivenName(String token) {
        return mayKnow(token) && givenNames.contains(token);
    }

    /**
     * Whether {@code token} is a given name of the curated list or of the longer international ones
     * ({@code given-names-international.txt}, which also holds names that are words: "Claude", "Noble"; and
     * {@code given-names-world-news.txt}, newswire's transliterations: "Andrei", "Yasser").
     */
    boolean isAnyGivenName(String token) {
        return mayKnow(token) && (givenNames.contains(token) || internationalGivenNames.contains(token));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
