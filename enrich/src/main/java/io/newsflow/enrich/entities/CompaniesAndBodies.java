package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.NameWords.COMMON_ACRONYMS;
import static io.newsflow.enrich.entities.NameWords.COMPANY_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.EMPLOYEES;
import static io.newsflow.enrich.entities.NameWords.EVENT_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.FIGHTERS;
import static io.newsflow.enrich.entities.NameWords.HYPHENED_PARTICLE;
import static io.newsflow.enrich.entities.NameWords.INDUSTRIES;
import static io.newsflow.enrich.entities.NameWords.IN_A_PLACE;
import static io.newsflow.enrich.entities.NameWords.LEGAL_FORMS;
import static io.newsflow.enrich.entities.NameWords.LIST_GLUE;
import static io.newsflow.enrich.entities.NameWords.LOC_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.MONTH_NAMES;
import static io.newsflow.enrich.entities.NameWords.NAMED_INSTITUTIONS;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PRICE_MOVES;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.PeopleRules.compoundAdjective;
import static io.newsflow.enrich.entities.TokenSpans.adjacent;
import static io.newsflow.enrich.entities.TokenSpans.capitalisedAfter;
import static io.newsflow.enrich.entities.TokenSpans.capitalisedBefore;
import static io.newsflow.enrich.entities.TokenSpans.covering;
import static io.newsflow.enrich.entities.TokenSpans.inCapitals;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.isWholeNumber;
import static io.newsflow.enrich.entities.TokenSpans.lettersOnly;
import static io.newsflow.enrich.entities.TokenSpans.overlaps;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCased;
import static io.newsflow.enrich.entities.TokenSpans.union;
import static io.newsflow.enrich.entities.TokenSpans.wordBefore;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;
import static io.newsflow.enrich.entities.TokenSpans.words;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules for companies, bodies and publications: companies listed or moving on the markets, units and employers
 * of companies, bodies named by their words, in full, of places or of other states, newspapers, press digests'
 * papers, groups, partnerships, and the indices and crude grades that are none of these. Stateless apart from the
 * shared, immutable {@link Lexicon}: thread-safe.
 */
final class CompaniesAndBodies extends Lexicon {

    CompaniesAndBodies(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /** Of whom works for a company, the lower-case word before the name: "analyst", "agent", "chairman". */
    static final Set<String> EMPLOYED_BEFORE = union(EMPLOYEES, wordSet("agent", "chairman", "chairwoman",
            "director", "broker", "lawyer", "attorney", "consultant", "partner"));

    /** Last words of newspapers' names after a place's: "the Kansas City Star", "the Toledo Blade". */
    static final Set<String> NEWSPAPER_WORDS = wordSet("Times", "Post", "Herald", "Tribune", "Journal",
            "Gazette", "Chronicle", "Sentinel", "Star", "Globe", "Observer", "Courier", "Examiner", "Telegraph",
            "Inquirer", "Enquirer", "Register", "Dispatch", "Bulletin", "Republic", "Mercury", "Bee", "Blade",
            "Standard", "Statesman", "Advertiser", "Argus", "Recorder", "Daily", "News", "Press", "Democrat",
            "Dealer", "Sun", "Mirror", "Record");

    /** A newspaper's edition between the place and its last word: "the Manchester Evening News". */
    static final Set<String> NEWSPAPER_EDITIONS = wordSet("Evening", "Morning", "Daily", "Sunday", "Free",
            "Weekly", "Plain");

    /**
     * A word the model took for a place alone, that no list knows, is the organisation whose longer name the text
     * gives with that word inside it, after its first word and before its last and any "of", and is reported under
     * that name: "Amaru" of "Tupac Amaru rebels" where the text names the "Tupac Amaru Revolutionary Movement" (not
     * "Urbino" of "University of Urbino", "Coruna" of "Deportivo Coruna" nor "Narita" of "Narita International
     * Airport", where the place is the body's home).
     */
    void wordsOfBodies(List<Token> tokens, List<Mention> mentions) {
        Map<String, String> inside = new HashMap<>();
        for (Mention m : mentions) {
            for (int k = m.start() + 1; m.type() == Type.ORG && k < m.end() - 1; k++) {
                String w = tokens.get(k).text();
                if (CONNECTORS.contains(w)) {
                    break;
                }
                inside.putIfAbsent(w, m.name());
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String body = m.end() - m.start() == 1 ? inside.get(tokens.get(m.start()).text()) : null;
            if (body != null && m.type() == Type.LOC && !m.known() && lookup(tokens, m.start(), m.end()) == null) {
                mentions.set(i, new Mention(m.start(), m.end(), Type.ORG, body, false));
            } else if (m.type() == Type.ORG && !m.known() && m.end() - m.start() >= 2 && m.end() < tokens.size()
                    && FIGHTERS.contains(tokens.get(m.end()).text())) {
                // "Tupac Amaru" of "Tupac Amaru rebels", where the text names the "Tupac Amaru Revolutionary
                // Movement": the first words of a longer name the text gives
                for (Mention longer : mentions) {
                    if (longer.type() == Type.ORG && longer.end() - longer.start() > m.end() - m.start()
                            && sameWords(tokens, m.start(), longer.start(), m.end() - m.start())) {
                        mentions.set(i, new Mention(m.start(), m.end(), Type.ORG, longer.name(), false));
                        break;
                    }
                }
            }
        }
    }

    /** Whether the {@code n} tokens from {@code a} are the {@code n} tokens from {@code b}, word for word. */
    static boolean sameWords(List<Token> tokens, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            if (!tokens.get(a + k).text().equals(tokens.get(b + k).text())) {
                return false;
            }
        }
        return true;
    }

    /** A company's officers' titles that follow the company's name: "Tesla CEO Elon Musk", "Ryanair boss". */
    static final Set<String> OFFICERS = wordSet("CEO", "chief", "Chief", "boss", "founder", "co-founder", "Founder",
            "Co-founder", "chairman", "Chairman", "chairwoman", "Chairwoman");

    /**
     * One to three capitalised words no name covers, a company officer's title ({@link #OFFICERS}) and a person the
     * text names are the person's employer, an organisation: "Tesla CEO Elon Musk", "Uber co-founder Travis
     * Kalanick" (the model found only the person). Not common words ("Former CEO"), a title's or a place's words, a
     * people's adjective, nor a given name.
     */
    void employersBeforeOfficers(String text, List<Token> tokens, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention person = mentions.get(i);
            int role = person.start() - 1;
            if (person.type() != Type.PER || role < 1 || !OFFICERS.contains(tokens.get(role).text())
                    && !(role > 1 && tokens.get(role).text().equalsIgnoreCase("executive")
                    && tokens.get(--role).text().equalsIgnoreCase("chief"))) {
                continue;
            }
            int start = spacesOnly(text, tokens.get(role - 1), tokens.get(role)) ? capitalisedBefore(text, tokens, role)
                    : role;
            if (start == role || start > 0 && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                    || covering(mentions, role - 1) != null || allCommon(tokens, start, role)
                    || !noKnownWord(tokens, start, role) || gazetteer.isAnyGivenName(tokens.get(start).text())
                    || NOT_NAMES.contains(tokens.get(start).text())) {
                continue;
            }
            found.add(new Mention(start, role, Type.ORG, spanText(text, tokens, start, role), false));
        }
        for (Mention m : found) {
            if (covering(mentions, m.start()) == null) {
                mentions.add(m);
            }
        }
        if (!found.isEmpty()) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Words before a company's name and the title of one of its officers: "a former Rockwell Collins chief". */
    static final Set<String> OFFICERS_COMPANY_OPENERS = wordSet("a", "an", "the", "former");

    /** Officers' titles in lower case that follow a company's name where no person's name follows them. */
    static final Set<String> OFFICERS_ALONE = wordSet("CEO", "boss", "founder", "co-founder", "chairman",
            "chairwoman");

    /**
     * A name taken for a person's, between a determiner (or "former") and a company officer's title with no name
     * after it, is the company's, an organisation: "Kelly Ortberg, a former Rockwell Collins chief executive", "the
     * Goldman Sachs chairman"; not "former chief executive Dave Calhoun", nor "the John Smith chairman Anne Lee".
     */
    void employersBeforeTitlesAlone(List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int title = m.end();
            if (m.type() != Type.PER || m.known() || m.end() - m.start() > 3 || m.start() == 0
                    || title >= tokens.size() || !OFFICERS_COMPANY_OPENERS.contains(tokens.get(m.start() - 1).text())) {
                continue;
            }
            int after = OFFICERS_ALONE.contains(tokens.get(title).text()) ? title + 1
                    : title + 1 < tokens.size() && tokens.get(title).text().equals("chief")
                    && tokens.get(title + 1).text().equals("executive") ? title + 2 : -1;
            if (after > 0 && !(after < tokens.size() && tokens.get(after).word() && tokens.get(after).capitalised())) {
                mentions.set(i, m.as(Type.ORG));
            }
        }
    }

