package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.CompaniesAndBodies.anyOf;
import static io.newsflow.enrich.entities.NameContexts.lowerCaseWordAfter;
import static io.newsflow.enrich.entities.NameContexts.speechAfter;
import static io.newsflow.enrich.entities.NameWords.BODIES;
import static io.newsflow.enrich.entities.NameWords.COMMON_ACRONYMS;
import static io.newsflow.enrich.entities.NameWords.FACILITIES;
import static io.newsflow.enrich.entities.NameWords.LIST_GLUE;
import static io.newsflow.enrich.entities.NameWords.LOC_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PLACE_LAST_WORDS;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCase;
import static io.newsflow.enrich.entities.TokenSpans.union;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The rules that settle, over the whole document, what a name's words are: a name found that is exactly a known
 * spelling takes its canonical name, and a common word or a part's heading capitalised only where a sentence or a
 * line opens is no name. Stateless apart from the shared, immutable {@link Lexicon}: thread-safe.
 */
final class KnownAndCommonWords extends Lexicon {

    KnownAndCommonWords(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /**
     * Acronyms the lists know for bodies that also name a thing in reviews and personal finance, and the words that
     * tell that sense (lower case): "ANC" is active noise cancelling beside headphones, "IRA" a retirement account
     * beside a Roth or a 401(k), "ISO" a camera's sensitivity beside its aperture and shutter.
     */
    static final Map<String, List<String>> OTHER_SENSES = Map.of(
            "ANC", List.of("noise cancel", "noise-cancel", "headphone", "earbud", "earphone"),
            "IRA", List.of("roth", "401(k)", "401k", "rollover", "annuit", "retirement account", "brokerage"),
            "ISO", List.of("aperture", "shutter", "exposure", "low-light", "low light", "megapixel"));

    /**
     * Drops the acronyms of {@link #OTHER_SENSES} from a text that uses them in their other sense: no African National
     * Congress in a review of earbuds with "adaptive ANC", no IRA in "a Roth IRA or a 401(k)".
     */
    static void withoutAcronymsOfOtherSenses(String text, List<Token> tokens, List<Mention> mentions) {
        Set<String> otherSense = new HashSet<>();
        String lower = null;
        for (Mention m : mentions) {
            String word = tokens.get(m.start()).text();
            List<String> senses = m.end() - m.start() == 1 ? OTHER_SENSES.get(word) : null;
            if (senses != null && !otherSense.contains(word)) {
                lower = lower == null ? text.toLowerCase(Locale.ROOT) : lower;
                if (senses.stream().anyMatch(lower::contains)) {
                    otherSense.add(word);
                }
            }
        }
        if (!otherSense.isEmpty()) {
            mentions.removeIf(m -> m.end() - m.start() == 1 && otherSense.contains(tokens.get(m.start()).text()));
        }
    }

    /** Church services written capitalised: "celebrated Mass", "sang Evensong". */
    static final Set<String> SERVICES = wordSet("Mass", "Vespers", "Matins", "Evensong", "Compline");

    /** Faiths, which are no person, place or organisation: "the enemy of Islam". */
    static final Set<String> FAITHS = wordSet("Islam", "Christianity", "Judaism", "Buddhism", "Hinduism", "Sikhism",
            "Catholicism", "Protestantism", "Shinto", "Taoism", "Confucianism");

    /**
     * Drops a church service the model took for a name ("The Pope celebrated Mass", "Christmas Mass"), unless a comma
     * comes before it, as before a state's short name ("Boston, Mass."), and a faith alone ("the United States was
     * the enemy of Islam", a place to the model; "the Nation of Islam" stays whole).
     */
    static void withoutServicesAndFaiths(List<Token> tokens, List<Mention> mentions) {
        mentions.removeIf(m -> m.end() - m.start() == 1 && !m.known()
                && (SERVICES.contains(tokens.get(m.start()).text())
                && !(m.start() > 0 && tokens.get(m.start() - 1).text().equals(","))
                || FAITHS.contains(tokens.get(m.start()).text())));
    }

    /**
     * Drops a name in capitals that is only a stress on words the text writes in lower case elsewhere: "Our BEST
     * deals", "The ONLY way to save" where the text has "best" and "only". Every word of the name is a common word of
     * three letters or more, in capitals, and written in lower case elsewhere (not in a web address only: "nih.gov"
     * leaves "NIH"); a name the lists know ("WHO", "NEW YORK") stays.
     */
    void withoutStressedWords(String text, List<Token> tokens, List<Mention> mentions) {
        Set<String> lowerCase = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.known() || !inCapitalsOnly(tokens, m.start(), m.end()) || !allCommon(tokens, m.start(), m.end())) {
                continue;
            }
            if (lowerCase == null) {
                lowerCase = new HashSet<>();
                for (Token t : tokens) {
                    if (t.word() && !t.capitalised()) {
                        lowerCase.add(t.text());
                    }
                }
            }
            boolean stressed = lookup(tokens.subList(m.start(), m.end()), true) == null;
            for (int k = m.start(); k < m.end() && stressed; k++) {
                stressed = lowerCase.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
            }
            if (stressed) {
                mentions.remove(i);
            }
        }
    }

    /** Whether every token of [start, end) is a word of three or more letters in capitals. */
    private static boolean inCapitalsOnly(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = tokens.get(k).text();
            if (!tokens.get(k).word() || w.length() < 3 || !inUpperCase(w) || !Character.isLetter(w.charAt(1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name the model or a rule found that is exactly a known spelling of its type is reported under the canonical
     * name: "EU" of "EU Fisheries Commissioner", which the lists left to the longer name, is the European Union.
     */
    void knownSpellings(String text, List<Token> tokens, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.known() || m.type() == Type.PER) {
                continue;
            }
            Entry entry = lookup(tokens, m.start(), m.end());
            if (entry != null && (entry.kind() == Kind.ORGANIZATION) == (m.type() == Type.ORG)
                    && m.name().equals(spanText(text, tokens, m.start(), m.end()))) { // not a name a rule gave it
                mentions.set(k, new Mention(m.start(), m.end(), m.type(), entry.canonical(), true));
            }
        }
    }

    /**
     * A known organisation found by one word in the plural that is not its whole name ("Broncos", a spelling of the
     * Denver Broncos) is the other organisation the text names with that word last, where there is one: the text's
     * own team, not the list's ("BRONCOS SIGN KIWI FORWARD" over "Brisbane Broncos have signed").
     */
    static void aliasesOfNamesInTheText(List<Token> tokens, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (!m.known() || m.type() != Type.ORG || m.end() - m.start() != 1) {
                continue;
            }
            String word = " " + titleCase(tokens.get(m.start()).text());
            if (!m.name().endsWith(word) || !word.endsWith("s") || word.endsWith("ss")) {
                continue; // a team's plural, not a body's word: "the Colombian Congress" is no World Jewish Congress
            }
            for (Mention o : mentions) {
                if (o.type() == Type.ORG && o.end() - o.start() >= 2 && !o.name().equals(m.name())
                        && o.name().endsWith(word)) {
                    mentions.set(k, new Mention(m.start(), m.end(), Type.ORG, o.name(), o.known()));
                    break;
                }
            }
        }
    }

    /** Programming languages whose names are no other name's: the company they keep tells the others. */
    static final Set<String> PROGRAMMING_LANGUAGES = wordSet("Python", "JavaScript", "TypeScript", "Kotlin",
            "Scala", "PHP", "Perl", "Haskell", "Fortran", "COBOL", "Objective-C", "Golang", "Clojure",
            "Erlang", "SQL", "HTML", "CSS", "Bash", "Lua", "MATLAB", "Solidity");

    /**
     * Programming languages named as an island, a person or a singer is, and software named as people, places or
     * animals are: in a text about code, the language or the software, no name a dashboard facets by.
     */
    static final Set<String> LANGUAGES_OF_OTHER_NAMES = wordSet("Java", "Ruby", "Swift", "Rust", "Julia", "Dart",
            "Elixir", "Django", "Flask", "Laravel", "Rails", "React", "Angular", "Spring", "Spark", "Kafka", "Hadoop",
            "Matplotlib", "NumPy", "Pandas", "Keras", "Llama", "Ollama", "Jenkins", "Flutter", "Ionic", "Jupyter");

    /**
     * A name of one word right beside a programming language in a list ("Java, Scala, Python and R", "Kotlin or
     * Java", "Ruby and PHP") is a language too, not the island, the person or the singer it also names; so is one of
     * {@link #LANGUAGES_OF_OTHER_NAMES} anywhere in a text that names a programming language ("Mastering Java
     * Development", "Spark" in a story that names Python); a programming language itself is no name either, nor
     * part of a person's ("PHP Rust Go Swift Kotlin", a heading's list).
     */
    static void withoutProgrammingLanguages(List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean code = false;
        // a language's name is a capitalised word (Marks#capitals)
        for (int k = marks.capitals().nextSetBit(0); k >= 0 && !code; k = marks.capitals().nextSetBit(k + 1)) {
            char first = tokens.get(k).text().charAt(0);
            code = first >= 'A' && first <= 'Z' && language(tokens, k); // most words need no look-up
        }
        if (!code) {
            return; // most texts name no programming language
        }
        mentions.removeIf(m -> m.end() - m.start() == 1
                ? language(tokens, m.start()) || LANGUAGES_OF_OTHER_NAMES.contains(tokens.get(m.start()).text())
                || listedBesideALanguage(tokens, m)
                : m.type() == Type.PER && IntStream.range(m.start(), m.end()).anyMatch(k -> language(tokens, k)));
    }

    /** Whether a list's glue, one token or two (", and"), joins the mention to a programming language. */
    private static boolean listedBesideALanguage(List<Token> tokens, Mention m) {
        int after = m.end();
        int before = m.start() - 1;
        return glue(tokens, after) && (language(tokens, after + 1) || glue(tokens, after + 1)
                && language(tokens, after + 2))
                || glue(tokens, before) && (language(tokens, before - 1) || glue(tokens, before - 1)
                && language(tokens, before - 2));
    }

    /** Whether token {@code k} is a programming language of {@link #PROGRAMMING_LANGUAGES}. */
    private static boolean language(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && PROGRAMMING_LANGUAGES.contains(tokens.get(k).text());
    }

    /** Whether token {@code k} is a list's glue ({@link NameWords#LIST_GLUE}). */
    private static boolean glue(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && LIST_GLUE.contains(tokens.get(k).text());
    }

    /** Grape varieties, whose wines' names are no people's: "Cabernet Sauvignon", "Sauvignon Blanc", "Pinot Noir". */
    static final Set<String> GRAPES = wordSet("Cabernet", "Sauvignon", "Blanc", "Franc", "Pinot", "Noir", "Grigio",
            "Gris", "Chardonnay", "Merlot", "Riesling", "Syrah", "Shiraz", "Malbec", "Zinfandel", "Tempranillo",
            "Sangiovese", "Nebbiolo", "Grenache", "Chenin", "Viognier", "Gewurztraminer", "Gewürztraminer", "Moscato",
            "Prosecco", "Rosé", "Rose", "Carmenere", "Carménère", "Semillon", "Sémillon", "Muscat", "Mourvedre");

    /** Grapes whose names alone are other names too: a given name, a city, a currency. */
    static final Set<String> GRAPES_OF_OTHER_NAMES = wordSet("Rose", "Rosé", "Muscat", "Franc");

    /** A recipe's fields: "Prep Time", "Cook Time", "Total Time". */
    static final Set<String> RECIPE_FIELDS = wordSet("Prep", "Cook", "Total", "Cooking", "Preparation", "Baking");

    /**
     * A wine named by its grapes, all of whose words are grape varieties ("Cabernet Sauvignon", "Sauvignon Blanc",
     * "Merlot"; not "Muscat" alone, a city too), and a recipe's field ("Cook Time") name no person, place or
     * organisation.
     */
    static void withoutWinesAndRecipeFields(List<Token> tokens, List<Mention> mentions) {
        mentions.removeIf(m -> !m.known() && (IntStream.range(m.start(), m.end())
                .allMatch(k -> GRAPES.contains(tokens.get(k).text()))
                && !(m.end() - m.start() == 1 && GRAPES_OF_OTHER_NAMES.contains(m.name()))
                || m.end() - m.start() == 2 && RECIPE_FIELDS.contains(tokens.get(m.start()).text())
                && tokens.get(m.start() + 1).text().equals("Time")));
    }

    /** What numbers a part of a list or a league in its heading: "Division one", "Group B", "Pool 3". */
    static final Pattern PART_NUMBER = Pattern.compile(
            "(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?|[A-Z]|I{1,3}|IV|V)");

    /**
     * A line of a common word and a number alone heads a part of a list or a league ("Division one", "Group B"):
     * the word is no name, whatever the model made of it.
     */
    void withoutPartHeadings(List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        for (int[] line : lines) {
            if (line[1] - line[0] == 2 && PART_NUMBER.matcher(tokens.get(line[0] + 1).text()).matches()
                    && common(tokens.get(line[0]).text())) {
                mentions.removeIf(m -> m.start() == line[0] && m.end() == line[0] + 1 && !m.known());
            }
        }
    }

    /** Words before a number that name what it counts: "No. 2", "Suite 301", "Chapter 7". */
    static final Set<String> NUMBERED = wordSet("No.", "No", "Nos.", "Suite", "Room", "Floor", "Apt", "Apt.",
            "Chapter", "Section", "Figure", "Table", "Page", "Step", "Phase", "Episode", "Season", "Vol.", "Volume");

    /** Surnames that name diseases with their possessive: "Alzheimer 's", "Parkinson 's". */
    static final Set<String> EPONYMOUS_DISEASES = wordSet("Alzheimer", "Parkinson", "Crohn", "Huntington",
            "Hodgkin", "Asperger", "Tourette", "Addison", "Cushing", "Raynaud", "Sjogren", "Sjögren", "Meniere",
            "Ménière");

    /** Capitalised words that name peoples by colour before a noun: "White adolescents", "Black voters". */
    static final Set<String> PEOPLES_BY_COLOUR = wordSet("White", "Black", "Brown");

    /**
     * Drops a one-word name that is a common acronym ({@link NameWords#COMMON_ACRONYMS}: "USB", "API"), and one that is
     * only capitalised because it opens a sentence, a line or a list item
     * ("Leverage your team's skills", "Organic shapes are back", "Labor makes up a big part of the cost") when the
     * text itself uses the word in lower case elsewhere ("labor rates") and never capitalises it where a sentence
     * does not start. A known spelling, a known given name, a word of a longer name the text mentions ("Bush" after
     * "George Bush") and a word a speech verb follows ("Major said") stay. A body's word alone the model took for an
     * organisation opening a sentence before a word in lower case is dropped whatever the text names ("Bank shares
     * were hit" after "Hokkaido Takushoku Bank"). A heading's words in title case count as a sentence's first word
     * ({@link #opensOrHeading}). Dropped wherever they stand are a number's word ({@link #NUMBERED}), a disease named
     * after a person ({@link #EPONYMOUS_DISEASES}) and a people's colour before a noun ({@link #PEOPLES_BY_COLOUR}).
     */
    void dropCommonWords(String text, List<Token> tokens, BitSet starts, List<Mention> mentions) {
        // only the one-word names that open a sentence may be dropped: the text is searched for their words alone
        Set<String> opening = new HashSet<>();
        Set<String> openingInLowerCase = new HashSet<>();
        BitSet firstChars = new BitSet(); // of the words above: most words of the text start with none of them
        for (Mention m : mentions) {
            if (!m.known() && m.end() - m.start() == 1 && opensOrHeading(text, tokens, starts, m.start())) {
                String word = tokens.get(m.start()).text();
                String inLowerCase = word.toLowerCase(Locale.ROOT);
                opening.add(word);
                openingInLowerCase.add(inLowerCase);
                firstChars.set(word.charAt(0));
                firstChars.set(inLowerCase.charAt(0));
            }
        }
        Set<String> lower = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (int i = 0; i < tokens.size() && !opening.isEmpty(); i++) {
            String word = tokens.get(i).text();
            if (!firstChars.get(word.charAt(0))) {
                continue;
            }
            if (Character.isLowerCase(word.codePointAt(0))) {
                if (openingInLowerCase.contains(word)) {
                    lower.add(word);
                }
            } else if (opening.contains(word) && !opensOrHeading(text, tokens, starts, i)) {
                capitalisedInside.add(word);
            }
        }
        Set<String> inLongerNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.end() - m.start() > 1) {
                for (int k = m.start(); k < m.end(); k++) {
                    inLongerNames.add(tokens.get(k).text());
                }
            }
        }
        mentions.removeIf(m -> {
            if (m.known() || m.end() - m.start() != 1) {
                return false;
            }
            String word = tokens.get(m.start()).text();
            if (COMMON_ACRONYMS.contains(word) || word.length() > 2 && word.endsWith("s")
                    && COMMON_ACRONYMS.contains(word.substring(0, word.length() - 1))) {
                return true; // "the USB port", "the API", "LLMs": an acronym of a thing, not of a name
            }
            Token next = m.end() < tokens.size() ? tokens.get(m.end()) : null;
            if (next != null && NUMBERED.contains(word) && Character.isDigit(next.text().charAt(0))) {
                return true; // "the No. 2 software", "Suite 301": a number's word
            }
            if (next != null && EPONYMOUS_DISEASES.contains(word) && Tokens.isPossessive(next.text())
                    && !(m.end() + 1 < tokens.size() && tokens.get(m.end() + 1).capitalised())) {
                return true; // "Alzheimer 's disease", not the "Alzheimer 's Association"
            }
            if (next != null && m.type() != Type.PER && PEOPLES_BY_COLOUR.contains(word) && next.word()
                    && Character.isLowerCase(next.text().charAt(0))) {
                return true; // "White adolescents", "Black voters": a people's word, not a body's or a place's
            }
            if (!opensOrHeading(text, tokens, starts, m.start())) {
                return false;
            }
            // a person's common surname alone, as a sentence's first word, is one the text named in full before
            // ("Brown" after "Gordon Brown"): with no such name, a commodity or a thing ("Copper on the London Metal
            // Exchange rose")
            boolean lowerOrNoOnesName = lower.contains(word.toLowerCase(Locale.ROOT))
                    || m.type() == Type.PER && common(word);
            if (m.type() == Type.ORG && BODIES.contains(word) && lowerCaseWordAfter(text, tokens.get(m.start()))) {
                return true; // "Bank shares were hit", a body's word alone: what kind, not which
            }
            return lowerOrNoOnesName && !capitalisedInside.contains(word)
                    && !inLongerNames.contains(word) && !gazetteer.isGivenName(word)
                    && !speechAfter(text, tokens.get(m.start()));
        });
    }

    /**
     * The last words of bodies' and places' names that still name one after common words in a heading ("Valve
     * Corporation", "Rust Foundation", "Union Square", "West Palm Beach"): of the institutions' and places' last
     * words, all but those headings use as plain nouns ("Marketing Agencies", "Legacy Systems", "Homeowners
     * Insurance", "Catering Service").
     */
    static final Set<String> HEADINGS_NAMES_LAST_WORDS = withoutPlainNouns(union(union(ORG_SUFFIXES, LOC_SUFFIXES),
            union(FACILITIES, PLACE_LAST_WORDS)));

    private static Set<String> withoutPlainNouns(Set<String> words) {
        Set<String> names = new HashSet<>(words);
        names.removeAll(wordSet("Agencies", "Systems", "Technologies", "Insurance", "Service", "Energy", "Network",
                "Team", "Unit", "Division", "Force", "Forces", "Office", "Records", "News", "Fund", "Front",
                "Movement", "Capital", "Oil", "Press", "Command", "Board"));
        return Set.copyOf(names);
    }

    /**
     * Drops a name of two words or more, each a common word, that a heading in title case ({@link #inHeading}) holds:
     * its words are capitalised because the heading's are, and name nothing ("Energy Usage" of "Energy Usage Reports
     * & Insights", "Smart Home Devices" of "Integration with Other Smart Home Devices"). A name the lists know stays
     * ("Supreme Court"), and so does one a body's or a place's last word ends ({@link #HEADINGS_NAMES_LAST_WORDS}),
     * unless it reads as the heading's own phrase: it opens with a verb's "-ing" form or holds a heading's word
     * ("Applying for College", "Choose the Right Book Publishing Company", "Transform Your Campus Recreation Center").
     * Newswire's headlines are in capitals, which only the lists read.
     */
    void withoutHeadingsOfCommonWords(String text, List<Token> tokens, List<Mention> mentions) {
        mentions.removeIf(m -> !m.known() && m.end() - m.start() >= 2
                && (!HEADINGS_NAMES_LAST_WORDS.contains(tokens.get(m.end() - 1).text())
                || tokens.get(m.start()).text().endsWith("ing") || anyOf(HEADINGS_WORDS, tokens, m.start(), m.end()))
                && allCommon(tokens, m.start(), m.end()) && inHeading(text, tokens, m.start()));
    }

    /** Words of headings' phrases that are in no body's or place's name: "Choose the Right...", "Your", "Best". */
    static final Set<String> HEADINGS_WORDS = wordSet("Your", "You", "Our", "My", "the", "The", "a", "A", "an",
            "An", "How", "Why", "What", "Is", "Are", "Best", "Top", "Right", "Choose", "Build", "Transform", "Find");

    /**
     * Whether token {@code i} opens a sentence, a line or a list item ({@link #opens}), or stands in a heading in
     * title case, whose words are capitalised whatever they are ("Track Usage with Smart Plugs"): a line of at most
     * 15 tokens, all words capitalised but the short ones title case leaves alone, two of four letters or more at
     * least, no number but a list item's ("6. Track Usage...": results and standings are no headings) and no
     * sentence's end inside.
     */
    static boolean opensOrHeading(String text, List<Token> tokens, BitSet starts, int i) {
        return opens(text, tokens, starts, i) || inHeading(text, tokens, i);
    }

    /** Whether token {@code i} stands in a heading in title case ({@link #opensOrHeading}). */
    static boolean inHeading(String text, List<Token> tokens, int i) {
        int from = i;
        while (from > 0 && i - from < 15 && !Tokens.lineBreakBefore(text, tokens, from)) {
            from--;
        }
        if (from > 0 && !Tokens.lineBreakBefore(text, tokens, from)) {
            return false; // a line longer than a heading
        }
        int to = i + 1;
        while (to < tokens.size() && to - from <= 15 && !Tokens.lineBreakBefore(text, tokens, to)) {
            to++;
        }
        return to - from <= 15 && titleCased(tokens, from, to);
    }

    /** The short words title case leaves in lower case: "Track Usage with Smart Plugs". */
    static final Set<String> TITLE_CASE_LOWER = wordSet("a", "an", "the", "and", "or", "but", "nor", "for", "of",
            "on", "in", "at", "to", "by", "with", "from", "into", "onto", "over", "upon", "as", "vs", "vs.", "via");

    private static boolean titleCased(List<Token> tokens, int from, int to) {
        if (to - from > 15) {
            return false;
        }
        int words = 0;
        if (from + 1 < to && Character.isDigit(tokens.get(from).text().charAt(0))) {
            from += tokens.get(from + 1).text().equals(".") || tokens.get(from + 1).text().equals(")") ? 2 : 1;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (Character.isDigit(w.charAt(0))) {
                return false; // a line of results, standings or figures: its names are names
            }
            if (!t.word()) {
                if (w.equals(".") && k + 1 < to) {
                    return false; // a sentence ends inside: running text
                }
            } else if (Character.isUpperCase(w.charAt(0))) {
                words += w.length() >= 4 ? 1 : 0;
            } else if (!TITLE_CASE_LOWER.contains(w)) {
                return false;
            }
        }
        return words >= 2;
    }

    /** Whether token {@code i} opens a sentence, a line or a list item (after "-", "•", ":" and the like). */
    static boolean opens(String text, List<Token> tokens, BitSet starts, int i) {
        if (starts.get(i) || i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        if (Tokens.lineBreakBefore(text, tokens, i)) {
            return true;
        }
        return before.text().length() == 1 && "-•*–—:|".indexOf(before.text().charAt(0)) >= 0;
    }
}
