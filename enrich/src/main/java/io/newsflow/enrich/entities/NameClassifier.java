package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.Acronyms.capitalLetters;
import static io.newsflow.enrich.entities.Acronyms.isAcronym;
import static io.newsflow.enrich.entities.NameContexts.COMPANY_KINDS_BEFORE;
import static io.newsflow.enrich.entities.NameContexts.acronymAfterHyphen;
import static io.newsflow.enrich.entities.NameContexts.afterOpeningWords;
import static io.newsflow.enrich.entities.NameContexts.afterTitles;
import static io.newsflow.enrich.entities.NameContexts.airlineEndsBefore;
import static io.newsflow.enrich.entities.NameContexts.asRoleAfter;
import static io.newsflow.enrich.entities.NameContexts.beforeLowerCaseBreak;
import static io.newsflow.enrich.entities.NameContexts.companysPossessive;
import static io.newsflow.enrich.entities.NameContexts.compoundInstitution;
import static io.newsflow.enrich.entities.NameContexts.describedAsBody;
import static io.newsflow.enrich.entities.NameContexts.divisionAfter;
import static io.newsflow.enrich.entities.NameContexts.elidedOf;
import static io.newsflow.enrich.entities.NameContexts.employeeBefore;
import static io.newsflow.enrich.entities.NameContexts.endsNoPlace;
import static io.newsflow.enrich.entities.NameContexts.eventWord;
import static io.newsflow.enrich.entities.NameContexts.heldAsShares;
import static io.newsflow.enrich.entities.NameContexts.institutional;
import static io.newsflow.enrich.entities.NameContexts.kinAfter;
import static io.newsflow.enrich.entities.NameContexts.lowerCaseTail;
import static io.newsflow.enrich.entities.NameContexts.namedAsOrganisation;
import static io.newsflow.enrich.entities.NameContexts.roleAfter;
import static io.newsflow.enrich.entities.NameContexts.roleWordAfter;
import static io.newsflow.enrich.entities.NameContexts.speechAfter;
import static io.newsflow.enrich.entities.NameWords.BODIES;
import static io.newsflow.enrich.entities.NameWords.BODY_ADJECTIVES;
import static io.newsflow.enrich.entities.NameWords.COMMON_ACRONYMS;
import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.DIRECTIONS;
import static io.newsflow.enrich.entities.NameWords.EVENT_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.FACILITIES;
import static io.newsflow.enrich.entities.NameWords.FIGHTERS;
import static io.newsflow.enrich.entities.NameWords.FORMER;
import static io.newsflow.enrich.entities.NameWords.GENERIC_BODIES;
import static io.newsflow.enrich.entities.NameWords.INDUSTRIES;
import static io.newsflow.enrich.entities.NameWords.IN_A_PLACE;
import static io.newsflow.enrich.entities.NameWords.LAWS;
import static io.newsflow.enrich.entities.NameWords.LEGAL_FORMS;
import static io.newsflow.enrich.entities.NameWords.MEETINGS;
import static io.newsflow.enrich.entities.NameWords.LOC_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.MINISTERS;
import static io.newsflow.enrich.entities.NameWords.MONTH_NAMES;
import static io.newsflow.enrich.entities.NameWords.NAMED_INSTITUTIONS;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.ORG_HEADS;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PLACE_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.PLACE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.NameWords.RANKINGS;
import static io.newsflow.enrich.entities.NameWords.SETTLEMENTS;
import static io.newsflow.enrich.entities.NameWords.SURNAME_LIKE_TITLES;
import static io.newsflow.enrich.entities.NameWords.SURNAME_TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.NameWords.VENUES;
import static io.newsflow.enrich.entities.NameWords.WORKS;
import static io.newsflow.enrich.entities.PeopleRules.compoundAdjective;
import static io.newsflow.enrich.entities.PeopleRules.initialled;
import static io.newsflow.enrich.entities.PeopleRules.particle;
import static io.newsflow.enrich.entities.PeopleRules.surnameByItsEnding;
import static io.newsflow.enrich.entities.PeopleRules.verbAfterName;
import static io.newsflow.enrich.entities.PeopleRules.withParticles;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.lettersOnly;
import static io.newsflow.enrich.entities.TokenSpans.lookingAtAfter;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.union;
import static io.newsflow.enrich.entities.TokenSpans.wordBefore;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;
import static io.newsflow.enrich.entities.TokenSpans.words;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the per-sentence tagging classifies a span of capitalised words and types a name found: a person by given
 * names, surnames and titles, an organisation by its head and last words, a place by its last word or what it
 * names, and the pairs of unknown words no list knows. The base of {@link SentenceTagger}; stateless apart from the
 * shared, immutable {@link Lexicon}: thread-safe.
 */
abstract class NameClassifier extends Lexicon {

    NameClassifier(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /** Lower-case words right before a party's name: "the opposition Democratic Convention". */
    static final Set<String> SIDES_OF_POWER = wordSet("opposition", "ruling");

    /** A family's word after its name, in lower case: "the Goldman family". */
    static final Set<String> FAMILY = wordSet("family", "families", "clan");

    /**
     * Of {@link NameWords#LOC_SUFFIXES}, the words of addresses and divisions, which end places' names after common
     * words too.
     */
    static final Set<String> ADDRESS_SUFFIXES = wordSet("Street", "Road", "Avenue", "Square", "Lane",
            "Boulevard", "Highway", "County", "Province", "Region", "District", "Parish", "Territory", "Island",
            "Islands", "Bay", "Heights", "Valley", "Coast", "Peninsula", "River");

    /** Titles that end no organisation's or place's name: a name the model found that ends with one ends before it. */
    static final Set<String> TRAILING_TITLES = wordSet("President", "Minister", "Secretary", "Spokesman",
            "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "CEO", "Director", "Ambassador", "Envoy", "Mayor",
            "Governor", "Premier", "Chancellor", "Senator", "Secretary-General", "Director-General");

    /** Last words of prizes' names: "Pulitzer Prize", "Stanley Cup". */
    static final Set<String> PRIZES = wordSet("Prize", "Prizes", "Award", "Awards", "Cup", "Trophy",
            "Medal");

    /**
     * Lower-case titles before which one capitalised word, not a common word, is a person's surname ("opposition
     * leader Abiola"); not those that are also adjectives ("official Windows apps", "head-to-head").
     */
    static final Set<String> SURNAME_WORDS_BEFORE = wordSet("leader", "envoy", "ambassador", "minister",
            "president", "premier", "chancellor", "dictator", "senator", "governor", "mayor", "lawmaker", "spokesman",
            "spokeswoman", "actor", "actress", "singer", "striker", "captain", "coach", "judge", "prosecutor",
            "goalkeeper", "keeper", "midfielder", "defender", "winger", "playmaker", "batsman", "bowler", "spinner",
            "paceman", "all-rounder", "fly-half", "scrum-half");

    /**
     * What a company or a party is, capitalised as a sentence's first word before its name, and none of the name
     * ("Carmaker Volvo said", "Opposition New Frontier Party leader Ichiro Ozawa"): not words that start companies'
     * names as well ("Bank Leumi", "Union Pacific", "Daily Mail"), nor a person's calling ("Publisher Rupert
     * Murdoch", "Broadcaster David Attenborough"); nor before a given name ("Regulator Arthur Levitt").
     */
    static final Set<String> OPENING_DESCRIPTORS = wordSet("Carmaker", "Automaker", "Chipmaker", "Drugmaker",
            "Steelmaker", "Planemaker", "Insurer", "Reinsurer", "Lender", "Retailer", "Conglomerate", "Airline",
            "Manufacturer", "Distributor", "Supplier", "Regulator", "Subsidiary", "Brokerage", "Refiner", "Shipbuilder",
            "Wholesaler", "Opposition", "Ruling");

    /** Titles followed by "of" and a portfolio of one word: "Secretary of State", "Minister of Finance". */
    static final Set<String> PORTFOLIO_TITLES = wordSet("Secretary", "Minister", "Director", "Commissioner",
            "Chancellor");

    /**
     * Of {@link NameContexts#COMPANYS}, what no person has: "Smith's shares" are his, "Smith's chairman" is no one's.
     */
    static final Set<String> NO_PERSONS = wordSet("chairman", "chairwoman", "shareholders", "subsidiary",
            "subsidiaries");

    /** Lower-case words for land and water after a place's name: "the Panjshir valley", "the Mekong delta". */
    static final Set<String> LANDFORMS = wordSet("valley", "river", "mountains", "delta", "desert",
            "peninsula", "lake", "basin", "plateau", "coast", "gorge", "pass", "island", "islands", "plain", "plains");

    /** A name set off by commas before a verb of speech: ", Sadako Ogata, said". */
    static final Pattern SPEECH_AFTER_APPOSITION = Pattern.compile(
            "^\\s*,\\s+(?:said|says|told|added|warned)\\b");

    /** A saint's word before a name: "Saint Mark". */
    static final Set<String> SAINTS = wordSet("Saint", "St", "St.", "San", "Santa", "Sao");

    /** Of {@link #SAINTS}, those that open places' names and no person's: "San Jose", "Santa Cruz", "Sao Tome". */
    static final Set<String> SAINTS_OF_PLACES = wordSet("San", "Santa", "Santo", "Sao", "São");

    /** Currencies' names, which end no person's: "Deutsche Mark". */
    static final Set<String> CURRENCIES = wordSet("Mark", "Marks", "Franc", "Francs", "Pound", "Dollar",
            "Peso", "Lira", "Rupee", "Rand", "Krona", "Krone", "Yen", "Yuan", "Rouble", "Ruble", "Shekel", "Escudo",
            "Peseta", "Guilder", "Schilling", "Drachma", "Ringgit", "Baht", "Won", "Real", "Zloty", "Forint");

    /** A country's regions named by their direction: "the U.S. Northeast". */
    static final Set<String> REGIONS_OF_COUNTRIES = wordSet("Northeast", "Northwest", "Southeast",
            "Southwest", "Midwest", "North", "South", "East", "West");

    /**
     * Lower-case words for a body's people, and for its roles, after its name: they end the name the model found
     * ("the Bundesbank council", "The SPD opposition", "Microsoft chairman").
     */
    static final Set<String> BODYS_PEOPLE = union(TITLE_WORDS_BEFORE, wordSet("council", "board",
            "opposition", "leadership", "management", "officials", "members", "shareholders", "executives"));

    /**
     * Whether token {@code k} is an acronym of two to four letters no list knows and the word after it a known city:
     * a club's or a company's name ("AEK Athens", "PAOK Salonika", "NAC Breda"), never a person's.
     */
    boolean acronymOfCity(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !isAcronym(tokens.get(k).text()) || tokens.get(k).text().length() > 4
                || lookup(tokens, k, k + 1) != null) {
            return false;
        }
        Entry city = lookup(tokens, k + 1, k + 2);
        return city != null && city.kind() == Kind.CITY;
    }