    /**
     * A word no list knows as a place, its possessive and a person named in full name the person's team or employer,
     * an organisation: "Ferrari's Michael Schumacher", "Benetton's Gerhard Berger" (a country stays a place:
     * "Britain's Damon Hill"); so is a person's name the model found after a person named in full and "of", where
     * it starts with no given name: "Egizio Bianchini of Nesbitt Burns".
     */
    void employersOfPeople(List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention next = mentions.get(i + 1);
            if (m.end() - m.start() == 1 && m.type() != Type.ORG && !m.known() && next.start() == m.end() + 1
                    && next.type() == Type.PER && next.end() - next.start() >= 2
                    && Tokens.isPossessive(tokens.get(m.end()).text()) && lookup(tokens, m.start(), m.end()) == null) {
                mentions.set(i, m.as(Type.ORG));
            }
            if (m.type() == Type.PER && m.end() - m.start() >= 2 && next.type() == Type.PER && !next.known()
                    && next.start() == m.end() + 1 && tokens.get(m.end()).text().equals("of")
                    && !gazetteer.isAnyGivenName(tokens.get(next.start()).text())) {
                mentions.set(i + 1, next.as(Type.ORG));
            }
        }
    }

    /**
     * A name taken for a person's, one or two words no list knows, right before an institution found as its head
     * word and what follows ("School of Business"), with only spaces between, opens that institution's name: the
     * benefactor's ("the Ross School of Business", "the Courtauld Institute of Art").
     */
    void benefactorsOfInstitutions(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention person = mentions.get(i);
            Mention body = mentions.get(i + 1);
            if (person.type() == Type.PER && !person.known() && person.end() - person.start() <= 2
                    && body.type() == Type.ORG && body.start() == person.end() && body.end() - body.start() >= 3
                    && NAMED_INSTITUTIONS.contains(tokens.get(body.start()).text())
                    && spacesOnly(text, tokens.get(person.end() - 1), tokens.get(body.start()))) {
                mentions.set(i, new Mention(person.start(), body.end(), Type.ORG,
                        spanText(text, tokens, person.start(), body.end()), false));
                mentions.remove(i + 1);
            }
        }
    }

    /**
     * A person's name the model found whose first word is a company the document names (alone or with its legal form
     * only) is one of that company's units, an organisation: "Mannesmann Mobilfunk" after "Mannesmann AG", "Volvo
     * Trucks" after "Volvo" (not when the word is a given name: "Morgan Freeman" after "Morgan"); and so is the
     * company's name alone wherever the model took it for a person's, and its name of two words or more without its
     * legal form ("Sime Darby" after "Sime Darby Bhd").
     */
    void unitsOfCompanies(List<Token> tokens, List<Mention> mentions) {
        Set<String> companies = new HashSet<>();
        Set<String> shortNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == Type.ORG && tokens.get(m.start()).word() && tokens.get(m.start()).text().length() > 2
                    && onlyLegalFormsAfter(tokens, m.start() + 1, m.end())) {
                companies.add(tokens.get(m.start()).text());
            }
            if (m.type() == Type.ORG && m.end() - m.start() >= 3 && LEGAL_FORMS.contains(tokens.get(m.end() - 1).text())
                    && noneButWords(tokens, m.start(), m.end())) {
                shortNames.add(String.join(" ", words(tokens, m.start(), m.end() - 1)));
            }
        }
        if (!shortNames.isEmpty()) {
            // "Sime Darby" after "Sime Darby Bhd": the company's name without its legal form
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.type() != Type.ORG && !m.known() && m.end() - m.start() >= 2 && shortNames.contains(m.name())) {
                    mentions.set(i, m.as(Type.ORG));
                }
            }
        }
        if (companies.isEmpty()) {
            return;
        }
        Set<String> withUnits = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String first = tokens.get(m.start()).text();
            if (m.type() == Type.PER && !m.known() && m.end() - m.start() >= 2 && companies.contains(first)
                    && !gazetteer.isAnyGivenName(first)) {
                mentions.set(i, m.as(Type.ORG));
                withUnits.add(first);
            }
        }
        // the company's name alone is the company wherever the model took it for a person's
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == Type.PER && !m.known() && m.end() - m.start() == 1
                    && withUnits.contains(tokens.get(m.start()).text())) {
                mentions.set(i, m.as(Type.ORG));
            }
        }
    }

    /** Words after a name that make it a company's unit: "its Grundig unit", "its Jaguar subsidiary". */
    static final Set<String> UNIT_WORDS = wordSet("unit", "units", "subsidiary", "subsidiaries", "division", "arm",
            "affiliate", "offshoot");

    /**
     * One to three capitalised words after "its", "their" or a company's possessive, then up to two lower-case words
     * and a unit's word, are a company's unit, an organisation: "Ford said its Jaguar subsidiary", "its Nixdorf
     * computer unit", "BMW 's Rover unit" (each had been a place). Not a name the lists know or a people's adjective
     * ("its Brazil unit", "its Australian arm"), nor a person's name the lists know; words no rule or model took for
     * a name are one only when none of them is a common word.
     */
    void unitsByTheirWord(String text, List<Token> tokens, List<Mention> mentions) {
        boolean changed = false;
        for (int u = 2; u < tokens.size(); u++) {
            String word = tokens.get(u).text();
            char c = word.charAt(0);
            if (c != 'u' && c != 's' && c != 'd' && c != 'a' && c != 'o' || !UNIT_WORDS.contains(word)) {
                continue; // most words start with none of the unit words' letters
            }
            int end = u;
            while (end > 0 && u - end < 2 && describesTheUnit(tokens.get(end - 1))) {
                end--; // "computer", "truck"
            }
            int start = end;
            while (start > 0 && end - start < 3 && tokens.get(start - 1).word()
                    && tokens.get(start - 1).capitalised()) {
                start--; // "Jaguar", "Imperial Tobacco"
            }
            if (start == end || start == 0 || !ownersWord(tokens, start - 1, mentions)
                    || !adjacent(text, tokens, start - 1, u + 1) || lookup(tokens, start, end) != null
                    || isDescriptive(tokens, start, end)) {
                continue;
            }
            Mention named = null;
            boolean other = false; // more than one name there, a known one, a body already, or one reaching out
            for (Mention m : mentions) {
                if (m.start() < end && start < m.end()) {
                    other |= named != null || m.known() || m.type() == Type.ORG || m.start() < start || m.end() > end;
                    named = m;
                }
            }
            if (other) {
                continue;
            }
            if (named != null) {
                mentions.set(mentions.indexOf(named), named.as(Type.ORG));
            } else if (noCommonWord(tokens, start, end)) { // "its AI consulting division" names none
                mentions.add(new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false));
                changed = true;
            }
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** A lower-case word between a unit's name and its unit's word: "computer", "truck", "aerospace". */
    private static boolean describesTheUnit(Token t) {
        return t.word() && !t.capitalised() && !t.text().equals("its") && !t.text().equals("their");
    }

    /** Whether token {@code k} says whose the unit after it is: "its", "their", or a company's possessive. */
    private static boolean ownersWord(List<Token> tokens, int k, List<Mention> mentions) {
        String w = tokens.get(k).text();
        if (w.equals("its") || w.equals("their")) {
            return true;
        }
        return k > 0 && Tokens.isPossessive(w) && mentions.stream()
                .anyMatch(m -> m.end() == k && m.type() == Type.ORG);
    }

    /** Whether tokens [start, end) are all words. */
    static boolean noneButWords(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!tokens.get(k).word()) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens [from, end) are all legal forms ("AG", "Corp"): true when there are none. */
    static boolean onlyLegalFormsAfter(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!LEGAL_FORMS.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replaces mention {@code i} with an organisation from its start to {@code end}, unless another mention holds a
     * word between its end and {@code end}.
     */
    static void extendToOrganisation(String text, List<Token> tokens, List<Mention> mentions, int i, int end) {
        Mention m = mentions.get(i);
        if (mentions.stream().noneMatch(o -> o != m && o.start() < end && o.end() > m.end())) {
            mentions.set(i, new Mention(m.start(), end, Type.ORG, spanText(text, tokens, m.start(), end), false));
        }
    }

    /** Kinds of organisations in the plural, before the names of some: "three cable companies, including". */
    static final Set<String> KINDS_OF_BODIES = wordSet("companies", "firms", "banks", "carmakers", "automakers",
            "airlines", "insurers", "retailers", "brokerages", "lenders", "manufacturers", "makers",
            "producers", "conglomerates", "utilities", "miners", "refiners", "publishers", "broadcasters",
            "newspapers", "agencies", "organisations", "organizations", "charities", "unions", "clubs", "teams",
            "parties", "operators", "chains", "groups", "giants", "rivals", "competitors", "shipbuilders");
    /**
     * The names after a kind of organisations in the plural and "including", "such as" or "like", and the names
     * listed after them, are organisations: "three cable companies, including Bell Cablemedia and Videotron" (people
     * to the model), "banks such as Morgan Stanley", "clubs like Leeds and Everton" (places). A name no rule found is
     * one to four capitalised words, not common words alone; a country stays a place ("companies in countries such
     * as"), and an adjective of a place before a name is none of it ("US-based McKinsey").
     */
    void bodiesByTheirKind(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean changed = false;
        for (int name = marks.capitals().nextSetBit(3); name >= 0; name = marks.capitals().nextSetBit(name + 1)) {
            int k = name - 1; // the word before a capitalised word: most are none of the examples' words
            String word = tokens.get(k).text();
            char c = word.charAt(0);
            boolean example = c == 'i' ? word.equals("including") : c == 'l' ? word.equals("like")
                    : c == 'a' && word.equals("as");
            if (!example) {
                continue;
            }
            boolean as = c == 'a';
            int kind = as ? k - 2 : k - 1;
            if (kind > 0 && tokens.get(kind).text().equals(",")) {
                kind--;
            }
            if (kind < 0 || !KINDS_OF_BODIES.contains(tokens.get(kind).text())
                    || as && !tokens.get(k - 1).text().equals("such")) {
                continue;
            }
            int item = k + 1;
            while (item < tokens.size() && tokens.get(item).word() && tokens.get(item).capitalised()) {
                if (compoundAdjective(tokens.get(item).text()) && covering(mentions, item) == null) {
                    item++; // "companies such as US-based McKinsey"
                    continue;
                }
                int end = bodyAt(text, tokens, item, mentions);
                if (end < 0) {
                    break;
                }
                changed = true;
                int glue = glueAt(tokens, end);
                if (glue == 0) {
                    break;
                }
                item = end + glue;
            }
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * Makes the name that starts at token {@code start} an organisation, a name found or one to four capitalised
     * words no name covers: where it ends, or -1 when no name of an organisation starts there.
     */
    private int bodyAt(String text, List<Token> tokens, int start, List<Mention> mentions) {
        Mention found = covering(mentions, start);
        if (found != null) {
            if (found.start() != start || found.type() == Type.LOC && gazetteer.isCountry(found.name())) {
                return -1;
            }
            if (found.type() != Type.ORG) {
                mentions.set(mentions.indexOf(found), found.known() ? new Mention(found.start(), found.end(),
                        Type.ORG, spanText(text, tokens, found.start(), found.end()), false) : found.as(Type.ORG));
            }
            return found.end();
        }
        int end = start;
        while (end < tokens.size() && end - start < 4 && tokens.get(end).word() && tokens.get(end).capitalised()
                && covering(mentions, end) == null) {
            end++;
        }
        if (allCommon(tokens, start, end) || NOT_NAMES.contains(tokens.get(start).text())) {
            return -1;
        }
        mentions.add(new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false));
        return end;
    }

    /** Words of a deal before the company it is for: "to buy Seagen", "a stake in Brisby", "merge with Kellan". */
    static final Set<String> DEALS = wordSet("buy", "buys", "bought", "buying", "acquire", "acquires", "acquired",
            "acquiring", "over", "with", "in", "for", "of");

    /** The word before "over", "with", "in", "for" or "of" that makes it a deal's. */
    static final Map<String, Set<String>> DEALS_BEFORE = Map.of(
            "over", wordSet("take", "takes", "took", "taking", "taken"),
            "with", wordSet("merge", "merged", "merging", "merger"),
            "in", wordSet("stake", "stakes", "shareholding", "holding"),
            "for", wordSet("bid", "bids", "offer", "offers"),
            "of", wordSet("takeover", "acquisition", "purchase", "buyout"));

    /** What may follow a deal's company: "for $ 69 billion", "in a deal", a comma. */
    static final Set<String> AFTER_DEALS = wordSet(",", ".", ";", ":", "(", ")", "for", "in", "from", "on", "at",
            "last", "this", "after", "to", "with", "and");

    /**
     * One to three capitalised words after a deal's words ({@link #DEALS}) name the company it is for, where no name
     * covers them or the model took them for a person whose first word is no given name: "agreed to buy Activision
     * Blizzard for $ 69 billion", "will take over Seagen in a deal", "to merge with Kellan" (a person to the model);
     * and so do those after "by" after the company, the bidder, before a verb too ("the takeover of Northern
     * Electric by CalEnergy was cleared"). Not before a word that makes them an adjective ("bought Manhattan real
     * estate", "acquired Picasso paintings"), not common words, a given name, a title, nor a name a list knows.
     */
    void companiesInDeals(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        namesTypedByTheWordBefore(text, tokens, marks, mentions, k -> dealsWord(tokens, k), AFTER_DEALS::contains,
                Type.ORG);
        namesTypedByTheWordBefore(text, tokens, marks, mentions, k -> bidderAfter(tokens, k),
                w -> AFTER_DEALS.contains(w) || AUXILIARIES.contains(w), Type.ORG); // the bidder, before a verb
    }


    /** Whether token {@code k} is a deal's word ({@link #DEALS}) after the word that makes it one, if it needs one. */
    private static boolean dealsWord(List<Token> tokens, int k) {
        String word = tokens.get(k).text();
        Set<String> before = DEALS_BEFORE.get(word);
        return DEALS.contains(word) && (before == null || k > 0 && before.contains(tokens.get(k - 1).text()));
    }

    /**
     * Whether token {@code k} is "by" after a deal's "of", "for" or "in" and one to three capitalised words: the
     * bidder follows ("the takeover of Northern Electric by CalEnergy", "a bid for Lonrho by Anglo").
     */
    private static boolean bidderAfter(List<Token> tokens, int k) {
        if (!tokens.get(k).text().equals("by")) {
            return false;
        }
        int j = k - 1;
        while (j > 0 && k - j <= 3 && tokens.get(j).capitalised()) {
            j--;
        }
        String deal = tokens.get(j).text();
        return j < k - 1 && (deal.equals("of") || deal.equals("for") || deal.equals("in")) && dealsWord(tokens, j);
    }

    /**
     * A second body's members joined by "and" to the first's ("Senate Republicans and House Democrats", where the
     * first body is found on its own) are that second body where the lists know it ("House"), and no name where they
     * do not: a run of "Republicans and House Democrats" is none.
     */
    void secondBodysMembers(List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.known() || m.end() - m.start() < 4 || !SentenceTagger.PARTY_MEMBERS.contains(tokens.get(m.start())
                    .text()) || !tokens.get(m.start() + 1).text().equals("and")
                    || !SentenceTagger.PARTY_MEMBERS.contains(tokens.get(m.end() - 1).text())) {
                continue;
            }
            Entry body = lookup(tokens, m.start() + 2, m.end() - 1);
            if (body != null && body.kind() == Kind.ORGANIZATION) {
                mentions.set(i, new Mention(m.start() + 2, m.end() - 1, Type.ORG, body.canonical(), true));
            } else {
                mentions.remove(i--);
            }
        }
    }

    /** Lower-case words of a medium right before its name: "the magazine Der Stern", "state television HRT". */
    static final Set<String> MEDIA_BEFORE = wordSet("newspaper", "daily", "weekly", "magazine", "journal", "tabloid",
            "broadcaster", "television", "radio");

    /**
     * One to four capitalised words right after a medium's word ({@link #MEDIA_BEFORE}) and on its line name that
     * medium, an organisation, whatever the model made of them: "the magazine Der Stern" (a person to the model),
     * "the journal Nature", "state television HRT", "French daily Le Monde". The word before the medium's describes
     * it ("the", a capitalised word, an adjective such as "state"; not "in daily HR work"). Not a word never a name
     * on its own ("on television Sunday"), nor a name a list knows as something else.
     */
    void mediaByTheirWord(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean changed = false;
        for (int c = marks.capitals().nextSetBit(1); c >= 0; c = marks.capitals().nextSetBit(c + 1)) {
            int k = c - 1; // the word before a capitalised one
            if (!tokens.get(k + 1).capitalised() || tokens.get(k).capitalised()
                    || !MEDIA_BEFORE.contains(tokens.get(k).text()) || k == 0 || !mediumBefore(tokens.get(k - 1))) {
                continue;
            }
            int end = capitalisedAfter(text, tokens, k, 4);
            if (end == k + 1 || end - k > 4 || NOT_NAMES.contains(tokens.get(k + 1).text())) {
                continue;
            }
            int from = k + 1;
            int to = end;
            Entry known = lookup(tokens, from, to);
            boolean otherKnown = mentions.stream().anyMatch(m -> m.start() < to && from < m.end()
                    && (m.known() && m.type() != Type.ORG || m.start() < from || m.end() > to));
            if (known != null && known.kind() != Kind.ORGANIZATION || otherKnown) {
                continue;
            }
            replace(mentions, new Mention(from, to, Type.ORG, spanText(text, tokens, from, to), false));
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Lower-case words before a medium's word that describe it: "the state broadcaster", "business daily". */
    static final Set<String> MEDIA_ADJECTIVES = wordSet("the", "a", "an", "'s", "’s", "state", "business",
            "financial", "local", "national", "regional", "official", "independent", "leading", "popular",
            "influential", "opposition", "government", "pro-government", "evening", "morning", "sunday", "public",
            "private", "satirical", "weekly", "daily", "news", "political", "medical", "scientific", "online");

    /** Whether the token before a medium's word describes it: a capitalised word ("French daily") or an adjective. */
    private static boolean mediumBefore(Token before) {
        return before.word() && before.capitalised() || MEDIA_ADJECTIVES.contains(before.text());
    }

    /** Capitalised words that name a learned publication with the words around them: "Journal of Medicine". */
    static final Set<String> JOURNAL_WORDS = wordSet("Journal", "Annals", "Proceedings");

    /** Prefixes that a hyphen joins to a name, capitalised as a sentence's first word: "Ex-Google engineers". */
    static final Set<String> WORD_PREFIXES = wordSet("Ex", "Pro", "Anti", "Non", "Post", "Pre", "Mid", "Neo", "Co",
            "Un", "Re", "Semi", "Multi", "Over", "Under", "Super", "All", "Cross", "Inter", "Trans", "Pan");

    /**
     * A capitalised word joined by a hyphen to a company the lists know is a company, where no known name covers it:
     * a racing team by its chassis and engine ("Williams-Renault", "Benetton-Renault"), two companies merged
     * ("Pharmacia-Upjohn"); not peoples joined ("Anglo-Dutch"), nor a prefix before a company ("ex-Google").
     */
    void hyphenedCompanies(List<Token> tokens, Marks marks, List<Mention> mentions) {
        for (int k = marks.hyphened().nextSetBit(0); k >= 0; k = marks.hyphened().nextSetBit(k + 1)) {
            String word = tokens.get(k).text();
            int hyphen = word.indexOf('-');
            if (hyphen < 1 || hyphen + 2 > word.length() || !Character.isUpperCase(word.charAt(hyphen + 1))
                    || word.indexOf('-', hyphen + 1) >= 0) {
                continue;
            }
            Entry company = gazetteer.lookup(List.of(word.substring(hyphen + 1)));
            if (company == null || company.kind() != Kind.ORGANIZATION || gazetteer.lookup(List.of(word)) != null
                    || joinedPeoples(word) || WORD_PREFIXES.contains(word.substring(0, hyphen))) {
                continue;
            }
            Mention covering = covering(mentions, k);
            if (covering == null) {
                mentions.add(new Mention(k, k + 1, Type.ORG, word, false));
                mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            } else if (covering.start() == k && covering.end() == k + 1 && !covering.known()
                    && covering.type() != Type.ORG) {
                mentions.set(mentions.indexOf(covering), covering.as(Type.ORG));
            }
        }
    }

    /**
     * The model's person no list knows that opens with a people's adjective and holds no given name is a body named
     * after its nation ("British Nuclear Fuels said", "Irish Life"): a person's name does not start with the people's
     * adjective, which describes the person ("Kenyan Daniel Komen").
     */
    void bodiesOfAPeople(List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != Type.PER || m.known() || m.end() - m.start() < 2) {
                continue;
            }
            boolean givenName = false;
            for (int k = m.start(); k < m.end() && !givenName; k++) { // "Christian" is a faith's and a name
                givenName = gazetteer.isAnyGivenName(tokens.get(k).text());
            }
            if (!givenName && nationsAdjective(tokens.get(m.start()).text())) { // most people's names hold a given name
                mentions.set(i, m.as(Type.ORG));
            }
        }
    }

    /** Auxiliary verbs, which may follow a name that is a clause's subject: "CalEnergy was", "the Tupac Amaru has". */
    static final Set<String> AUXILIARIES = wordSet("is", "was", "were", "are", "has", "had", "have", "will", "would",
            "could");

    /** What may follow a body's name after "the" where it ends a clause: punctuation, "and", "or", a verb. */
    static final Set<String> AFTER_A_BODY = union(AUXILIARIES, wordSet("and", "or"));

    /** Prepositions before "the" and a body's name: "members of the Tupac Amaru", "talks with the Khmer Rouge". */
    static final Set<String> PREPOSITIONS_BEFORE_A_BODY = wordSet("of", "by", "with", "against", "for", "from",
            "between", "to");

    /**
     * The model's person of two words or more, that no list knows, after a preposition and "the" and before
     * punctuation, "and" or a verb, is a body: a person's name takes no article ("members of the Tupac Amaru ,");
     * not where a noun follows, which the name describes ("of the Clinton administration"), nor a name that opens
     * with a given name or holds a title.
     */
    void bodiesAfterThe(List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != Type.PER || m.known() || m.end() - m.start() < 2 || m.start() < 2
                    || !tokens.get(m.start() - 1).text().equals("the")
                    || !PREPOSITIONS_BEFORE_A_BODY.contains(tokens.get(m.start() - 2).text())
                    || gazetteer.isAnyGivenName(tokens.get(m.start()).text())
                    || anyOf(TITLES, tokens, m.start(), m.end())
                    || LOC_SUFFIXES.contains(tokens.get(m.end() - 1).text())) {
                continue; // "the Head Winemaker", "the Harbour Road": a title, a place
            }
            Token after = m.end() < tokens.size() ? tokens.get(m.end()) : null;
            if (after == null || !after.word() || AFTER_A_BODY.contains(after.text())
                    || PeopleRules.verbAfterName(after)) {
                mentions.set(i, m.as(Type.ORG));
            }
        }
    }

    /**
     * One capitalised word that no list knows and that is neither a common word nor a given name, after a comma and
     * before "reported" and the sentence's end, is the news agency or paper that reported it, an organisation ("...
     * closer ties with Romania , Basapress reported ."): people say, bodies report.
     */
    void reportingBodies(List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean added = false;
        for (int k = marks.capitals().nextSetBit(1); k >= 0 && k + 2 < tokens.size();
                k = marks.capitals().nextSetBit(k + 1)) {
            String word = tokens.get(k).text();
            String end = tokens.get(k + 2).text();
            if (!tokens.get(k + 1).text().equals("reported") || !tokens.get(k - 1).text().equals(",")
                    || !end.equals(".") && !end.equals(";") || !tokens.get(k).word() || common(word)
                    || gazetteer.isAnyGivenName(word) || covering(mentions, k) != null
                    || gazetteer.lookup(List.of(word)) != null) {
                continue;
            }
            mentions.add(new Mention(k, k + 1, Type.ORG, word, false));
            added = true;
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Prefixes of surnames that a capital follows inside the word: "McAllister", "MacArthur", "DiMaggio". */
    static final Set<String> SURNAME_PREFIXES = wordSet("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
            "Fitz", "Del", "Della", "Dos", "Das");

    /**
     * A word of letters with a capital inside it after two lower-case letters or more, that no name covers, right
     * before "said" or "says", is a company that speaks ("CalEnergy said", "WorldCom says", where the model found
     * nothing); not a surname whose prefix the capital follows ("McAllister said", "DiMaggio said").
     */
    void camelCasedCompanies(List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean added = false;
        for (int k = marks.capitals().nextSetBit(0); k >= 0 && k + 1 < tokens.size();
                k = marks.capitals().nextSetBit(k + 1)) {
            if (!Acronyms.beforeSaid(tokens, k)) {
                continue;
            }
            String word = tokens.get(k).text();
            int inner = innerCapitalAt(word);
            if (inner < 3 || inner + 1 >= word.length() || !Character.isLowerCase(word.charAt(1))
                    || !lettersOnly(word) || SURNAME_PREFIXES.contains(word.substring(0, inner))
                    || covering(mentions, k) != null || gazetteer.lookup(List.of(word)) != null) {
                continue;
            }
            mentions.add(new Mention(k, k + 1, Type.ORG, word, false));
            added = true;
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * A place and the word of an industry right after it ({@link NameWords#INDUSTRIES}) name a company, an
     * organisation: a place the lists or the model found ("Yorkshire Electricity", "Midlands Electricity", "Thames
     * Chemicals", where the place alone was the name) or the direction of a region, where nothing was found
     * ("Eastern Electricity", "Western Mining"); and the model's place that ends with such a word is the company
     * ("Northern Electric"). No other name covers the industry's word.
     */
    void companiesOfPlacesByTheirIndustry(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean added = false;
        for (int k = marks.capitals().nextSetBit(1); k >= 0; k = marks.capitals().nextSetBit(k + 1)) {
            if (!INDUSTRIES.contains(tokens.get(k).text()) || !tokens.get(k - 1).capitalised()
                    || !spacesOnly(text, tokens.get(k - 1), tokens.get(k))) {
                continue;
            }
            Mention at = covering(mentions, k);
            if (at != null) {
                if (at.type() == Type.LOC && !at.known() && at.start() < k && at.end() == k + 1) {
                    mentions.set(mentions.indexOf(at), at.as(Type.ORG));
                }
                continue;
            }
            Mention place = covering(mentions, k - 1);
            if (place != null && place.type() == Type.LOC && place.end() == k) {
                mentions.set(mentions.indexOf(place), new Mention(place.start(), k + 1, Type.ORG,
                        spanText(text, tokens, place.start(), k + 1), false));
            } else if (place == null && SentenceTagger.REGIONS_DIRECTIONS.contains(tokens.get(k - 1).text())) {
                mentions.add(new Mention(k - 1, k + 1, Type.ORG, spanText(text, tokens, k - 1, k + 1), false));
                added = true;
            }
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * A learned journal's name: "Journal", "Annals" or "Proceedings", the capitalised words before it and "of" and
     * capitalised words after it ("the New England Journal of Medicine", "the Journal of Clinical Oncology",
     * "Annals of Internal Medicine"), an organisation, over any place inside it ("New England"). Two words at least,
     * and not a name a list knows.
     */
    void journals(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean changed = false;
        for (int k = marks.capitals().nextSetBit(0); k >= 0; k = marks.capitals().nextSetBit(k + 1)) {
            char c = tokens.get(k).text().charAt(0);
            if (c != 'J' && c != 'A' && c != 'P' || !JOURNAL_WORDS.contains(tokens.get(k).text())) {
                continue; // most capitalised words start with none of the journal words' letters
            }
            int start = k;
            while (start > 0 && k - start < 4 && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                    && !NOT_NAMES.contains(tokens.get(start - 1).text())) {
                start--;
            }
            int end = k + 1;
            while (end + 1 < tokens.size() && (tokens.get(end).text().equals("of") || end > k + 1
                    && MOVER_CONNECTORS.contains(tokens.get(end).text())) && tokens.get(end + 1).capitalised()
                    && !NOT_NAMES.contains(tokens.get(end + 1).text())) { // not "Journal of Accountancy and The"
                end += 2;
                while (end < tokens.size() && tokens.get(end).word() && tokens.get(end).capitalised()) {
                    end++;
                }
            }
            if (end - start < 2 || start == k && end == k + 1 || lookup(tokens, start, end) != null) {
                continue;
            }
            int from = start;
            int to = end;
            if (mentions.stream().anyMatch(m -> m.start() < to && from < m.end()
                    && (m.type() == Type.ORG && m.known() || m.start() < from || m.end() > to))) {
                continue; // "The Wall Street Journal", or a longer name
            }
            mentions.removeIf(m -> m.start() < to && from < m.end());
            mentions.add(new Mention(from, to, Type.ORG, spanText(text, tokens, from, to), false));
            changed = true;
            k = end - 1;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * "The", a place and a newspaper's word are that newspaper, an organisation ("the Kansas City Star", "the Arizona
     * Republic", "the Manchester Evening News"), where a list or the model found the place alone.
     */
    void newspapersOfPlaces(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == Type.PER || m.start() == 0 || !tokens.get(m.start() - 1).text().equalsIgnoreCase("the")
                    || lookup(tokens, m.start(), m.end()) == null) {
                continue;
            }
            int end = m.end();
            if (end + 1 < tokens.size() && NEWSPAPER_EDITIONS.contains(tokens.get(end).text())) {
                end++; // "Evening News", "Sunday Times"
            }
            String word = end < tokens.size() ? tokens.get(end).text() : "";
            int hyphen = word.indexOf('-');
            // "the Atlanta Journal-Constitution": two papers' words joined
            if (!NEWSPAPER_WORDS.contains(word)
                    && !(hyphen > 0 && NEWSPAPER_WORDS.contains(word.substring(0, hyphen)))) {
                continue;
            }
            end++;
            boolean joined = true;
            for (int k = m.end(); k < end; k++) {
                joined &= spacesOnly(text, tokens.get(k - 1), tokens.get(k));
            }
            if (joined) {
                extendToOrganisation(text, tokens, mentions, i, end);
            }
        }
    }

    /** Whether one of tokens [start, end) is one of {@code words}: a people's adjective ("Kurdish"), an "and". */
    static boolean anyOf(Set<String> words, List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (words.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** A name with the Arabic article, written in lower case: "al-Hayat", "el-Wafd". */
    static final Pattern ARTICLED_NAME = Pattern.compile("(?:al|el|an|ar|as|ash|ad|az)-\\p{Lu}[\\p{L}'’]+");

    /** Lower-case words for a newspaper or a broadcaster, right before or after its name: "the daily al-Hayat". */
    static final Set<String> PAPER_KINDS = wordSet("newspaper", "daily", "weekly", "magazine", "paper",
            "television", "radio", "channel", "station");

    /**
     * A name with the Arabic article in lower case, which no rule for capitalised words reads, right after or before
     * a newspaper's or a broadcaster's word is that medium, an organisation: "the London-based daily al-Hayat",
     * "Egypt's al-Ahram newspaper".
     */
    static void arabicPapers(List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean changed = false;
        for (int k = marks.articles().nextSetBit(0); k >= 0; k = marks.articles().nextSetBit(k + 1)) {
            String w = tokens.get(k).text();
            if (w.length() < 5 || w.charAt(0) != 'a' && w.charAt(0) != 'e' || w.charAt(2) != '-' && w.charAt(3) != '-'
                    || !(k > 0 && PAPER_KINDS.contains(tokens.get(k - 1).text())
                    || k + 1 < tokens.size() && PAPER_KINDS.contains(tokens.get(k + 1).text()))
                    || !ARTICLED_NAME.matcher(w).matches() || covering(mentions, k) != null) {
                continue;
            }
            mentions.add(new Mention(k, k + 1, Type.ORG, w, false));
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Lower-case words after a name that make it a group's: "the Gama'a al-Islamiya group". */
    static final Set<String> GROUP_WORDS = wordSet("group", "movement", "militia", "faction", "organisation",
            "organization", "coalition", "alliance", "bloc");

    /** Words before a group's name and its word: "the Azimio coalition", "her Citra Lamtoro group". */
    static final Set<String> GROUPS_DETERMINERS = wordSet("the", "his", "her", "its", "their");

    /**
     * "The" (or a possessive: "his", "her"...), one to four words of a name and a word of a group ({@link
     * #GROUP_WORDS}) after them: a group, an organisation ("the Gama'a al-Islamiya group", "the al-Jihad group", "the
     * Azimio coalition", "her Citra Lamtoro group"), whatever the model or the rules made of the name (a person's,
     * with the Arabic article; a place and an organisation of its words), unless a list knows it or it is only a
     * people's adjective ("the Kurdish movement").
     */
    void groupsByTheirWord(String text, List<Token> tokens, List<Mention> mentions) {
        boolean changed = false;
        for (int g = 2; g < tokens.size(); g++) {
            char c = tokens.get(g).text().charAt(0);
            if (c != 'g' && c != 'm' && c != 'f' && c != 'o' && c != 'c' && c != 'a' && c != 'b'
                    || !GROUP_WORDS.contains(tokens.get(g).text())) {
                continue; // most words start with none of the group words' letters
            }
            int named = nameAfterGroupWord(text, tokens, g, mentions);
            if (named > g + 1) { // "the Moslem organisation Nahdlatul Ulama"
                replace(mentions, new Mention(g + 1, named, Type.ORG, spanText(text, tokens, g + 1, named), false));
                changed = true;
                continue;
            }
            int start = g;
            while (start > 1 && g - start < 4 && tokens.get(start - 1).word()
                    && spacesOnly(text, tokens.get(start - 1), tokens.get(start))
                    && (tokens.get(start - 1).capitalised() && !inUpperCase(tokens.get(start - 1).text())
                    || HYPHENED_PARTICLE.matcher(tokens.get(start - 1).text()).matches())) {
                start--;
            }
            if (start == g || !GROUPS_DETERMINERS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))
                    || lookup(tokens, start, g) != null || allDescriptive(tokens, start, g)
                    || EVENT_LAST_WORDS.contains(tokens.get(g - 1).text())) {
                continue; // "their Asian Cup group B match": a tournament's group
            }
            int from = start;
            int to = g;
            if (mentions.stream().anyMatch(m -> m.start() < to && from < m.end() && (m.known() || m.start() < from
                    || m.type() == Type.ORG && m.start() == from))) {
                continue; // a known name, or the organisation found already
            }
            replace(mentions, new Mention(start, g, Type.ORG, spanText(text, tokens, start, g), false));
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * Where the name of the group that the group's word {@code g} describes ends when it follows that word: "the
     * Moslem organisation Nahdlatul Ulama", "a militant group Jamaat Mujahideen"; at most two words, lower-case or
     * people's adjectives, between "the" or "a" and the group's word; capitalised words after it, not a title's or a
     * given name (a person), nor a known name or one the rules found as a group; else -1.
     */
    int nameAfterGroupWord(String text, List<Token> tokens, int g, List<Mention> mentions) {
        int end = g + 1;
        while (end < tokens.size() && tokens.get(end).word() && (tokens.get(end).capitalised()
                || end > g + 1 && HYPHENED_PARTICLE.matcher(tokens.get(end).text()).matches()) // "Harkat ul-Ansar"
                && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
            end++;
        }
        String first = end > g + 1 ? tokens.get(g + 1).text() : "";
        if (end == g + 1 || NOT_NAMES.contains(first) || TITLES.contains(first) || gazetteer.isAnyGivenName(first)
                || end == g + 2 && (first.length() < 3 || common(first))) { // "the group ID", "group C"
            return -1;
        }
        int article = g - 1;
        while (article > g - 3 && article > 0 && tokens.get(article).word()
                && (Character.isLowerCase(tokens.get(article).text().charAt(0)) || isDescriptive(tokens, article,
                article + 1)) && !ARTICLES.contains(tokens.get(article).text().toLowerCase(Locale.ROOT))) {
            article--;
        }
        int last = end;
        boolean known = mentions.stream().anyMatch(m -> m.start() < last && g < m.end()
                && (m.known() || m.type() == Type.ORG));
        return ARTICLES.contains(tokens.get(article).text().toLowerCase(Locale.ROOT)) && !known ? end : -1;
    }

    static final Set<String> ARTICLES = wordSet("the", "a", "an");

    /**
     * In a press digest ("PRESS DIGEST - Kenya - Dec 6"), a line after the headline and the dateline of one to six
     * words in capitals and nothing else names a newspaper whose stories follow ("DAILY NATION", "THE EAST AFRICAN
     * STANDARD", "24 CHASA"): an organisation, without its "THE", whatever the lists made of its words ("JORDAN
     * TIMES" is no place).
     */
    void pressDigestsPapers(String text, List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        if (lines.size() < 3 || !pressDigest(tokens, lines.get(0))) {
            return;
        }
        boolean changed = false;
        for (int[] line : lines.subList(2, lines.size())) {
            int start = line[0];
            int end = line[1];
            while (end > start && tokens.get(end - 1).text().equals(".")) {
                end--;
            }
            start += tokens.get(start).text().equals("THE") && end - start > 1 ? 1 : 0;
            if (end - start < 1 || end - line[0] > 6 || !capitalsOnly(tokens, start, end)) {
                continue;
            }
            int from = start;
            int to = end;
            mentions.removeIf(m -> m.start() < to && from < m.end());
            mentions.add(new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false));
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Whether a line's words say it heads a press digest: "PRESS DIGEST", in any case. */
    static boolean pressDigest(List<Token> tokens, int[] line) {
        for (int k = line[0]; k + 1 < line[1]; k++) {
            if (tokens.get(k).text().equalsIgnoreCase("press") && tokens.get(k + 1).text().equalsIgnoreCase("digest")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [start, end) are words in capitals, a number first allowed ("24 CHASA"), with a hyphen or an
     * apostrophe between them at most, and a word of two letters or more among them.
     */
    static boolean capitalsOnly(List<Token> tokens, int start, int end) {
        boolean word = false;
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (t.word() && Character.isLetter(t.text().charAt(0))) {
                if (!inUpperCase(t.text())) {
                    return false;
                }
                word |= t.text().length() > 1;
            } else if (!(k == start && isWholeNumber(t.text(), 3)) && (k == start || k == end - 1
                    || !t.text().equals("-") && !t.text().equals("'") && !t.text().equals("&"))) {
                return false;
            }
        }
        return word;
    }

    /**
     * A word the lists know as a U.S. body's short name ("Congress", "Senate") names another state's body, as spelt,
     * where the document names another state and neither the United States nor Washington ("INDIA - CONGRESS CHIEF
     * RESIGNS", "Peru's Congress voted"); where it names the United States, or no state at all, it stays the U.S.
     * body.
     */
    void bodiesOfOtherStates(String text, List<Token> tokens, List<Mention> mentions) {
        boolean american = false;
        boolean otherState = false;
        boolean shortNames = false;
        for (Mention m : mentions) {
            if (m.type() == Type.LOC && m.known()) {
                boolean us = m.name().equals("United States") || m.name().equals("Washington");
                american |= us;
                otherState |= !us && gazetteer.isState(m.name());
            }
            shortNames |= americanBodysShortName(m);
        }
        if (!shortNames || american || !otherState) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (americanBodysShortName(m)) {
                String name = inCapitals(tokens, m.start(), m.end()) ? titleCased(tokens, m.start(), m.end())
                        : spanText(text, tokens, m.start(), m.end());
                mentions.set(k, new Mention(m.start(), m.end(), Type.ORG, name, false));
            }
        }
    }

    /**
     * "Security Council" alone, which the lists know as the United Nations', right after a state's possessive or a
     * people's adjective is that state's council, as spelt ("Russia 's Security Council", "the Russian Security
     * Council"); the UN's stays ("the U.N. Security Council", "the Security Council voted"). So is a U.S. body's
     * short name ("the Philippine Senate", "the Colombian Congress"): "Senate", not the US Senate.
     */
    void statesCouncils(String text, List<Token> tokens, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            boolean council = m.type() == Type.ORG && m.known() && m.end() - m.start() == 2
                    && tokens.get(m.start()).text().equals("Security") && m.name().equals(UN_SECURITY_COUNCIL);
            if (!council && !americanBodysShortName(m) || m.start() < 1) {
                continue;
            }
            int before = m.start() - 1;
            boolean statesPossessive = Tokens.isPossessive(tokens.get(before).text()) && mentions.stream()
                    .anyMatch(o -> o.end() == before && o.type() == Type.LOC && gazetteer.isState(o.name()));
            if (statesPossessive || isDescriptive(tokens, before, before + 1)) {
                mentions.set(k, new Mention(m.start(), m.end(), Type.ORG, spanText(text, tokens, m.start(), m.end()),
                        false));
            }
        }
    }

    /** The United Nations' council as the lists name it. */
    private static final String UN_SECURITY_COUNCIL = "UN Security Council";

    /** Whether {@code m} is a U.S. body the lists know, found by its short name of one word ("Congress"). */
    static boolean americanBodysShortName(Mention m) {
        return m.type() == Type.ORG && m.known() && m.end() - m.start() == 1 && m.name().startsWith("US ");
    }

    /**
     * A body that deals with something ({@link NameClassifier#BODIES_ON}), "on" and what it deals with are one
     * organisation: "Council on Foreign Relations", where the model found "Council" and "Foreign Relations" apart, or
     * "Council" alone; what it deals with is an organisation found or capitalised words no name covers, not a day or a
     * month ("the Commission on Monday") nor a place ("Woodruff Arts Center on Peachtree Street").
     */
    static void bodiesOnTheirSubject(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention body = mentions.get(i);
            int on = body.end();
            if (on + 1 >= tokens.size() || !tokens.get(on).text().equals("on") || body.type() == Type.PER
                    || !NameClassifier.BODIES_ON.contains(tokens.get(on - 1).text())) {
                continue;
            }
            Mention subject = i + 1 < mentions.size() && mentions.get(i + 1).start() == on + 1 ? mentions.get(i + 1)
                    : null;
            int end = subject != null ? subject.end() : subjectEnd(tokens, on + 1);
            if (subject != null && (subject.type() != Type.ORG || body.known() && subject.known()) || end < 0) {
                continue;
            }
            mentions.set(i, new Mention(body.start(), end, Type.ORG, spanText(text, tokens, body.start(), end), false));
            if (subject != null) {
                mentions.remove(i + 1);
            }
        }
    }

    /**
     * Where the capitalised words from {@code start} on end, connectors between them, up to six tokens: what a body
     * deals with ("Budget and Policy Priorities"); -1 when there are none, or a day, a month or a place's word.
     */
    private static int subjectEnd(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < 6 && tokens.get(end).word() && (tokens.get(end).capitalised()
                || end > start && (tokens.get(end).text().equals("and") || tokens.get(end).text().equals("of"))
                && end + 1 < tokens.size() && tokens.get(end + 1).capitalised())) {
            end++;
        }
        return end > start && NameClassifier.bodysSubject(tokens, start, end) && !inUpperCase(tokens.get(start).text())
                ? end : -1;
    }

    /**
     * A word the lists know as one body's short name is another body's when the document names that one in full
     * with the word last: "Congress" after "African National Congress" is the ANC, not the US Congress. Not where the
     * document names two such bodies.
     */
    static void bodiesNamedInFull(List<Token> tokens, List<Mention> mentions) {
        Map<String, Set<String>> fullNames = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == Type.ORG && m.end() - m.start() >= 2) {
                fullNames.computeIfAbsent(tokens.get(m.end() - 1).text(), w -> new HashSet<>()).add(m.name());
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            String word = tokens.get(m.start()).text();
            Set<String> full = m.type() == Type.ORG && m.known() && m.end() - m.start() == 1 && !m.name().equals(word)
                    ? fullNames.get(word) : null;
            if (full != null && full.size() == 1 && !full.contains(m.name())) {
                mentions.set(k, new Mention(m.start(), m.end(), Type.ORG, full.iterator().next(), true));
            }
        }
    }

    /** Last words of companies' names, after which "of" and a place say where the company is based. */
    static final Set<String> COMPANIES_BASED = union(LEGAL_FORMS, wordSet("Company", "Corporation", "Group",
            "Groupe", "Holdings", "Industries", "Partners", "Enterprises"));

    /**
     * A body's name that its institutional last word ends and "of" a known place after it are one body's name:
     * "the Democratic League of Kosovo", "the Socialist Party of Serbia" (each had been a body and a place). Not a
     * body the lists know ("the UN Security Council of ..." stays), nor a company ("Cragin Financial Corp of
     * Chicago" is where it is based).
     */
    static void bodiesOfPlaces(String text, List<Token> tokens, List<Mention> mentions) {
        for (int k = 1; k < mentions.size(); k++) {
            Mention body = mentions.get(k - 1);
            Mention place = mentions.get(k);
            if (body.type() == Type.ORG && !body.known() && place.type() == Type.LOC && place.known()
                    && place.start() == body.end() + 1 && tokens.get(body.end()).text().equals("of")
                    && ORG_SUFFIXES.contains(tokens.get(body.end() - 1).text())
                    && !COMPANIES_BASED.contains(tokens.get(body.end() - 1).text())
                    && adjacent(text, tokens, body.end() - 1, place.start() + 1)) {
                mentions.set(k - 1, new Mention(body.start(), place.end(), Type.ORG,
                        spanText(text, tokens, body.start(), place.end()), false));
                mentions.remove(k);
                k--;
            }
        }
    }

    /**
     * Names joined by an ampersand are one company's, a partnership's ("Saatchi & Saatchi", "Simon & Schuster",
     * "Brown & Williamson Co"), where the model or the lists took a side for a name of its own or where neither side
     * is a common word, its plural or its "-ing" form, nor a product's word with a capital inside ("Mossi &
     * Ghisolfi"; not "Sealants & Adhesives", "WireGuard & OpenVPN"): a capitalised word on each side and a legal
     * form after them, where no
     * mention holds the ampersand already ("Standard & Poor's"). Not
     * in a headline in capitals, where "&" joins anything, nor between common words ("Research & Development"), nor
     * where a longer name holds a side.
     */
    void partnerships(String text, List<Token> tokens, List<Mention> mentions) {
        if (text.indexOf('&') < 0) {
            return; // most texts have none
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("&")) {
                continue;
            }
            int amp = i;
            if (mentions.stream().anyMatch(m -> m.start() <= amp && amp < m.end())) {
                continue;
            }
            int start = partnerWord(text, tokens, i - 1, i) ? i - 1 : i;
            int end = partnerWord(text, tokens, i + 1, i) ? i + 2 : i + 1;
            if (end < tokens.size() && LEGAL_FORMS.contains(tokens.get(end).text())
                    && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
                end++;
            }
            if (start == i || end == i + 1 || inCapitals(tokens, start, end) || allCommon(tokens, start, end)) {
                continue; // "Research & Development", "Terms & Conditions": no name
            }
            Mention whole = new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false);
            if (mentions.stream().noneMatch(m -> overlaps(m, whole))
                    && (commonOrInflected(tokens.get(start).text()) || commonOrInflected(tokens.get(end - 1).text())
                    || innerCapital(tokens.get(start).text()) || innerCapital(tokens.get(end - 1).text()))
                    || mentions.stream().anyMatch(m -> overlaps(m, whole) && (m.start() < whole.start()
                    || m.end() > whole.end() || m.known() && m.type() == Type.ORG))) {
                // a side no name was found in ("Captioning & Subtitling"), a longer name or a known company holds
                continue;
            }
            replace(mentions, whole);
        }
    }

    /** Whether {@code word} is common ({@link #common}) or a common word's plural or "-ing" form: "Sunrooms". */
    boolean commonOrInflected(String word) {
        int n = word.length();
        return common(word) || n > 3 && word.endsWith("s") && common(word.substring(0, n - 1))
                || n > 4 && word.endsWith("es") && common(word.substring(0, n - 2))
                || n > 5 && word.endsWith("ing") && (common(word.substring(0, n - 3))
                || common(word.substring(0, n - 3) + "e"));
    }

    /** Whether a capital follows a lower-case letter inside {@code word}: "WireGuard", "OpenVPN". */
    static boolean innerCapital(String word) {
        return innerCapitalAt(word) > 0;
    }

    /** Where the first capital that follows a lower-case letter is in {@code word} ("CalEnergy": 3), or -1. */
    static int innerCapitalAt(String word) {
        for (int c = 1; c < word.length(); c++) {
            if (Character.isUpperCase(word.charAt(c)) && Character.isLowerCase(word.charAt(c - 1))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code k}, next to token {@code joined}, is a capitalised word of a partnership's name: no
     * acronym ("Marketing & UGC"), no known place ("Asia & Pacific"), no compound ("Wall & Over-the-Desk").
     */
    boolean partnerWord(String text, List<Token> tokens, int k, int joined) {
        Token t = tokens.get(k);
        String w = t.text();
        Entry known = t.word() ? gazetteer.lookup(List.of(w)) : null;
        return t.word() && t.capitalised() && !NOT_NAMES.contains(w) && !TITLES.contains(w)
                && !LEGAL_FORMS.contains(w) && !inUpperCase(w) && w.indexOf('-') < 0
                && (known == null || known.kind() == Kind.ORGANIZATION)
                && spacesOnly(text, tokens.get(Math.min(k, joined)), tokens.get(Math.max(k, joined)));
    }

    /**
     * A list of three or more ("A, B and C", "A, B, C or D") of which two are organisations the text names and the
     * others one or two capitalised words no name covers, or a surname alone no list knows, lists organisations:
     * "General Motors, Ford and Stellantis", "Ford, Toyota and Veltrano" (a person to the model). Not when another
     * item is a person or a place, nor when such an item opens a sentence, is a common word alone or first, a given
     * name, a title, a word never a name on its own ("Monday"), in capitals ("AWS"), a legal form ("Inc.") or holds
     * a digit. In a list of acronyms alone, two of them bodies', an acronym no list knows is a body's too: "the
     * CGIL , CISL and UIL union federations".
     */
    void companiesInLists(String text, List<Token> tokens, BitSet starts, List<Mention> mentions) {
        List<Item> found = new ArrayList<>(); // the lists' other items: words no name covers, or persons
        int listEnd = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != Type.ORG || m.start() < listEnd) {
                continue;
            }
            List<Item> items = new ArrayList<>(List.of(new Item(m.start(), m.end(), m)));
            boolean closed = false;
            int at = m.end();
            while (!closed && at < tokens.size()) {
                int glue = glueAt(tokens, at);
                if (glue == 0) {
                    break;
                }
                closed = !tokens.get(at + glue - 1).text().equals(",");
                Item item = itemAt(tokens, mentions, at + glue);
                if (item == null) {
                    closed = false;
                    break;
                }
                items.add(item);
                at = item.end();
            }
            listEnd = at;
            if (!closed || items.size() < 3) {
                continue;
            }
            int organisations = 0;
            boolean others = false;
            boolean acronyms = items.stream().allMatch(item -> item.end() - item.start() == 1
                    && Acronyms.isAcronym(tokens.get(item.start()).text()));
            for (Item item : items) {
                if (item.named() == null || surnameAlone(tokens, item.named())) {
                    others |= !(acronyms ? unknownAcronym(tokens.get(item.start()).text())
                            : companyWords(tokens, starts, item.start(), item.end()));
                } else {
                    organisations += item.named().type() == Type.ORG ? 1 : 0;
                    others |= item.named().type() != Type.ORG;
                }
            }
            if (organisations >= 2 && !others) {
                items.stream().filter(item -> item.named() == null || item.named().type() == Type.PER)
                        .forEach(found::add);
            }
        }
        for (Item item : found) {
            if (item.named() != null) {
                mentions.set(mentions.indexOf(item.named()), item.named().as(Type.ORG));
            } else {
                mentions.add(new Mention(item.start(), item.end(), Type.ORG,
                        spanText(text, tokens, item.start(), item.end()), false));
            }
        }
        if (!found.isEmpty()) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** A list's item: tokens [start, end), and the name the text has there, or null for words no name covers. */
    private record Item(int start, int end, Mention named) {
    }

    /** A person's name of one word no list knows: "Veltrano" of "Ford, Toyota and Veltrano" to the model. */
    private boolean surnameAlone(List<Token> tokens, Mention named) {
        return named.type() == Type.PER && !named.known() && named.end() - named.start() == 1
                && surname(tokens.get(named.start()));
    }

    /** How many tokens of a list's glue start at {@code k}: one of ",", "and", "or"; two of ", and", ", or"; else 0. */
    private static int glueAt(List<Token> tokens, int k) {
        if (k >= tokens.size() || !LIST_GLUE.contains(tokens.get(k).text())) {
            return 0;
        }
        boolean comma = tokens.get(k).text().equals(",");
        return comma && k + 1 < tokens.size() && (tokens.get(k + 1).text().equals("and")
                || tokens.get(k + 1).text().equals("or")) ? 2 : 1;
    }

    /** The list's item at token {@code k}: the name starting there, or one or two capitalised words; else null. */
    private static Item itemAt(List<Token> tokens, List<Mention> mentions, int k) {
        Mention named = covering(mentions, k);
        if (named != null) {
            return named.start() == k ? new Item(k, named.end(), named) : null;
        }
        int end = k;
        while (end < tokens.size() && tokens.get(end).word() && tokens.get(end).capitalised()
                && covering(mentions, end) == null) {
            end++;
        }
        return end > k && end - k <= 2 ? new Item(k, end, null) : null;
    }

    /** Whether an acronym listed with bodies' acronyms can be one's: none the lists or a common word have. */
    private boolean unknownAcronym(String word) {
        return word.length() >= 3 && !COMMON_ACRONYMS.contains(word) && gazetteer.lookup(List.of(word)) == null
                && !common(word);
    }

    /** Whether tokens [start, end), listed with companies, can be one's name (see {@link #companiesInLists}). */
    private boolean companyWords(List<Token> tokens, BitSet starts, int start, int end) {
        if (starts.get(start) || allCommon(tokens, start, end) || gazetteer.isGivenName(tokens.get(start).text())
                || end - start == 2 && common(tokens.get(start).text())) { // "Airline Lufthansa": what it is first
            return false;
        }
        for (int k = start; k < end; k++) {
            String w = tokens.get(k).text();
            if (TITLES.contains(w) || NOT_NAMES.contains(w) || LEGAL_FORMS.contains(w)
                    || w.length() > 1 && inUpperCase(w) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list of three names or more, apart by commas and "and" or "or", all organisations but one place of one word
     * that is no country, lists organisations: the place is one's name too ("Barclays , NatWest and Midland
     * declined to comment", "Arsenal , Chelsea and Leeds"); not after "in" ({@link NameWords#IN_A_PLACE}).
     */
    void companiesListed(List<Token> tokens, List<Mention> mentions) {
        List<Mention> order = new ArrayList<>(mentions);
        order.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int first = 0; first < order.size(); ) {
            int last = first;
            while (last + 1 < order.size() && listed(tokens, order.get(last), order.get(last + 1))) {
                last++;
            }
            if (last == first + 1 && tokens.get(order.get(first).end()).text().equals("and")) {
                companyBeforeACompany(tokens, order.get(first), order.get(last), mentions);
                personBesideAKnownCompany(tokens, order.get(first), order.get(last), mentions);
                personBesideAKnownCompany(tokens, order.get(last), order.get(first), mentions);
            }
            if (last - first < 2) {
                first = last + 1;
                continue; // most names stand in no list of three
            }
            int city = -1;
            int others = 0;
            for (int k = first; k <= last; k++) {
                Mention m = order.get(k);
                if (m.type() == Type.ORG) {
                    others++;
                } else if (m.type() == Type.LOC && m.end() - m.start() == 1 && city < 0 && !(m.start() > 0
                        && IN_A_PLACE.contains(tokens.get(m.start() - 1).text().toLowerCase(Locale.ROOT)))) {
                    // but "in Frankfurt , Daimler-Benz and Siemens gained": where they trade
                    Entry known = lookup(tokens, m.start(), m.end());
                    city = known == null || known.kind() == Kind.CITY ? k : city;
                }
            }
            if (city >= 0 && others == last - first) {
                Mention m = order.get(city);
                mentions.set(mentions.indexOf(m), new Mention(m.start(), m.end(), Type.ORG,
                        tokens.get(m.start()).text(), false));
            }
            first = last + 1;
        }
    }

    /**
     * Whether two names follow each other in a list: apart by a comma, "and" or "or", or by a comma and "and" or "or"
     * ("Nikon , Panasonic , Sony , and Canon").
     */
    static boolean listed(List<Token> tokens, Mention first, Mention next) {
        int glue = glueAt(tokens, first.end());
        return glue > 0 && next.start() == first.end() + glue;
    }

    /**
     * A name of one to three words no list knows that the model took for a person's, joined by "and" to a company
     * the lists know, the two before a word in lower case, is a company too: "Carlsberg and Tetley said they would
     * merge", "Deutsche Bank and Dresdner Kleinwort Benson said". None of its words a given name, nor the surname of
     * a person the text names in full ("Microsoft and Gates"), nor at a list's end ("collaborations with brands like
     * Ferrari and Rihanna.").
     */
    void personBesideAKnownCompany(List<Token> tokens, Mention person, Mention company, List<Mention> mentions) {
        int after = Math.max(person.end(), company.end());
        if (after >= tokens.size() || !tokens.get(after).word() || tokens.get(after).capitalised()
                || person.type() != Type.PER || person.known() || person.end() - person.start() > 3
                || company.type() != Type.ORG || !company.known() || !mentions.contains(person)
                || lookup(tokens, person.start(), person.end()) != null) {
            return;
        }
        for (int k = person.start(); k < person.end(); k++) {
            if (gazetteer.isAnyGivenName(tokens.get(k).text())) {
                return;
            }
        }
        for (Mention m : mentions) {
            if (m.type() == Type.PER && m.end() - m.start() >= 2
                    && tokens.get(m.end() - 1).text().equals(person.name())) {
                return;
            }
        }
        mentions.set(mentions.indexOf(person), person.as(Type.ORG));
    }

    /**
     * A name of one word no list knows, and a company with its legal form after "and", are two companies: "creating
     * Centrica and BG Plc", where the model took the first for a person. Not a given name.
     */
    void companyBeforeACompany(List<Token> tokens, Mention first, Mention company, List<Mention> mentions) {
        if (first.type() != Type.ORG && !first.known() && first.end() - first.start() == 1
                && company.type() == Type.ORG && company.end() - company.start() >= 2
                && LEGAL_FORMS.contains(tokens.get(company.end() - 1).text())
                && !gazetteer.isAnyGivenName(tokens.get(first.start()).text()) && mentions.contains(first)) {
            mentions.set(mentions.indexOf(first), first.as(Type.ORG));
        }
    }

    /** What a share's price moves by: its currency's units, or a percentage (not an index's points). */
    static final Set<String> PRICE_UNITS = wordSet("cents", "cent", "pence", "dollars", "dollar", "yen",
            "francs", "marks", "pfennigs", "centimes", "won", "baht", "pesos", "rupees", "kronor", "kroner", "crowns",
            "lire", "ringgit", "rand", "percent", "pct", "%");

    static final Pattern PRICE = Pattern.compile("[0-9]+(?:[.,][0-9]+)?");

    /** A share price's move in fractions of a dollar, which needs no unit: "rose 1-1/4", "fell 3/8". */
    static final Pattern PRICE_FRACTION = Pattern.compile("(?:[0-9]+-)?[0-9]+/(?:2|4|8|16|32)");

    /**
     * A market report's mover: one to four capitalised words (maybe joined by "and" or "of") right before a price's
     * move, a number and its unit or a fraction ("Hutchison Whampoa lost 50 cents", "China Light and Power added 10
     * cents", "Michelin slipped 1.2 percent", "Kemper Corp rose 1-1/4"), or before "shares" or a class of shares
     * that come before it ("Ericsson B shares rose 3.50 crowns", "Telebras preferred shares rose 3.2 percent"; before
     * "shares" without a number too: "Skoda Plzen shares fell on the Prague bourse"), or a word of its name in
     * brackets ("Cheung Kong (Holdings) rose 1.25 dollars", reported as "Cheung Kong Holdings"), are a company,
     * whatever the model made of them; not a common word alone ("Sales rose 5 percent"), a known place, a common
     * acronym ("GDP"), a name of one or two words that starts with a given name ("Boris Yeltsin gained 35 percent"),
     * nor where a known organisation or one as long was found already.
     */
    void movers(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            char c = tokens.get(i + 1).text().charAt(0);
            boolean number = c >= '0' && c <= '9';
            boolean shares = i > 1 && tokens.get(i - 1).text().equals("shares"); // "Skoda Plzen shares fell on"
            if (!number && !shares || !PRICE_MOVES.contains(tokens.get(i).text())) {
                continue; // most tokens are followed by no number
            }
            boolean priced = number && (PRICE_UNITS.contains(tokens.get(i + 2).text())
                    && PRICE.matcher(tokens.get(i + 1).text()).matches()
                    || PRICE_FRACTION.matcher(tokens.get(i + 1).text()).matches());
            if (!priced && !shares) {
                continue;
            }
            int end = i;
            if (end > 1 && SHARES_OF.contains(tokens.get(end - 1).text())) {
                end--; // "Nokia shares rose"
            }
            if (end > 1 && SHARE_CLASS.matcher(tokens.get(end - 1).text()).matches()) {
                end--; // the class of a company's shares: "Ericsson B rose 3.50 crowns"
            }
            int through = end;
            if (end > 3 && tokens.get(end - 1).text().equals(")") && tokens.get(end - 3).text().equals("(")
                    && COMPANY_LAST_WORDS.contains(tokens.get(end - 2).text())) {
                end -= 3; // "Cheung Kong ( Holdings ) rose": a word of the company's name in brackets
            }
            int start = end;
            while (start > 0 && end - start < 4 && spacesOnly(text, tokens.get(start - 1), tokens.get(start))
                    && (tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                    || start < end && MOVER_CONNECTORS.contains(tokens.get(start - 1).text()))) {
                start--;
            }
            for (int k = start + 1; k < end - 1; k++) {
                Entry before = MOVER_CONNECTORS.contains(tokens.get(k).text()) ? lookup(tokens, start, k) : null;
                if (before != null && before.kind() != Kind.ORGANIZATION) {
                    start = k + 1; // a place is no company's first words: "in Brazil and Volvo fell"
                }
            }
            while (start < end && MOVER_CONNECTORS.contains(tokens.get(start).text())) {
                start++;
            }
            if (start == end || !priced && anyOf(MOVER_CONNECTORS, tokens, start, end)) {
                continue; // "Generale de Banque and Petrofina shares rose": without a price, two companies' shares
            }
            String first = tokens.get(start).text();
            String name = through > end ? spanText(text, tokens, start, end) + " " + tokens.get(end + 1).text()
                    : spanText(text, tokens, start, end); // "Cheung Kong Holdings"
            Entry known = lookup(tokens, start, end);
            if (NOT_NAMES.contains(first) || COMMON_ACRONYMS.contains(first)
                    || end - start <= 2 && gazetteer.isAnyGivenName(first) || end - start == 1 && common(first)
                    || known != null && known.kind() != Kind.ORGANIZATION || isDescriptive(tokens, start, end)) {
                continue;
            }
            int from = start;
            int to = through;
            if (mentions.stream().anyMatch(m -> m.start() < to && from < m.end()
                    && (m.start() < from || m.type() == Type.ORG && (m.known() || m.end() >= to)))) {
                continue; // a longer name the mover's words end, or an organisation found already ("Sony Corp")
            }
            replace(mentions, new Mention(start, through, Type.ORG, known != null ? known.canonical() : name,
                    known != null));
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Words between a company's name and its price's move: "Nokia shares rose". */
    static final Set<String> SHARES_OF = wordSet("shares", "share", "stock");

    /** A class of a company's shares, after its name: "Ericsson B", "Volvo A", "Telebras preferred". */
    static final Pattern SHARE_CLASS = Pattern.compile(
            "[AB]|preferred|preference|ordinary|bearer|registered|voting|non-voting");

    /** Words inside a company's name in a market report: "China Light and Power". */
    static final Set<String> MOVER_CONNECTORS = wordSet("and", "&", "of");

    /** Marks that open a list's item on a line of its own. */
    static final Set<String> BULLETS = wordSet("-", "•", "*", "–", "—");

    /**
     * A press digest's publications: two or more lines, each one to four words in capitals alone, that no list knows
     * as a place, not all of them common words, and each followed by a line that opens a list's item ("TRUD", then
     * "- Students continue protests in Sofia"), are the names of the papers whose stories follow, organisations.
     * A known organisation stays as the lists name it ("DUMA").
     */
    void publications(String text, List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        List<Mention> papers = new ArrayList<>();
        for (int l = 0; l + 1 < lines.size(); l++) {
            int[] line = lines.get(l);
            if (line[1] - line[0] > 4 || !BULLETS.contains(tokens.get(lines.get(l + 1)[0]).text())) {
                continue;
            }
            boolean capitals = true;
            boolean allCommon = true;
            for (int k = line[0]; k < line[1] && capitals; k++) {
                Token t = tokens.get(k);
                capitals = t.word() && t.text().length() > 1 && inUpperCase(t.text()) && lettersOnly(t.text());
                allCommon &= common(t.text()) || COMMON_ACRONYMS.contains(t.text());
            }
            Entry known = capitals ? lookup(tokens, line[0], line[1]) : null;
            if (capitals && !allCommon && (known == null || known.kind() == Kind.ORGANIZATION)) {
                papers.add(new Mention(line[0], line[1], Type.ORG, known != null ? known.canonical()
                        : spanText(text, tokens, line[0], line[1]), known != null));
            }
        }
        if (papers.size() < 2) {
            return;
        }
        papers.forEach(paper -> replace(mentions, paper));
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** Lower-case words after a market index's name: "the Hang Seng index", "the Nikkei average". */
    static final Set<String> INDEX_WORDS = wordSet("index", "indices", "indexes", "average");

    /** Lower-case words between a market index's name and its index word: "the Dow Jones industrial average". */
    static final Set<String> INDEX_KINDS = wordSet("industrial", "industrials", "composite", "all-share",
            "blue-chip", "transportation", "utilities", "utility", "benchmark", "share", "stock");

    /**
     * A market index is no person ("Hang Seng" of "the Hang Seng index", a given name and another word) and no
     * organisation of one word or before a number ("the CAC-40 index", "the FTSE 100 index", "the Nikkei average"),
     * wherever the text names it: a market report names it again without the index's word ("the Hang Seng fell"). A
     * place stays ("the Paris index").
     */
    static void withoutIndices(List<Token> tokens, List<Mention> mentions) {
        Set<String> indices = new HashSet<>();
        for (Mention m : mentions) {
            int after = m.end();
            while (after < tokens.size() && after - m.end() < 3 && (tokens.get(after).text().equals("-")
                    || isWholeNumber(tokens.get(after).text(), 4) || INDEX_KINDS.contains(tokens.get(after).text()))) {
                after++; // "CAC-40", "FTSE 100", "Dow Jones industrial average", "Nasdaq composite index"
            }
            if (after < tokens.size() && INDEX_WORDS.contains(tokens.get(after).text())
                    && !ORG_SUFFIXES.contains(tokens.get(m.end() - 1).text()) // "the Karachi Stock Exchange 100-share"
                    && (m.type() == Type.PER
                    || m.type() == Type.ORG && (after > m.end() || m.end() - m.start() == 1)
                    && !tokens.get(after).text().startsWith("ind", 1))) {
                indices.add(m.name()); // not "Google Scholar index journals", "National Library of Medicine indexes"
            }
        }
        if (!indices.isEmpty()) {
            mentions.removeIf(m -> m.type() != Type.LOC && indices.contains(m.name()));
        }
    }

    /** Crude oils named after a place, which a contract's month comes before: "February Brent". */
    static final Set<String> CRUDE_GRADES = wordSet("Brent", "Dubai", "Urals", "Oman", "Tapis", "Minas");

    /** Words after a place's name that make it a grade of crude oil: "Brent crude", "Urals blend". */
    static final Set<String> CRUDE_WORDS = wordSet("crude", "blend", "Blend", "Intermediate");

    /** Grades of crude oil whose name alone in a story of oil is the grade: "Brent on London's IPE gained 30 cents". */
    static final Set<String> GRADES_ALONE = wordSet("Brent", "Urals", "Tapis", "Minas");

    /** Words of a story about oil's prices. */
    static final Set<String> OIL_WORDS = wordSet("crude", "barrel", "barrels", "oil");

    /**
     * A place that names a grade of crude oil ("Brent crude", "Dubai crude", "Urals blend", "West Texas
     * Intermediate", a contract's "February Brent") is the oil's name, no place the text is about, there; the place
     * stays wherever the text names it otherwise. In a story of oil, a grade's name that is no country's nor a
     * city's the text is about is the grade wherever it stands ("Brent", "Urals"; not "Dubai").
     */
    static void withoutCrudeGrades(List<Token> tokens, List<Mention> mentions) {
        Predicate<Mention> gradeAlone = m -> m.type() == Type.LOC && m.end() - m.start() == 1
                && GRADES_ALONE.contains(m.name());
        if (mentions.stream().anyMatch(gradeAlone) && tokens.stream().anyMatch(t -> OIL_WORDS.contains(t.text()))) {
            mentions.removeIf(gradeAlone);
        }
        mentions.removeIf(m -> m.type() == Type.LOC && (m.end() < tokens.size()
                && CRUDE_WORDS.contains(tokens.get(m.end()).text()) || m.start() > 0 && m.end() - m.start() == 1
                && MONTH_NAMES.contains(tokens.get(m.start() - 1).text())
                && CRUDE_GRADES.contains(tokens.get(m.start()).text()))
                // the model's name of the grade whole: "West Texas Intermediate" as an organisation
                || !m.known() && m.end() - m.start() >= 2 && tokens.get(m.end() - 1).text().equals("Intermediate"));
    }

    /**
     * An analyst's, an economist's, an agent's or a chairman's employer after the person's name and "of", one to four
     * capitalised words before anything else, is an organisation, whatever the model made of its words ("analyst
     * Peter Beutel of Cameron Hanover said", where Hanover is a city and Cameron a given name; "his agent Hughes
     * Norton of IMG"); not a place the lists know whole ("economist Jan Lambregts of Frankfurt").
     */
    void employersAfterOf(String text, List<Token> tokens, List<Mention> mentions) {
        boolean changed = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention person = mentions.get(i);
            int of = person.end();
            if (person.type() != Type.PER || of + 1 >= tokens.size() || !tokens.get(of).text().equals("of")
                    || !EMPLOYED_BEFORE.contains(wordBefore(text, tokens.get(person.start()).start()))) {
                continue;
            }
            int start = of + 1;
            int end = start;
            while (end < tokens.size() && end - start < 5 && tokens.get(end).word() && tokens.get(end).capitalised()
                    && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
                end++;
            }
            int to = end;
            boolean covered = false;
            for (Mention m : mentions) {
                covered |= m.start() < to && start < m.end() && (m.known() || m.start() < start || m.end() > to
                        || m.type() == Type.ORG && m.end() - m.start() >= to - start);
            }
            Entry known = lookup(tokens, start, end);
            if (end == start || end - start > 4 || known != null && known.kind() != Kind.ORGANIZATION || covered) {
                // a place, an organisation found already or known ("ABN AMRO Hoare Govett" are two firms), or a name
                // that runs on beyond the words
                continue;
            }
            mentions.removeIf(m -> m.start() < to && start < m.end());
            mentions.add(new Mention(start, end, Type.ORG, known != null ? known.canonical()
                    : spanText(text, tokens, start, end), known != null));
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }
}