    /** Whether tokens [start, end) name a currency: "Deutsche Mark", "French Franc" (not "Mark Twain"). */
    boolean currency(List<Token> tokens, int start, int end) {
        String first = tokens.get(start).text();
        return end - start >= 2 && CURRENCIES.contains(tokens.get(end - 1).text()) && !gazetteer.isAnyGivenName(first)
                && !TITLES.contains(first) && !SAINTS.contains(first); // "Saint Mark" is a person
    }

    /** Whether a word is a known place and "-based": "Hamburg-based", "US-based" (not "LLM-based", "Intel-based"). */
    boolean basedInAPlace(String word) {
        if (!word.endsWith("-based")) {
            return false;
        }
        Entry place = gazetteer.lookup(List.of(word.substring(0, word.length() - "-based".length())));
        return place != null && place.kind() != Kind.ORGANIZATION;
    }

    /** Whether tokens [start, end) are initials only. */
    boolean initialsOnly(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!initials(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words after a place's name that make no body of it: "the Dayton peace accords". */
    static final Set<String> ACCORDS = wordSet("peace", "accord", "accords", "agreement", "agreements",
            "talks", "treaty", "process", "summit", "deal", "plan");

    /** Whether tokens [start, end) name a sporting event ({@link NameWords#EVENT_LAST_WORDS}) that no list knows. */
    boolean event(List<Token> tokens, int start, int end) {
        return end - start > 1 && eventWord(tokens, end - 1) && lookup(tokens, start, end) == null;
    }

    /** Initials of directions before a place's name: "N. Hills", "W. Bank". */
    static final Set<String> DIRECTION_INITIALS = wordSet("N.", "S.", "E.", "W.");

    /** Ordinal words, which open no person's name: "Third Ward", "Second Avenue". */
    static final Set<String> ORDINALS = wordSet("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
            "Eighth", "Ninth", "Tenth");

    /** Places' last words ({@link NameWords#PLACE_LAST_WORDS}) that are surnames too: "Frank Bridge", "Jeff Beach". */
    static final Set<String> SURNAME_PLACE_WORDS = wordSet("Bridge", "Beach", "Palace");

    /** Of {@link NameWords#LOC_SUFFIXES}, surnames after a given name: "Anthony Lake", "Nathan Lane", "Michael Bay". */
    static final Set<String> SURNAME_LOC_SUFFIXES = wordSet("Lake", "Lane", "Bay");

    /**
     * Whether tokens [start, end) end with a product model's version: "the Canon 5D Mark IV", "the Tesla Model Y", no
     * person.
     */
    static boolean modelsVersion(List<Token> tokens, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        String version = tokens.get(end - 1).text();
        return tokens.get(end - 2).text().equals("Mark") && Acronyms.ROMAN.matcher(version).matches()
                || tokens.get(end - 2).text().equals("Model") && MODEL_LETTER.matcher(version).matches();
    }

    /** A model's letter or number after "Model": "Model Y", "Model 3", "Model S". */
    static final Pattern MODEL_LETTER = Pattern.compile("\\p{Lu}|[0-9]{1,3}");

    /** First words of titles of two words: "Crown Prince", "Grand Duke". */
    static final Set<String> TITLES_FIRST_WORDS = wordSet("Crown", "Grand");

    /** What follows "Gen" in a generation's name: "Gen Z", "Gen X", "Gen Alpha". */
    static final Set<String> GENERATIONS_OF_PEOPLE = wordSet("X", "Y", "Z", "X.", "Y.", "Z.", "Alpha", "Xers",
            "Zers");

    /**
     * Lower-case words that link the words of foreign bodies' names, which {@link NameWords#CONNECTORS} does not hold:
     * "Caisse des Depots et Consignations", "Medecins sans Frontieres", "Kreditanstalt fuer Wiederaufbau".
     */
    static final Set<String> FOREIGN_LINKS = wordSet("et", "y", "e", "i", "und", "sans", "fuer", "für", "di", "do",
            "dos", "das", "des", "zu", "zur", "zum", "im", "am", "an", "auf", "en", "per", "pour", "sur", "a");

    /** Words before an employer's name: "analysts at Charles Schwab", "a spokesman for Dean Witter". */
    static final Set<String> EMPLOYERS_BEFORE = wordSet("at", "for", "of", "from", "by");

    /** Whether a surname has only its first letter in capitals, or is "Mc" and such a word ("McGrath"). */
    private static boolean surnameCase(String surname) {
        String rest = surname.startsWith("Mc") && surname.length() > 3 ? surname.substring(3) : surname.substring(1);
        return rest.equals(rest.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether tokens {@code start} and the one after are a person's given name and surname, though the model took
     * them for an organisation or a place: a known given name that is never written in lower case and names no
     * place, then a word no list knows, no common word, of letters with only its first in capitals (after a "Mc"),
     * and no capitalised word after them ("Teddy Sheringham", "Glenn McGrath"; not "Urban Outfitters", "Houston
     * Chronicle", "Sierra EVs", "Aston Martin DB11"); not after a word before an employer ("analysts at Charles
     * Schwab") nor before a legal form, nor where a common noun says what it is ("the carmaker Aston Martin").
     */
    boolean givenNameAndSurname(String text, List<Token> tokens, int start, int to) {
        String given = tokens.get(start).text();
        String surname = tokens.get(start + 1).text();
        int after = start + 2;
        if (!gazetteer.isAnyGivenName(given) || vocabulary.classOf(NameFeatures.lowerCase(given)) != null
                || isPlace(given) || !unknownNameWord(tokens.get(start + 1)) || !lettersOnly(surname)
                || !surnameCase(surname)
                || after < to && (tokens.get(after).capitalised() || LEGAL_FORMS.contains(tokens.get(after).text()))
                || lookup(tokens, start, after) != null) {
            return false;
        }
        return !EMPLOYERS_BEFORE.contains(wordBefore(text, tokens.get(start).start()))
                && !namedAsOrganisation(text, tokens, start, after); // "the carmaker Aston Martin"
    }

    /** Words never names alone that end a body's name after "of": "Ministry of Posts", "Party of God". */
    static final Set<String> NAMES_AFTER_OF = wordSet("Posts", "God", "News");

    /** Whether the name from {@code start} to {@code end} ends with "of" and a word of {@link #NAMES_AFTER_OF}. */
    private static boolean nameAfterOf(List<Token> tokens, int start, int end) {
        return end - start >= 3 && tokens.get(end - 2).text().equals("of")
                && NAMES_AFTER_OF.contains(tokens.get(end - 1).text());
    }

    /** The model's name in the sentence of tokens [from, to), its type fixed by rules; null when it is no name. */
    Mention typed(String text, List<Token> tokens, int from, int to, int start, int end, Type type) {
        if (end - start == 2 && tokens.get(start).text().equals("Gen")
                && GENERATIONS_OF_PEOPLE.contains(tokens.get(start + 1).text())) {
            return null; // "Gen Z shoppers": a generation, no person ("Gen." is a general's title)
        }
        if (modelsVersion(tokens, start, end)) {
            return null;
        }
        while (end - start > 1 && (tokens.get(end - 1).text().equals(".") || verbAfterName(tokens.get(end - 1))
                || BODYS_PEOPLE.contains(tokens.get(end - 1).text()))) {
            // "Westpac Banking Corp" "." of tokenised text: the sentence's period, not the legal form's; "De Beers"
            // "added": a verb after the name; "Bundesbank council", "SPD opposition": the body's people after it
            end--;
        }
        while (end < to && elidedOf(tokens.get(end).text())
                && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
            end++; // "Val d'Isere", of which the model found "Val"
        }
        for (int k = start + 2; k < end; k++) {
            if (airlineEndsBefore(tokens, k)) {
                end = k; // "Tarvik Airlines" of "Tarvik Airlines Boeing"
                type = Type.ORG;
            }
        }
        for (int k = start + 1; type == Type.LOC && k < end - 1; k++) {
            Entry after = tokens.get(k).text().equals(",") ? lookup(tokens, k + 1, end) : null;
            if (after != null && after.kind() == Kind.COUNTRY) {
                end = k; // "Rome , Italy": a place and its country, two places (the lists find the country)
            }
        }
        if (type == Type.LOC && end - start == 1 && end < to && tokens.get(end).capitalised()
                && spacesOnly(text, tokens.get(start), tokens.get(end)) && surnameByItsEnding(tokens.get(end).text())
                && lookup(tokens, start, end) == null) {
            // "Otari" "Kvantrishvili": a given name the model took for a place, before a surname no place has
            return new Mention(start, end + 1, Type.PER, spanText(text, tokens, start, end + 1), false);
        }
        if (type == Type.LOC && end - start == 1 && end + 1 < to && gazetteer.isAnyGivenName(tokens.get(start).text())
                && lookup(tokens, start, end) == null && unknownNameWord(tokens.get(end))
                && unknownNameWord(tokens.get(end + 1)) && spacesOnly(text, tokens.get(start), tokens.get(end))
                && spacesOnly(text, tokens.get(end), tokens.get(end + 1))) {
            // "Malik" "Meraj Khalid": a given name the model took for a place, before two words no list knows
            return new Mention(start, end + 2, Type.PER, spanText(text, tokens, start, end + 2), false);
        }
        if (type == Type.LOC && end - start == 1 && end < to && tokens.get(end).capitalised()
                && spacesOnly(text, tokens.get(start), tokens.get(end)) && common(tokens.get(start).text())
                && lookup(tokens, start, end) == null) {
            // "Old" of "Old Firm", "Grand" of "Grand Slam": a common word the model cut as a place from the name
            // after it, which the rules read whole (an organisation's may be a brand's: "Apple Watch")
            return null;
        }
        if (end - start == 2 && REGIONS_OF_COUNTRIES.contains(tokens.get(end - 1).text())) {
            Entry place = lookup(tokens, start, start + 1);
            if (place != null && place.kind() != Kind.ORGANIZATION) {
                // "U.S. Northeast", "Pacific Northwest": a region of a place the lists know, whatever the model said
                return new Mention(start, end, Type.LOC, spanText(text, tokens, start, end), false);
            }
        }
        if (end - start >= 3 && isDescriptive(tokens, start, start + 1) && tokens.get(start + 1).word()
                && Character.isLowerCase(tokens.get(start + 1).text().charAt(0))) {
            int name = start + 1;
            while (name < end - 1 && tokens.get(name).word()
                    && Character.isLowerCase(tokens.get(name).text().charAt(0))
                    && !CONNECTORS.contains(tokens.get(name).text())) {
                name++;
            }
            if (tokens.get(name).capitalised()) {
                start = name; // "Belgian carrier Sabena", "Dutch electronics group Philips": what the name is, first
            }
        }
        if (type != Type.ORG && end - start >= 2
                && gazetteer.longestSpellingFrom(tokens.get(start + 1).text()) >= end - start - 1
                && isDescriptive(tokens, start, start + 1)) {
            Entry body = lookup(tokens, start + 1, end);
            if (body != null && body.kind() == Kind.ORGANIZATION) {
                type = Type.ORG; // "Afghan Taleban leader": a people's own body, as the rules read it
            }
        }
        if (type == Type.PER && end - start >= 2 && DEMONYMS.contains(tokens.get(start).text())
                && tokens.get(start + 1).capitalised()
                && (end - start >= 3 || !gazetteer.isAnyGivenName(tokens.get(start).text()))) {
            // "alongside German Heinz-Harald Frentzen", "Brazilian Ronaldo": the people's adjective is no part of
            // the name ("German Efromovich" is a given name and a surname)
            start++;
        }
        if (type == Type.LOC && end - start >= 2 && roleWordAfter(text, tokens.get(end - 1))
                && lookup(tokens, start, end) == null && !IN_A_PLACE.contains(wordBefore(text,
                tokens.get(start).start()).toLowerCase(Locale.ROOT))) {
            type = Type.PER; // "Wislawa Szymborska , the Polish poet": a person's role after the model's place
        }
        if (type == Type.LOC && end - start == 2 && TITLE_WORDS_BEFORE.contains(wordBefore(text,
                tokens.get(start).start())) && (givenNameFirst(text, tokens, start, end)
                || unknownNameWord(tokens.get(start)) && unknownNameWord(tokens.get(start + 1)))) {
            // "world champion Damon Hill": a given name after a title's word, the model's place; "writer Taslima
            // Nasrin": two words no list knows, of no place's kind
            type = Type.PER;
        }
        if (type != Type.PER && end - start == 2 && SURNAME_LIKE_TITLES.contains(tokens.get(start).text())
                && gazetteer.isAnyGivenName(tokens.get(start).text()) && surname(tokens.get(start + 1))
                && lookup(tokens, start, end) == null) {
            type = Type.PER; // "Dean Jones", "King Hussein": a person whether the first word is a title or a name
        }
        if (type != Type.ORG && end + 3 < to && tokens.get(end).text().equals("(")
                && tokens.get(end + 2).text().equals(")") && LEGAL_FORMS.contains(tokens.get(end + 3).text())) {
            type = Type.ORG; // "Cheung Kong ( Holdings ) Ltd": a company's name, its business in brackets
        }
        if (describesTheCompanyAfter(tokens, from, start, end)) {
            start++; // "Airline Brekka Air", "Insurer Brekka": what the company is, then its name
            type = Type.ORG;
        }
        if (type == Type.ORG && end < to && tokens.get(end).text().equals("Rally")
                && BODY_ADJECTIVES.contains(tokens.get(end - 1).text())
                && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
            end++; // "Constitutional Democratic" "Rally": the party's last word, which the model left out
        }
        if (type == Type.ORG && end - start >= 1 && end < to && TITLES.contains(tokens.get(end).text())
                && TITLES_FIRST_WORDS.contains(tokens.get(end - 1).text())) {
            end--; // "Saudi Crown" before "Prince Abdullah": the title's first word, no body's
            if (start == end) {
                return null;
            }
        }
        if (type == Type.ORG && (titleOnly(tokens, start, end) || end < to && TITLES.contains(tokens.get(end).text())
                && isDescriptive(tokens, start, start + 1) && titleOnly(tokens, start, end + 1)
                || portfolio(tokens, start, end))
                || initialsOnly(tokens, start, end)) {
            // "Crown Prince Sheikh" of "Crown Prince Sheikh Saad al-Abdulla al-Sabah", "Colombian Defence" before
            // "Minister", "Labour" before "Minister", "L.K." of "L.K. Advani": the rules read the whole run instead
            // (a person's title stays: the name after it is found from it)
            return null;
        }
        if (end - start == 1 && start > 0 && tokens.get(start - 1).text().equals("&")
                && LEGAL_FORMS.contains(tokens.get(start).text())) {
            return null; // "Co" of "J.P. Morgan & Co": a company's legal form, no name of its own
        }
        int named = afterTitles(tokens, start, end);
        boolean institution = end - start > 1 && institutional(text, tokens, end - 1);
        if (!institution && (type != Type.PER && named > start && end - named >= 2
                && TITLES.contains(tokens.get(named - 1).text()) || named > start + 1 && end - named >= 2
                || named > start + 1 && end - named == 1 && SURNAME_TITLES.contains(tokens.get(named - 1).text())
                && surname(tokens.get(named)))) {
            // "U.S. Deputy Secretary of State Kurt Campbell" is a person, whatever the model says, and so is one
            // name after a title of two words: "Crown Prince Abdullah" (but "General Motors" stays a company)
            type = Type.PER;
        }
        if (type == Type.PER) {
            start = named;
        }
        while (start < end && !tokens.get(start).word() && !Character.isDigit(tokens.get(start).text().charAt(0))) {
            start++;
        }
        while (end > start && (!tokens.get(end - 1).word() && !tokens.get(end - 1).text().equals(".")
                || NOT_NAMES.contains(tokens.get(end - 1).text()) && !nameAfterOf(tokens, start, end)
                || CONNECTORS.contains(tokens.get(end - 1).text())
                || type != Type.ORG && lowerCaseTail(tokens.get(end - 1)))) {
            // "U.S. Policy On", "Spirit of": a heading's capitalised preposition, a name cut short; "Bratislava
            // airport": the model's place runs on into the common words after it (an organisation's may not: "ISIL
            // tactical units", "Assad regime" are bodies a dashboard facets by)
            end--;
        }
        if (type == Type.ORG) {
            end = beforeLowerCaseBreak(tokens, start, end);
            for (int k = start + 1; k + 1 < end; k++) {
                String w = tokens.get(k).text();
                if (tokens.get(k).word() && Character.isLowerCase(w.charAt(0)) && tokens.get(k + 1).capitalised()
                        && !CONNECTORS.contains(w) && !FOREIGN_LINKS.contains(w) && common(w)) {
                    end = k; // "U.S. Bank assumed State Farm Bank 's deposits": a verb between two names ends one
                    break;
                }
            }
            int head = start;
            while (head < end && tokens.get(head).capitalised()) {
                head++;
            }
            if (head == start + 1 && head < end && COMMON_ACRONYMS.contains(tokens.get(start).text())) {
                return null; // "the AC unit", "IoT devices": a thing's acronym and common words
            }
            if (head > start && head < end && allDescriptive(tokens, start, head)) {
                return null; // "Kurdish factions", "Bosnian Serb forces": a people's adjective and common words
            }
            Entry country = head > start && head < end && tokens.subList(head, end).stream().allMatch(Token::word)
                    ? lookup(tokens, start, head) : null;
            if (country != null && country.kind() == Kind.COUNTRY) {
                // "the U.S. embassy", "the Kenya government": the country's, not a body of their own
                return new Mention(start, head, Type.LOC, country.canonical(), true);
            }
            if (head > start && head < end && ACCORDS.contains(tokens.get(head).text())) {
                // "the Dayton peace accords", "the Oslo accords": named after a place, no body
                return knownPlace(country) ? new Mention(start, head, Type.LOC, country.canonical(), true) : null;
            }
        }
        while (start < end && (NOT_NAMES.contains(tokens.get(start).text())
                || end - start > 1 && FORMER.contains(tokens.get(start).text()))) {
            start++;
        }
        while (type != Type.PER && end - start > 1 && TRAILING_TITLES.contains(tokens.get(end - 1).text())) {
            end--; // "U.S. Treasury Secretary" (before "Robert Rubin") is the U.S. Treasury
        }
        if (type != Type.PER && end - start > 2 && tokens.get(end - 1).text().equals("General")
                && TITLES.contains(tokens.get(end - 2).text())) {
            end -= 2; // "U.S. Attorney General" (before "Janet Reno") is the United States
        }
        if (type != Type.PER && end - start >= 2 && end < to && TITLES.contains(tokens.get(end).text())
                && common(tokens.get(end - 1).text()) && lookup(tokens, end - 1, end) == null) {
            Entry employer = lookup(tokens, start, end - 1);
            if (employer != null) {
                // "EU Farm Commissioner Franz Fischler": a known body or place, its portfolio (no name of its own,
                // and taken with it), the title
                return new Mention(start, end, employer.kind() == Kind.ORGANIZATION ? Type.ORG : Type.LOC,
                        employer.canonical(), true);
            }
        }
        if (start >= end || !tokens.get(start).capitalised()) {
            return null;
        }
        if (start == from && end - start == 1 && end < to && tokens.get(end).text().equals("of")
                && common(tokens.get(start).text()) && lookup(tokens, start, end) == null) {
            return null; // "Members of the Church of God": a sentence's common first word before "of", no name
        }
        if (type == Type.ORG && end - start >= 2
                && gazetteer.longestSpellingFrom(tokens.get(start + 1).text()) >= end - start - 1
                && isDescriptive(tokens, start, start + 1)) {
            Entry firm = lookup(tokens, start + 1, end);
            if (firm != null && firm.kind() == Kind.ORGANIZATION) {
                // "Australian Qantas posts record profit": a people's adjective says whose; "Australian Broadcasting
                // Corporation" is a name of its own
                return new Mention(start + 1, end, Type.ORG, firm.canonical(), true);
            }
        }
        if (type == Type.ORG && end - start >= 2 && FAMILY.contains(tokens.get(end - 1).text())) {
            type = Type.PER; // "the Goldman family": the family's name is a person's
            end--;
        }
        if (type == Type.ORG && end - start >= 2 && VENUES.contains(tokens.get(end - 1).text())) {
            type = Type.LOC; // "Nyayo National Stadium", "Kai Tak Airport": a place, where the model said a body
        }
        if (type == Type.LOC && start - 2 >= from && Tokens.isPossessive(tokens.get(start - 1).text())
                && isPlace(tokens.get(start - 2).text()) && givenNameAndSurname(tokens, start, end)) {
            type = Type.PER; // "Britain's Damon Hill", a place to the model
        }
        if (type != Type.PER && start > from && SURNAME_TITLES.contains(tokens.get(start - 1).text())
                && end - start <= 3 && spacesOnly(text, tokens.get(start - 1), tokens.get(start))
                && givenNameFirst(text, tokens, start, end)) {
            type = Type.PER; // "Governor Urban Baeckstroem", an organisation to the model
        }
        if (type != Type.PER && end - start <= 3 && start > from
                && TITLE_WORDS_BEFORE.contains(wordBefore(text, tokens.get(start).start()))
                && forenameFirst(tokens, start, end) && looksLikeName(tokens, start, end)) {
            type = Type.PER; // "astronaut Eugene Cernan", an organisation to the model
        }
        if (type != Type.PER && end - start == 2 && givenNameAndSurname(text, tokens, start, to)
                && !(type == Type.LOC && (PLACE_WORDS_BEFORE.contains(wordBefore(text, tokens.get(start).start()))
                || SAINTS.contains(tokens.get(start).text())))) {
            // "pair Les Ferdinand with Teddy Sheringham", two teams to the model; "Glenn McGrath took five
            // wickets", a place (not after "in" or "near", nor a saint's: "Santa Monica")
            type = Type.PER;
        }
        if (type != Type.PER && forenameLeftOut(text, tokens, from, start, end)) {
            // "Monica Seles beat Jana Novotna": the model left the given name out and took "Seles" for a team
            return new Mention(start - 1, end, Type.PER, spanText(text, tokens, start - 1, end), false);
        }
        if (type == Type.PER) {
            // the model may stop a name early or start it late: "Kim Jong" + "Un", "Sung" + "Kim"
            while (end < to && (continuesName(text, tokens, end - 1, end) || cityInName(text, tokens, end, to))) {
                end++;
            }
            if (modelsVersion(tokens, start, end)) {
                return null; // "the Mark II": a model's version, of which the model found "Mark"
            }
            while (start > from && continuesName(text, tokens, start, start - 1)
                    && !((end - start >= 2 || !gazetteer.isAnyGivenName(tokens.get(start - 1).text()))
                    && isDescriptive(tokens, start - 1, start))
                    && !(start - 1 == from && end - start >= 2
                    && TITLE_WORDS_BEFORE.contains(tokens.get(from).text().toLowerCase(Locale.ROOT)))) {
                // not "American" before "Andre Agassi" or "Brazilian" before "Ronaldo" (but "Roman", a given name,
                // before "Polanski"), nor a sentence's opening title's word ("Sprinter Linford Christie")
                start--;
            }
            if (end - start >= 3 && start - 2 >= from && tokens.get(start - 1).text().equals("of")
                    && PORTFOLIO_TITLES.contains(tokens.get(start - 2).text())) {
                start++; // "Secretary of State Antony Blinken": the name does not start at the portfolio
            }
        }
        if (type == Type.PER && end < to && EVENT_LAST_WORDS.contains(tokens.get(end).text())
                && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
            return null; // "Davis" of "the Davis Cup": a tournament's first word
        }
        if (type == Type.PER && currency(tokens, start, end)) {
            return null;
        }
        if (type == Type.PER && end - start >= 2 && MEETINGS.contains(tokens.get(end - 1).text())) {
            return null; // "Level Zero Conference": a meeting's name, or a body's named after one, no person's
        }
        if (type == Type.PER && work(tokens, start, end) || storm(tokens, start, end)
                || end - start >= 2 && LAWS.contains(tokens.get(end - 1).text())
                && lookup(tokens, start, end) == null) {
            // "the James Webb Space Telescope", "the Tom Hartley Prize": a thing named after a person; "Hurricane
            // Beryl": a storm, named as people are; "the Finance Bill": a law, neither a body nor a place
            return null;
        }
        if (type == Type.PER && end - start >= 2 && RANKINGS.contains(tokens.get(start).text())
                && (start == from || Tokens.lineBreakBefore(text, tokens, start))
                && !gazetteer.isAnyGivenName(tokens.get(start + 1).text())) {
            return null; // "Best Front-Load Washer:", a review's heading
        }
        if (type == Type.PER && end - start >= 2 && end < to && FIGHTERS.contains(tokens.get(end).text())
                && !gazetteer.isGivenName(tokens.get(start).text())) {
            return fightersGroup(tokens, start, end); // "Tamil Tiger rebels"
        }
        if (type == Type.PER && tokens.subList(start, end).stream().anyMatch(t -> acronymAfterHyphen(t.text()))) {
            type = Type.ORG; // "Thomson-CSF": no person's name has an acronym in it
        }
        if (end - start == 1 && start > from && acronymOfCity(tokens, start - 1)
                && spacesOnly(text, tokens.get(start - 1), tokens.get(start))) {
            start--; // "AKS Lyon" found as "Lyon"
        }
        if (end - start == 2 && acronymOfCity(tokens, start)) {
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false); // "PAOK Salonika"
        }
        String opening = tokens.get(start).text();
        if (type == Type.PER && !gazetteer.isGivenName(opening)) {
            int given = firstGivenName(tokens, start + 1, end - 1);
            // "Issues Robert King", "Like John Hancock", "Tory MP Douglas Carswell": a heading's or a sentence's word
            // before the name; not "Jose" of "Jose Maria Aznar", a given name right before another
            boolean forename = given == start + 1 && gazetteer.isAnyGivenName(opening)
                    && vocabulary.classOf(NameFeatures.lowerCase(opening)) == null;
            start = given > 0 && !forename ? given : start;
        }
        if (type == Type.PER && end - start >= 3 && gazetteer.isAnyGivenName(tokens.get(start + 1).text())
                && (start == from && calling(tokens.get(start).text()) || isDescriptive(tokens, start, start + 1))) {
            // "Promoter Don King", "Frenchman Laurent Jalabert": a sentence's first word that is a calling, or a
            // people's noun, before a given name (not "Rosso" of "General Rosso Jose Serrano")
            start++;
        }
        if ((type != Type.PER || end - start == 1) && isDescriptive(tokens, start, end)
                || allDescriptive(tokens, start, end)) {
            return null;
        }
        String first = tokens.get(start).text();
        String last = tokens.get(end - 1).text();
        if (end - start == 1 && (NOT_NAMES.contains(first) || TITLES.contains(first) || first.length() < 2)
                || type == Type.PER && titleOnly(tokens, start, end)) {
            return null; // "Foreign Secretary said": a title, no name
        }
        if (end < to && PRIZES.contains(tokens.get(end).text()) && lookup(tokens, start, end) == null
                && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
            return null; // "Pulitzer" of "a Pulitzer Prize", "Stanley" of "the Stanley Cup": a prize's name
        }
        if (end < to && LAWS.contains(tokens.get(end).text()) && lookup(tokens, start, end) == null
                && spacesOnly(text, tokens.get(end - 1), tokens.get(end))
                && !(end + 1 < to && tokens.get(end + 1).word() && tokens.get(end + 1).capitalised())) {
            return null; // "Harbour Levy" of "the Harbour Levy Bill": a law's name (not "Microsoft" of "Bill Gates")
        }
        if (end - start == 1 && type == Type.LOC && (first.equals("San") || first.equals("Santa"))) {
            return null; // "San" of "Aung San Suu Kyi": the first word of a saint's place, no place alone
        }
        if (end < to && end - start <= 2 && MINISTERS.contains(tokens.get(end).text())
                && spacesOnly(text, tokens.get(end - 1), tokens.get(end)) && lookup(tokens, start, end) == null
                && !gazetteer.isAnyGivenName(tokens.get(start).text())) {
            return null; // "Petroleum" of "Petroleum Minister Dan Etete": a title's portfolio
        }
        Type fixed = type;
        if (end - start > 1 && institutional(text, tokens, end - 1) && !commonProperties(tokens, start, end)
                || compoundInstitution(tokens.get(end - 1).text())
                || end - start == 1 && type == Type.LOC && ORG_SUFFIXES.contains(tokens.get(start).text())) {
            fixed = Type.ORG; // "Parliament speaker Oleksander Moroz": the body, no place
        } else if (headAndOf(tokens, start, end) || industrys(tokens, start, end)) {
            fixed = Type.ORG; // "Bre-X Minerals said": a company of its industry, no person
        } else if (type != Type.PER && namedAsOrganisation(text, tokens, start, end)) {
            fixed = Type.ORG;
        } else if (type == Type.PER && end - start <= 3
                && COMPANY_KINDS_BEFORE.contains(wordBefore(text, tokens.get(start).start()))) {
            fixed = Type.ORG; // "Santiago brokerage Larrain Vial": a kind of company before the name, no role
        } else if (type == Type.PER && wordBefore(text, tokens.get(start).start()).equals("at")
                && employeeBefore(text, tokens, start)) {
            // "analysts at Dresdner Kleinwort Benson", "analysts at Zona Research": where they work, not who they
            // are with, even where a given name opens it ("an executive at John Lewis")
            fixed = Type.ORG;
        } else if (type == Type.PER && heldAsShares(text, tokens, start, end)) {
            fixed = Type.ORG; // "shares in Cheung Kong", "property stocks such as Cheung Kong": a listed company
        } else if (type == Type.PER && (end - start == 1 && describedAsBody(text, tokens, end)
                || end - start <= 2 && companysPossessive(tokens, end, NO_PERSONS))) {
            fixed = Type.ORG; // "Veldmark, the Dutch electronics group, said", "Grentham's chairman": not a person
        } else if (end - start == 2 && LOC_SUFFIXES.contains(last) && first.length() == 2 && first.charAt(1) == '.'
                && Character.isUpperCase(first.charAt(0)) && !DIRECTION_INITIALS.contains(first)) {
            fixed = Type.PER; // "M. Hills not out 88": an initial and a surname, whatever the model said
        } else if (type == Type.PER && end - start > 1 && SAINTS_OF_PLACES.contains(first) && !last.equals("Claus")) {
            fixed = Type.LOC; // "the University of California, Santa Cruz": a saint's place, no person
        } else if (end - start > 1 && LOC_SUFFIXES.contains(last) && !(type == Type.PER && end - start == 2
                && SURNAME_LOC_SUFFIXES.contains(last) && gazetteer.isGivenName(first))) {
            fixed = Type.LOC; // but the model's "Anthony Lake" stays a person
        } else if (type == Type.PER && end - start > 1 && end - start <= 4 && PLACE_LAST_WORDS.contains(last)
                || type == Type.PER && end - start == 2 && (last.equals("Park") || last.equals("Ward"))
                && (common(first) || ORDINALS.contains(first))) {
            fixed = Type.LOC; // "Harlan City", "Carter Gym", "Memorial Park", "Third Ward"; not "Nick Park"
        } else if (type == Type.PER && end - start == 1
                && PLACE_WORDS_BEFORE.contains(wordBefore(text, tokens.get(start).start()))
                && !(end < tokens.size() && Tokens.isPossessive(tokens.get(end).text()))) {
            // "a camp near Goma": the model's one-word person is where something is; not "outside Netanyahu's office"
            fixed = Type.LOC;
        } else if (type == Type.PER && end - start <= 2 && divisionAfter(tokens, end)) {
            fixed = Type.LOC; // "the eastern Tarvik province"
        } else if (type == Type.ORG && end - start <= 2 && !ORG_SUFFIXES.contains(last) && end < tokens.size()
                && (divisionAfter(tokens, end) || LANDFORMS.contains(tokens.get(end).text()))
                && lookup(tokens, start, end) == null) {
            fixed = Type.LOC; // "the Panjshir valley", "the Tarvik province": the model's organisation is a place
        } else if (type == Type.PER && end - start <= 2 && start >= 2 && tokens.get(start - 1).text().equals("of")
                && SETTLEMENTS.contains(tokens.get(start - 2).text())) {
            fixed = Type.LOC; // "near the town of Timika"
        }
        if (fixed != Type.ORG && end - start == 1 && capitalLetters(first, 3, 6)
                && lookup(tokens, start, end) == null) {
            fixed = Type.ORG; // "officials from ZTRC": an acronym no list knows names a body, not a place or a person
        }
        return new Mention(start, end, fixed, spanText(text, tokens, start, end), false);
    }

    /**
     * Whether tokens [start, end) start with a given name and are no known name, no institution's and no place's
     * by their last word: a person's name after a title.
     */
    boolean givenNameFirst(String text, List<Token> tokens, int start, int end) {
        return gazetteer.isAnyGivenName(tokens.get(start).text()) && lookup(tokens, start, end) == null
                && !institutional(text, tokens, end - 1) && endsNoPlace(tokens.get(end - 1).text())
                && looksLikeName(tokens, start, end);
    }

    /**
     * Whether tokens [start, end) are two words no list knows, a given name and a word that ends no place's name
     * ("Damon Hill", not "Victoria Falls" nor "Jordan Valley"): after a known place's possessive ("Britain's Damon
     * Hill"), where a place is seldom named, a person.
     */
    boolean givenNameAndSurname(List<Token> tokens, int start, int end) {
        if (end - start != 2 || !gazetteer.isAnyGivenName(tokens.get(start).text())) {
            return false;
        }
        String last = tokens.get(end - 1).text();
        return tokens.get(end - 1).word() && tokens.get(end - 1).capitalised() && !inUpperCase(last)
                && endsNoPlace(last) && !DIRECTIONS.contains(last) && lookup(tokens, start, end) == null
                && lookup(tokens, start, start + 1) == null;
    }

    /**
     * Whether the word right before the model's organisation or place [start, end) of one or two words is a given
     * name that, with it, makes a person's name as {@link #forenameFirst} sees one (not a known name, nor an
     * acronym).
     */
    boolean forenameLeftOut(String text, List<Token> tokens, int from, int start, int end) {
        if (start == from || end - start > 2 || !spacesOnly(text, tokens.get(start - 1), tokens.get(start))
                || inUpperCase(tokens.get(end - 1).text()) // "Stanford GSB": an acronym is no surname
                || lookup(tokens, start, end) != null
                || institutional(text, tokens, end - 1) || LOC_SUFFIXES.contains(tokens.get(end - 1).text())) {
            return false;
        }
        return forenameFirst(tokens, start - 1, end);
    }

    /**
     * The group whose fighters the words [start, end) before "rebels" or the like name, as a known organisation's
     * plural says ("Tamil Tiger rebels" are the Tamil Tigers' fighters); null when no list knows such a group.
     */
    Mention fightersGroup(List<Token> tokens, int start, int end) {
        List<String> plural = new ArrayList<>(List.of(words(tokens, start, end)));
        plural.set(plural.size() - 1, plural.get(plural.size() - 1) + "s");
        Entry group = gazetteer.lookup(plural);
        return group == null || group.kind() != Kind.ORGANIZATION ? null
                : new Mention(start, end, Type.ORG, group.canonical(), true);
    }

    /**
     * Whether token {@code k}, a city's name alone, continues the person's name before it: after a given name and
     * before a word that continues the name ("Juan Ponce Enrile", where Ponce is a city in Puerto Rico).
     */
    boolean cityInName(String text, List<Token> tokens, int k, int to) {
        if (k + 1 >= to || !gazetteer.isAnyGivenName(tokens.get(k - 1).text()) || !tokens.get(k).capitalised()
                || !spacesOnly(text, tokens.get(k - 1), tokens.get(k))) {
            return false;
        }
        Entry city = gazetteer.lookup(List.of(tokens.get(k).text()));
        return city != null && city.kind() == Kind.CITY && continuesName(text, tokens, k, k + 1)
                && !isDescriptive(tokens, k + 1, k + 2);
    }

    /** Whether {@code next}, next to {@code edge} of a person's name, is one more word of that name. */
    boolean continuesName(String text, List<Token> tokens, int edge, int next) {
        Token t = tokens.get(next);
        String w = t.text();
        return t.word() && t.capitalised() && !NOT_NAMES.contains(w) && !TITLES.contains(w) && !ORG_SUFFIXES.contains(w)
                && !DEMONYMS.contains(w) && !EVENT_LAST_WORDS.contains(w) && gazetteer.lookup(List.of(w)) == null
                && !w.endsWith(".")
                && !(next > edge && next + 1 < tokens.size() && TITLES.contains(tokens.get(next + 1).text())
                && common(w)) // "Economy" of "Argentine Economy Minister": a title's portfolio
                && spacesOnly(text, tokens.get(Math.min(edge, next)), tokens.get(Math.max(edge, next)));
    }

    /** What holds a portfolio, after its one word: "Labour Minister", "Labour Ministry", "Health Secretary". */
    static final Set<String> PORTFOLIO_HOLDERS = wordSet("Minister", "Ministry", "Secretary", "Department");

    /** Whether tokens [start, end) are one common word before what holds it as a portfolio: "Labour Minister". */
    boolean portfolio(List<Token> tokens, int start, int end) {
        return end - start == 1 && end < tokens.size() && PORTFOLIO_HOLDERS.contains(tokens.get(end).text())
                && common(tokens.get(start).text());
    }

    /**
     * Whether token {@code i}, the first of the sentence that starts at {@code from}, says what the company named by
     * the capitalised word after it (before {@code to}) is ({@link #OPENING_DESCRIPTORS}: "Carmaker Volvo"); not
     * before a given name ("Regulator Arthur Levitt").
     */
    boolean describesTheCompanyAfter(List<Token> tokens, int from, int i, int to) {
        return i == from && i + 1 < to && OPENING_DESCRIPTORS.contains(tokens.get(i).text())
                && tokens.get(i + 1).capitalised() && !gazetteer.isAnyGivenName(tokens.get(i + 1).text());
    }

    /**
     * Whether tokens [start, end) end in "Properties", "Enterprises" or "Ventures" after a common word: a heading's
     * "Convergence Properties", "Large Enterprises", no company as "Sun Hung Kai Properties" or "Sega Enterprises" is.
     */
    boolean commonProperties(List<Token> tokens, int start, int end) {
        return COMMON_LED_COMPANY_WORDS.contains(tokens.get(end - 1).text()) && !noCommonWord(tokens, start, end - 1);
    }

    /** Companies' last words that headings also end with: "Properties", "Enterprises", "Ventures". */
    static final Set<String> COMMON_LED_COMPANY_WORDS = wordSet("Properties", "Enterprises", "Ventures");

    /**
     * Whether tokens [start, end) are an institution's head word, "of" and more: "Office of Fair Trading"; not an
     * event's word, which heads a race there ("Rally of Australia", where "Rally for the Republic" is a party).
     */
    boolean headAndOf(List<Token> tokens, int start, int end) {
        return headAnd(tokens, start, end, "of") && !EVENT_LAST_WORDS.contains(tokens.get(start).text());
    }

    /**
     * Whether tokens [start, end) are a body's head word, {@code connector} and more: "Front for the Liberation"; the
     * head word may follow a people's adjective or a body's ("Korean Confederation of Trade Unions", "National League
     * for Democracy").
     */
    boolean headAnd(List<Token> tokens, int start, int end, String connector) {
        int head = start;
        if (end - start > 3 && !BODIES.contains(tokens.get(start).text())
                && BODIES.contains(tokens.get(start + 1).text()) && tokens.get(start + 2).text().equals(connector)
                && (BODY_ADJECTIVES.contains(tokens.get(start).text())
                || NAMED_INSTITUTIONS.contains(tokens.get(start + 1).text())
                || isDescriptive(tokens, start, start + 1))) {
            // the head and the connector asked first: the adjective's look-ups cost more; a school's or an
            // institute's head may follow a benefactor's name too ("Courtauld Institute of Art")
            head++;
        }
        return end - head > 2 && BODIES.contains(tokens.get(head).text())
                && tokens.get(head + 1).text().equals(connector);
    }

    /**
     * Whether tokens [start, end) are a body's head word, "for" and capitalised words: "Office for Coastal
     * Statistics", "Institute for Rural Energy and Transport".
     */
    boolean headAndFor(List<Token> tokens, int start, int end) {
        return headAnd(tokens, start, end, "for");
    }

    /** Bodies whose name goes on with "on" and what they deal with: "Commission on Presidential Debates". */
    static final Set<String> BODIES_ON = wordSet("Commission", "Committee", "Subcommittee", "Council", "Conference",
            "Panel", "Institute", "Centre", "Center", "Forum");

    /**
     * Whether tokens [start, end) are a body's head word that deals with something ({@link #BODIES_ON}), "on" and
     * capitalised words: "Commission on Presidential Debates", "Council on Foreign Relations", "Conference on
     * Disarmament"; not a day or a month after "on" ("Commission on Monday").
     */
    boolean headAndOn(List<Token> tokens, int start, int end) {
        int on = end - start > 2 && tokens.get(start + 1).text().equals("on") ? start + 1
                : end - start > 3 && tokens.get(start + 2).text().equals("on") ? start + 2 : -1;
        if (on < 0 || !BODIES_ON.contains(tokens.get(on - 1).text())) {
            return false;
        }
        return bodysSubject(tokens, on + 1, end);
    }

    /**
     * Whether tokens [start, end) after a body's "on" can be what it deals with: not a day or a month first ("the
     * Commission on Monday"), nor a place's word last ("Woodruff Arts Center on Peachtree Street").
     */
    static boolean bodysSubject(List<Token> tokens, int start, int end) {
        String first = tokens.get(start).text();
        return !NOT_NAMES.contains(first) && !MONTH_NAMES.contains(first)
                && !LOC_SUFFIXES.contains(tokens.get(end - 1).text());
    }

    /**
     * A run of two to four capitalised words the model left alone that a place's word ends is that place ("Kettering
     * Road", "Ostby Parish", "Oyster Bay", "Wembley Stadium"); a sentence's common first word is none of it
     * ("Yesterday Kettering Road"). Not a run with connectors or another place's word inside ("Land and Sea"), nor
     * common words before a word of nature or a building's, which are as often a thing's name ("Ice Lake", "Portable
     * Power Station") as a place's; null when it is none.
     */
    Mention placeByItsLastWord(String text, List<Token> tokens, int from, int start, int end) {
        String last = tokens.get(end - 1).text();
        if (end - start < 2 || end - start > 4 || !LOC_SUFFIXES.contains(last) && !FACILITIES.contains(last)
                || afterTitles(tokens, start, end) > start) {
            return null;
        }
        for (int k = start; k < end - 1; k++) {
            Token t = tokens.get(k);
            if (!t.word() || !t.capitalised() || LOC_SUFFIXES.contains(t.text()) || t.text().indexOf('&') >= 0) {
                return null;
            }
        }
        int first = afterOpeningWords(tokens, from, start);
        if (first == from && end - first >= 3 && common(tokens.get(first).text())) {
            first++; // "Yesterday Kettering Road was closed"
        }
        boolean allCommon = true;
        for (int k = first; k < end - 1; k++) {
            allCommon &= common(tokens.get(k).text());
        }
        if (end - first < 2 || allCommon && !ADDRESS_SUFFIXES.contains(last)) {
            return null; // "Ice Lake", "Portable Power Station": things' names
        }
        return new Mention(first, end, Type.LOC, spanText(text, tokens, first, end), false);
    }

    /**
     * Whether a capitalised word may be what a person does, as a sentence's first word before a name: a common word,
     * a player's position ("Quarterback Troy Aikman"), or one with an agent's ending ("Promoter", "Organiser",
     * "Consultant") that is no given name.
     */
    boolean calling(String word) {
        return common(word) || POSITIONS_OPENING.contains(word) || word.length() >= 6
                && !gazetteer.isAnyGivenName(word) && lettersOnly(word) && !inUpperCase(word)
                && AGENT_ENDINGS.matcher(word).find();
    }

    static final Pattern AGENT_ENDINGS = Pattern.compile("(?:er|or|ist|ant|ent|ee)$");

    /** Players' positions without an agent's ending, capitalised as a sentence's first word. */
    static final Set<String> POSITIONS_OPENING = wordSet("Quarterback", "Linebacker", "Halfback", "Fullback",
            "Shortstop", "Fly-half", "Scrum-half", "Full-back", "Centre-back", "Jockey");

    /**
     * Whether tokens [start, end) are two words or more that name a thing made, enacted or held, or a prize
     * ({@link NameWords#WORKS}, {@link #PRIZES}): no person's name, though one may open it.
     */
    static boolean work(List<Token> tokens, int start, int end) {
        String last = tokens.get(end - 1).text();
        return end - start >= 2 && (WORKS.contains(last) || PRIZES.contains(last));
    }

    /**
     * Words before a storm's name: "Hurricane Beryl", "Typhoon Haiyan" ("Storm" only after "Tropical": "Storm Brain"
     * is an agency).
     */
    static final Set<String> STORMS = wordSet("Hurricane", "Typhoon", "Cyclone");

    /** Whether tokens [start, end) name a storm: "Hurricane Beryl", "Tropical Storm Alberto". */
    static boolean storm(List<Token> tokens, int start, int end) {
        if (end - start == 3 && tokens.get(start).text().equals("Tropical")) {
            return tokens.get(start + 1).text().equals("Storm");
        }
        return end - start == 2 && STORMS.contains(tokens.get(start).text());
    }

    /** A capitalised run the model left alone: an organisation by its last word, or a person by its context. */
    Mention classify(String text, List<Token> tokens, int from, List<Integer> run) {
        int start = run.get(0);
        int end = run.get(run.size() - 1) + 1;
        boolean based = end - start > 1 && basedInAPlace(tokens.get(start).text());
        if (end - start > 1 && compoundAdjective(tokens.get(start).text())
                && (based || !common(tokens.get(start + 1).text()))) {
            // "Top-seeded Monica Seles", "Cash-strapped Aeroflot", "London-based Reporters Without Borders":
            // capitalised as the sentence's first word (or after a dateline); not "Multi-party Computation", a
            // thing's name of common words
            start++;
        }
        while (end > start && CONNECTORS.contains(tokens.get(end - 1).text())) {
            end--;
        }
        if (modelsVersion(tokens, start, end)) {
            return null;
        }
        if (end - start == 2 && DEMONYMS.contains(tokens.get(start).text()) && isAcronym(tokens.get(end - 1).text())) {
            start++; // "the Gaullist RPR", "the Islamist FIS": whose the body is, then its acronym
            Entry body = lookup(tokens, start, end);
            if (body != null && body.kind() == Kind.ORGANIZATION) {
                return new Mention(start, end, Type.ORG, body.canonical(), true);
            }
        }
        Token last = tokens.get(end - 1);
        if (allDescriptive(tokens, start, end) || event(tokens, start, end) || work(tokens, start, end)
                || storm(tokens, start, end)) {
            return null; // "Bosnian Serbs said"; "the Davis Cup", a tournament; "the Hubble Space Telescope"
        }
        Entry firm = end - start >= 2 && gazetteer.longestSpellingFrom(tokens.get(start).text()) >= end - start
                ? lookup(tokens, start, end) : null;
        if (firm != null && firm.kind() == Kind.ORGANIZATION) {
            // "ABN AMRO" "Hoare Govett": a known organisation's whole run, which the lists did not take on its own
            // for the name it joins
            return new Mention(start, end, Type.ORG, firm.canonical(), true);
        }
        Entry national = end - start >= 3
                && gazetteer.longestSpellingFrom(tokens.get(start + 1).text()) >= end - start - 1
                && isDescriptive(tokens, start, start + 1) ? lookup(tokens, start + 1, end) : null;
        if (national != null && national.kind() == Kind.ORGANIZATION) {
            // "the Norwegian Red Cross": a people's own body of a name the lists know, which they did not take after
            // the adjective
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false);
        }
        if (end - start == 2 && acronymOfCity(tokens, start)) {
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false); // "AEK Athens"
        }
        if (currency(tokens, start, end)) {
            return null;
        }
        Mention group = end < tokens.size() && FIGHTERS.contains(tokens.get(end).text())
                ? fightersGroup(tokens, start, end) : null;
        if (group != null) {
            return group; // "Sri Lanka's Tamil Tiger rebels", where the model found nothing
        }
        if (end - start == 1 && start >= 2 && Tokens.isPossessive(tokens.get(start - 1).text())
                && isPlace(tokens.get(start - 2).text()) && acronymAfterHyphen(last.text())
                && !inUpperCase(last.text())) {
            return new Mention(start, end, Type.ORG, last.text(), false); // "France's Thomson-CSF"
        }
        if (end - start >= 2 && start > 0 && SIDES_OF_POWER.contains(tokens.get(start - 1).text())
                && !gazetteer.isAnyGivenName(tokens.get(start).text()) && afterTitles(tokens, start, end) == start
                && !isDescriptive(tokens, start, end) && lookup(tokens, start, end) == null) {
            // "the opposition Democratic Convention of Romania", "the ruling Awami League": a party
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false);
        }
        if (titleOnly(tokens, start, end)) {
            // "Chairman" of "New York Stock Exchange Chairman Richard Grasso", "Fisheries Commissioner" of "EU
            // Fisheries Commissioner": a title and its portfolio, no name
            return null;
        }
        if (based && end - start <= 3 && afterTitles(tokens, start, end) == start) {
            // "Hamburg-based Hapag-Lloyd": what a known place is the base of is a company
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false);
        }
        if (institutional(text, tokens, end - 1) && (end - start > 1 || compoundInstitution(last.text()))
                && !commonProperties(tokens, start, end)) {
            int first = tokens.get(start).text().equals("The") ? start + 1 : afterOpeningWords(tokens, from, start);
            return new Mention(first, end, Type.ORG, spanText(text, tokens, first, end), false);
        }
        if (industrys(tokens, start, end)) {
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false); // "Bre-X Minerals"
        }
        if ((headAndOf(tokens, start, end) || headAndFor(tokens, start, end) || headAndOn(tokens, start, end))
                && !GENERIC_BODIES.contains(tokens.get(end - 1).text())) {
            // "Organisation of African Unity", "Office for Coastal Statistics", "Council on Foreign Relations"
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false);
        }
        Mention place = placeByItsLastWord(text, tokens, from, start, end);
        if (place != null) {
            return place;
        }
        if (end - start <= 3 && start >= 2 && tokens.get(start - 1).text().equals("of")
                && SETTLEMENTS.contains(tokens.get(start - 2).text()) && !tokens.get(start - 2).text().equals("port")
                && noCommonWord(tokens, start, end)) {
            // "the city of Punta Arenas"; not "the port of MkLinux", software's
            return new Mention(start, end, Type.LOC, spanText(text, tokens, start, end), false);
        }
        if (end - start <= 2 && divisionAfter(tokens, end) && !NOT_NAMES.contains(tokens.get(start).text())
                && !isDescriptive(tokens, start, end) && !ORG_HEADS.contains(tokens.get(start).text())) {
            return new Mention(start, end, Type.LOC, spanText(text, tokens, start, end), false); // "Tarvik province"
        }
        if (namedAsOrganisation(text, tokens, start, end) && afterTitles(tokens, start, end) == start
                && !(end - start > 1 && gazetteer.isAnyGivenName(tokens.get(start).text())
                && employeeBefore(text, tokens, start) // "a spokesman for Jacques Santer", not "analysts at"
                && wordBefore(text, tokens.get(start).start()).equals("for"))
                && !NOT_NAMES.contains(tokens.get(start).text()) && !isDescriptive(tokens, start, end)
                && !(end - start > 2 && tokens.get(end - 2).text().equals("of") && isDescriptive(tokens, end - 1, end))
                && tokens.get(start).text().length() > 1
                && !(start == from && end - start == 1 && common(tokens.get(start).text()))) {
            // not a sentence's common first word: "Opposition group NADECO rejected the plan"; nor "of" and a
            // people's adjective before what names a body: "Results of European club matches"
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false);
        }
        int afterTitle = afterTitles(tokens, start, end);
        int given = firstGivenName(tokens, afterTitle, end);
        boolean titled = afterTitle > start || TITLE_WORDS_BEFORE.contains(wordBefore(text, tokens.get(start).start()));
        int nameStart = afterTitle;
        if (afterTitle == start && start == from && end - start == 3 && common(tokens.get(start).text())
                && !isDescriptive(tokens, start, start + 1)) {
            nameStart = start + 1; // "Forecaster Lixion Avila said": a sentence's common first word is no name's
        }
        if ((afterTitle > start || titled) && withParticles(text, tokens, afterTitle, end)) {
            // "Minister Loyola de Palacio", "his deputy F.W. de Klerk"
            return new Mention(afterTitle, end, Type.PER, spanText(text, tokens, afterTitle, end), false);
        }
        if (given > afterTitle && afterTitle > start) {
            nameStart = given; // "Minister for Unification Kim Yung-ho"
        } else if (afterTitle > start && (end - afterTitle > 3
                || tokens.subList(afterTitle, end).stream().anyMatch(t -> CONNECTORS.contains(t.text())))) {
            return null; // "Special Representative for North Korea Policy": a title, no name after it
        }
        if (afterTitle == start && given == start + 1 && end - start >= 3
                && isDescriptive(tokens, start, given) && !DIRECTIONS.contains(tokens.get(start).text())) {
            nameStart = given; // "American Fred Couples": a people's adjective, then a surname that is a common word
        }
        if (afterTitle == start && end - start >= 3 && forenameFirst(tokens, start + 1, end)
                && isDescriptive(tokens, start, start + 1) && looksLikeName(tokens, start + 1, end)) {
            // "Australian Greg Norman", "German Boris Becker": a people's adjective, then a name
            return new Mention(start + 1, end, Type.PER, spanText(text, tokens, start + 1, end), false);
        }
        if (afterTitle == start && end - start >= 4 && DIRECTIONS.contains(tokens.get(start).text())
                && forenameFirst(tokens, start + 2, end) && allDescriptive(tokens, start, start + 2)
                && looksLikeName(tokens, start + 2, end)) {
            // "South African Ernie Els", "West German Boris Becker": the same, with a direction
            return new Mention(start + 2, end, Type.PER, spanText(text, tokens, start + 2, end), false);
        }
        if (afterTitle == start && end - start >= 2 && PLACE_LAST_WORDS.contains(last.text())
                && !SURNAME_PLACE_WORDS.contains(last.text())) {
            return null; // "at Sun City": a place's last word ends no person's name ("Frank Bridge" may)
        }
        boolean kin = end - start <= 2 && kinAfter(text, last);
        if (end - start == 1 && surname(last) && (kin || afterTitle == start
                && SURNAME_WORDS_BEFORE.contains(wordBefore(text, last.start()))
                && vocabulary.classOf(NameFeatures.lowerCase(last.text())) == null)) {
            return new Mention(start, end, Type.PER, last.text(), false); // "Yeltsin's spokesman", "leader Abiola"
        }
        boolean person = titled || given >= 0 || roleAfter(text, last) || speechAfter(text, last) || kin
                || start > 0 && tokens.get(start - 1).text().equals(",") && end - start >= 2
                && end < tokens.size() && tokens.get(end).text().equals(",")
                && lookingAtAfter(SPEECH_AFTER_APPOSITION, text, last) // "the agency's head, Sadako Ogata, said"
                || roleInApposition(tokens, start, end) // "the defendant, Drazen Erdemovic, had shown remorse"
                || end - start <= 3 && forenameFirst(tokens, start, end) || countrysUnknownPair(tokens, start, end)
                || end - start == 2 && hyphenedGivenName(tokens, start) || asRoleAfter(text, last)
                || end - start == 2 && japaneseName(text, tokens, start)
                || unknownPairOfACountry(tokens, start, end);
        if (person && given < 0 && afterTitle == start && start > from && end - start >= 2
                && allCommon(tokens, start, end)) {
            // "the opposition Democratic Convention said": common words that no given name opens name a body that
            // speaks, not a person
            return speechAfter(text, last) ? new Mention(start, end, Type.ORG, spanText(text, tokens, start, end),
                    false) : null;
        }
        if (person && end - nameStart >= 3 && speechAfter(text, last) && gazetteer.isCountry(last.text())
                && !gazetteer.isAnyGivenName(last.text())) {
            // "Burley Marketing Zimbabwe said": a body's arm in a country, no person's name ends with one
            return new Mention(nameStart, end, Type.ORG, spanText(text, tokens, nameStart, end), false);
        }
        if (person && looksLikeName(tokens, nameStart, end)) {
            return new Mention(nameStart, end, Type.PER, spanText(text, tokens, nameStart, end), false);
        }
        if (initialled(text, tokens, nameStart, end)) {
            return new Mention(nameStart, end, Type.PER, spanText(text, tokens, nameStart, end), false); // "H. Morris"
        }
        if (afterTitle > start && end - afterTitle == 1 && surname(tokens.get(afterTitle))
                && (SURNAME_TITLES.contains(tokens.get(afterTitle - 1).text())
                || gazetteer.isAnyGivenName(tokens.get(afterTitle).text()))) {
            // "Vice President Biden"; after any title, a given name alone: "Mother Teresa", "Sister Emmanuelle"
            return new Mention(afterTitle, end, Type.PER, tokens.get(afterTitle).text(), false);
        }
        return null;
    }

    /**
     * A person's role, a comma, and a name of two or three words between commas: the name in apposition is the
     * person's ("the defendant, Drazen Erdemovic, had shown remorse", "his coach, Graeme West, praised"). Not after
     * roles that companies and teams hold as well ("the broker, Smith New Court,", "the champion, Juventus,").
     */
    static boolean roleInApposition(List<Token> tokens, int start, int end) {
        return start >= 2 && end - start >= 2 && end - start <= 3 && end < tokens.size()
                && tokens.get(start - 1).text().equals(",") && tokens.get(end).text().equals(",")
                && ROLES_IN_APPOSITION.contains(tokens.get(start - 2).text());
    }

    /**
     * Roles of {@link NameWords#TITLE_WORDS_BEFORE} that companies, teams, countries or offices hold as well, or that
     * a list's first item follows: "the broker, Smith New Court,", "the champion, Juventus,".
     */
    static final Set<String> ROLES_NOT_ONLY_PEOPLES = wordSet("member", "broker", "dealer", "trader", "producer",
            "representative", "staff", "seed", "qualifier", "champion", "challenger", "opponent", "player",
            "delegate", "head", "chief", "official", "executive", "officer", "speaker", "banker", "critic", "artist",
            "leader", "candidate", "nominee", "deputy");

    /** The roles before a name in apposition that make it a person's ({@link #roleInApposition}). */
    static final Set<String> ROLES_IN_APPOSITION = union(TITLE_WORDS_BEFORE.stream()
            .filter(role -> !ROLES_NOT_ONLY_PEOPLES.contains(role)).collect(Collectors.toSet()),
            wordSet("suspect", "victim", "father", "mother", "spouse"));

    /**
     * Two words after a country's possessive that no list knows and that are no common words: a person of that
     * country whose given name no list has ("Morocco's Salah Hissou"); a company's name has a word of its kind or
     * one the lists know ("Britain's Hanson Plc", "Germany's Deutsche Telekom").
     */
    boolean countrysUnknownPair(List<Token> tokens, int start, int end) {
        return end - start == 2 && start >= 2 && Tokens.isPossessive(tokens.get(start - 1).text())
                && gazetteer.isCountry(tokens.get(start - 2).text()) && unknownPair(tokens, start);
    }

    /**
     * Two words no list knows, neither a common word (or such words about "El", "Bin"...), before "of" and a country,
     * or "of the" and a body's name: a person of that country or body whose given name no list has ("Anuta Catuna of
     * Romania won the women's race", "Hicham El Guerrouj of Morocco", "Natsagiin Bagabandi of the Mongolian People's
     * Revolutionary Party").
     */
    boolean unknownPairOfACountry(List<Token> tokens, int start, int end) {
        boolean pair = end - start == 2 && unknownPair(tokens, start)
                || end - start == 3 && MIDDLE_PARTICLES.contains(tokens.get(start + 1).text())
                && unknownNameWord(tokens.get(start)) && unknownNameWord(tokens.get(start + 2))
                && lettersOnly(tokens.get(start).text()) && lettersOnly(tokens.get(start + 2).text());
        return pair && end + 1 < tokens.size() && tokens.get(end).text().equals("of")
                && (countryAt(tokens, end + 1) || bodyAt(tokens, end + 1));
    }

    /** Words between a given name and a surname, capitalised: "Hicham El Guerrouj", "Osama Bin Laden". */
    static final Set<String> MIDDLE_PARTICLES = wordSet("El", "Al", "Bin", "Ben", "Abu", "Abdel", "Ould");

    /** Whether "the" and a body's name, which a body's word ends ("the Inkatha Freedom Party"), start at {@code k}. */
    static boolean bodyAt(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).text().equals("the")) {
            return false;
        }
        int last = -1;
        for (int i = k + 1; i < tokens.size() && i <= k + 8; i++) {
            Token t = tokens.get(i);
            if (t.capitalised()) {
                last = i;
            } else if (!CONNECTORS.contains(t.text()) && !Tokens.isPossessive(t.text())) {
                break;
            }
        }
        return last > k && (ORG_SUFFIXES.contains(tokens.get(last).text()) || BODIES.contains(tokens.get(last).text()));
    }

    /**
     * Whether tokens [start, end) are a company's name by its industry ({@link NameWords#INDUSTRIES}): capitalised
     * words that are no common words, then the industry ("Bre-X Minerals", "Pasminco Metals"); not a heading of
     * common words ("Text Mining", "Mailing & Shipping"), nor a run joined by "and".
     */
    boolean industrys(List<Token> tokens, int start, int end) {
        if (end - start < 2 || !INDUSTRIES.contains(tokens.get(end - 1).text())) {
            return false;
        }
        for (int k = start; k < end - 1; k++) {
            if (!tokens.get(k).word() || !tokens.get(k).capitalised()) {
                return false;
            }
        }
        return noCommonWord(tokens, start, end - 1);
    }

    /** Whether tokens {@code start} and the next are both words no list knows, letters only, no common word. */
    boolean unknownPair(List<Token> tokens, int start) {
        return unknownNameWord(tokens.get(start)) && unknownNameWord(tokens.get(start + 1))
                && lettersOnly(tokens.get(start).text()) && lettersOnly(tokens.get(start + 1).text());
    }

    /**
     * Whether tokens [start, end) are a given name of the international list and words that are neither common
     * words in lower case nor people's adjectives nor, after the given name, known names ("Pete Sampras", "Eugene
     * Wigner", but not "Claude Code", "Noble Desktop", "German Expressionist" or "Marshall Islands"): such a list
     * holds names that are also products', places' and peoples' names, so only a name that looks like a person's
     * counts.
     */
    boolean forenameFirst(List<Token> tokens, int start, int end) {
        if (!gazetteer.isAnyGivenName(tokens.get(start).text()) || spellsCountry(tokens, start, start + 1)) {
            return false;
        }
        for (int k = start; k < end; k++) {
            String word = tokens.get(k).text();
            if (k == start && word.equals("Christian")) {
                continue; // a people's adjective, and a given name before a surname: "Christian Chartier"
            }
            if (k > start && k < end - 1 && particle(word.toLowerCase(Locale.ROOT))) {
                continue; // a surname's capitalised particle: "Etienne De Wilde", "Enzo De Chiara"
            }
            if (vocabulary.classOf(NameFeatures.lowerCase(word)) != null || DEMONYMS.contains(word)
                    || k > start && gazetteer.lookup(List.of(word)) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether tokens [start, end) are a title and nothing else: a title last, and before it titles or common words
     * that are no given names, a people's adjective first ("Foreign Secretary", "Prime Minister", "Colombian
     * Defence Minister"; not "John Major", "Stephen King").
     */
    boolean titleOnly(List<Token> tokens, int start, int end) {
        if (!TITLES.contains(tokens.get(end - 1).text())) {
            return false;
        }
        for (int k = start; k < end - 1; k++) {
            String word = tokens.get(k).text();
            if (!TITLES.contains(word) && !common(word) && !(k == start && isDescriptive(tokens, k, k + 1))
                    || lookup(tokens, k, k + 1) != null) {
                return false; // a people's adjective first says whose: "Colombian Defence Minister"; "Fed" is a body
            }
        }
        return true;
    }

    /**
     * A name of two words whose second is a given name of two syllables joined by a hyphen, the second in lower case,
     * as Chinese and Korean names are written: "Tung Chee-hwa", "Kim Young-sam", "Lee Teng-hui".
     */
    boolean hyphenedGivenName(List<Token> tokens, int start) {
        String family = tokens.get(start).text();
        String given = tokens.get(start + 1).text();
        return family.length() >= 2 && family.length() <= 5 && given.indexOf('-') > 0
                && HYPHENED_GIVEN_NAME.matcher(given).matches() && lettersOnly(family) && !common(family); // "Plug-in"
    }

    static final Pattern HYPHENED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{2,6}");

    /** Index of the first known given or family name in [from, to), or -1. */
    int firstGivenName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gazetteer.isGivenName(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }
}
