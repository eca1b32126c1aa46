package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.NameContexts.elidedOf;
import static io.newsflow.enrich.entities.NameContexts.roleAfter;
import static io.newsflow.enrich.entities.NameContexts.speechAfter;
import static io.newsflow.enrich.entities.NameWords.CITIES_OF_COMMON_WORDS;
import static io.newsflow.enrich.entities.NameWords.COMMON_ACRONYMS;
import static io.newsflow.enrich.entities.NameWords.EVENT_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.LIST_GLUE;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.PLACE_PREPOSITIONS;
import static io.newsflow.enrich.entities.NameWords.SHARES;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.NameWords.WEEKDAYS;
import static io.newsflow.enrich.entities.TeamsAndPlayers.sportsStory;
import static io.newsflow.enrich.entities.TokenSpans.capitalisedBefore;
import static io.newsflow.enrich.entities.TokenSpans.covering;
import static io.newsflow.enrich.entities.TokenSpans.inCapitals;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.lettersOnly;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCase;
import static io.newsflow.enrich.entities.TokenSpans.union;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

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

/**
 * The rules for places: datelines' places, places by their bearing or in their region, cities whose names are
 * common words, surnames that are places, other places' nicknames, and the storms, ships and events named after
 * places that are none. Stateless apart from the shared, immutable {@link Lexicon}: thread-safe.
 */
final class PlaceRules extends Lexicon {

    PlaceRules(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /** Words before a place's name that make it the place, not a person who bears it as a surname. */
    static final Set<String> PLACES_WORDS_BEFORE = wordSet("in", "to", "from", "of", "near", "at", "into",
            "across", "against", "with", "and", "for", "visit", "visited", "visiting", "toward", "towards", "outside",
            "inside", "throughout", "by", "on", "over", "between", "the");

    /**
     * A place's name alone that is the surname of a person the text names in full is that person where a verb
     * follows it and no word of places comes before it: "Jordan scores 40" and "Jordan also had eight assists" after
     * "Michael Jordan", and in a heading in capitals "JORDAN SCORES 40" (but "unions in Jordan", "Jordan's King
     * Hussein" stay the country).
     */
    static void surnamesThatArePlaces(List<Token> tokens, List<Mention> mentions) {
        Map<String, String> surnames = new HashMap<>(); // as written, and in capitals: the surname as written
        for (Mention m : mentions) {
            if (m.type() == Type.PER && m.end() - m.start() >= 2) {
                String surname = tokens.get(m.end() - 1).text();
                surnames.put(surname, surname);
                surnames.put(surname.toUpperCase(Locale.ROOT), surname);
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String word = tokens.get(m.start()).text();
            if (m.type() == Type.LOC && m.end() - m.start() == 1 && surnames.containsKey(word)
                    && !(m.start() > 0 && PLACES_WORDS_BEFORE.contains(tokens.get(m.start() - 1).text()
                    .toLowerCase(Locale.ROOT)))
                    && m.end() < tokens.size() && tokens.get(m.end()).word()
                    && (Character.isLowerCase(tokens.get(m.end()).text().charAt(0))
                    // "BULLS BEAT KNICKS AS JORDAN SCORES 40": a heading in capitals, its verb in capitals too
                    || inUpperCase(word) && word.length() > 3 && inUpperCase(tokens.get(m.end()).text()))) {
                mentions.set(i, new Mention(m.start(), m.end(), Type.PER, surnames.get(word), false));
            }
        }
    }

    /**
     * A dateline's place: words in capitals that open a line, then a comma and a country or a month ("AL-AIN, United
     * Arab Emirates 1996-12-06", "TUZLA, April 5"), a date ("TUZLA 1996-08-30") or a news agency in parentheses
     * ("KIGALI (Reuters)"), read in title case. Known places are found as such already; this finds the others, also
     * where the model took one for a body the lists do not know ("PONTIAC , Michigan 1996-12-06"). A
     * dateline may also open a sentence, where a text runs its headline, dateline and story on one line
     * ("TENNIS - SELES WINS . TORONTO 1996-08-15 Top-seeded Monica Seles ...").
     */
    void datelines(String text, List<Token> tokens, List<int[]> lines, List<int[]> sentences,
                           List<Mention> mentions) {
        BitSet covered = new BitSet(tokens.size());
        mentions.forEach(m -> covered.set(m.start(), m.end()));
        List<Mention> places = new ArrayList<>();
        List<int[]> openings = new ArrayList<>(lines);
        openings.addAll(sentences);
        BitSet opened = new BitSet(tokens.size());
        for (int[] line : openings) {
            if (opened.get(line[0])) {
                continue; // a sentence that opens a line
            }
            opened.set(line[0]);
            int start = line[0];
            int end = start;
            while (end < line[1] && end - start < 4 && inCapitalsWord(tokens.get(end))
                    && (end == start || spacesOnly(text, tokens.get(end - 1), tokens.get(end)))) {
                end++;
            }
            if (end == start || end - start > 3 || end >= line[1] || !datelineFollows(tokens, end)) {
                continue;
            }
            Mention modelsBody = null;
            if (!covered.get(start, end).isEmpty()) {
                // "PONTIAC , Michigan 1996-12-06": a name no list knows that the model took for a body (a car's)
                int from = start;
                int to = end;
                modelsBody = mentions.stream().filter(m -> m.start() == from && m.end() == to && !m.known()
                        && m.type() == Type.ORG).findFirst().orElse(null);
                if (modelsBody == null) {
                    continue;
                }
            }
            List<String> words = new ArrayList<>();
            for (int k = start; k < end; k++) {
                words.add(titleCase(tokens.get(k).text(), 1));
            }
            String name = String.join(" ", words);
            if (!NOT_NAMES.contains(name) && !COMMON_ACRONYMS.contains(tokens.get(start).text())) {
                places.add(new Mention(start, end, Type.LOC, name, false));
                if (modelsBody != null) {
                    mentions.remove(modelsBody);
                }
            }
        }
        mentions.addAll(places);
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** A word in capitals of at least three letters ("TUZLA", "AL-AIN"). */
    static boolean inCapitalsWord(Token t) {
        String w = t.text();
        return t.word() && w.length() >= 3 && inUpperCase(w) && Character.isLetter(w.charAt(0));
    }

    /**
     * The places of the text's datelines ("BARCELONA 1996-12-01"): a place in capitals that opens a line or a
     * sentence, before what follows a dateline ({@link Lexicon#datelineFollows}).
     */
    Set<Mention> datelinePlaces(List<Token> tokens, List<int[]> lines, List<int[]> sentences,
                                        List<Mention> mentions) {
        BitSet openings = new BitSet(tokens.size());
        lines.forEach(line -> openings.set(line[0]));
        sentences.forEach(sentence -> openings.set(sentence[0]));
        Set<Mention> places = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != Type.PER && openings.get(m.start()) && m.end() < tokens.size()
                    && inCapitals(tokens, m.start(), m.end()) && datelineFollows(tokens, m.end())
                    && (m.type() == Type.LOC || knownPlace(lookup(tokens.subList(m.start(), m.end()), true)))) {
                places.add(m); // a club's city the rules made the club ("BARCELONA 1996-12-01") too
            }
        }
        return places;
    }

    /**
     * A known body's short name right after a place is a body of that place, as spelt: "Bradford Bulls" is no
     * "Chicago Bulls", "Peru Congress" no "US Congress". Not where the body is that place's ("Chicago Bulls" is
     * known whole).
     */
    static void nicknamesOfOtherPlaces(String text, List<Token> tokens, List<Mention> mentions) {
        for (int k = 1; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention place = mentions.get(k - 1);
            if (m.type() == Type.ORG && m.known() && m.end() - m.start() == 1 && place.type() == Type.LOC
                    && place.end() == m.start() && !m.name().equals(tokens.get(m.start()).text())
                    && !m.name().startsWith(place.name()) && spacesOnly(text, tokens.get(m.start() - 1),
                    tokens.get(m.start()))) {
                mentions.set(k - 1, new Mention(place.start(), m.end(), Type.ORG,
                        spanText(text, tokens, place.start(), m.end()), false));
                mentions.remove(k);
                k--;
            }
        }
    }

    /** Words before a storm's given name: "Hurricane Fran", "Typhoon Herb", "Tropical Storm Josephine". */
    /** Last words of a state's bodies: "U.S. Treasury", "U.S. Army", "U.S. Federal Reserve". */
    static final Set<String> STATE_BODIES = wordSet("Department", "Treasury", "Army", "Navy", "Marines", "Force",
            "Guard", "Reserve", "Senate", "Congress", "Court", "Embassy", "Consulate", "Administration", "Agency",
            "Commission", "Bureau", "Ministry", "Parliament", "Cabinet", "Command", "Customs", "Mint");

    /**
     * A country's abbreviation that opens the name of one of its state's bodies ("U.S. Treasury Secretary Robert
     * Rubin", "a U.S. Army spokesman", "the U.S. State Department", "the UK Treasury") names the country too: a place
     * beside the body, which keeps its whole name. Newswire's annotators count the country apart, and a dashboard
     * faceting by country wants the story under it. Not a country's full name, which is part of the body's own
     * ("Japan Fair Trade Commission", "United States Environmental Protection Agency"), nor a company's.
     */
    void countriesOfStateBodies(List<Token> tokens, List<Mention> mentions) {
        List<Mention> countries = new ArrayList<>();
        for (Mention m : mentions) {
            String first = tokens.get(m.start()).text();
            if (m.type() != Type.ORG || m.end() - m.start() < 2 || !abbreviation(first)
                    || !STATE_BODIES.contains(tokens.get(m.end() - 1).text())) {
                continue;
            }
            Entry country = gazetteer.nation(first);
            if (country != null) {
                countries.add(new Mention(m.start(), m.start() + 1, Type.LOC, country.canonical(), true));
            }
        }
        if (!countries.isEmpty()) {
            mentions.addAll(countries);
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Two or three capital letters, each with a period or none: "U.S.", "US", "UK", "U.K.". */
    private static boolean abbreviation(String word) {
        String letters = word.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 3 && inUpperCase(letters)
                && (letters.length() == word.length() || 2 * letters.length() == word.length());
    }

    static final Set<String> STORMS = wordSet("Hurricane", "Typhoon", "Cyclone", "Storm");

    /**
     * A storm's name is no person's, place's or organisation's: "Hurricane Fran slammed into the coast", "Fran
     * could reach Wilmington".
     */
    static void withoutStorms(List<Token> tokens, Marks marks, List<Mention> mentions) {
        Set<String> storms = new HashSet<>();
        // a storm's word is a capitalised word (Marks#capitals), the storm's name right after it
        BitSet capitals = marks.capitals();
        for (int c = capitals.nextSetBit(0); c >= 0 && c + 1 < tokens.size(); c = capitals.nextSetBit(c + 1)) {
            int k = c + 1;
            String word = tokens.get(k - 1).text();
            char first = word.charAt(0);
            if ((first == 'H' || first == 'T' || first == 'C' || first == 'S') && STORMS.contains(word)
                    && tokens.get(k).capitalised()) { // most words need no look-up
                storms.add(tokens.get(k).text());
            }
        }
        if (storms.isEmpty()) {
            return;
        }
        // nor is it where the story names the storm again alone: "Fran could reach Wilmington by nightfall"
        mentions.removeIf(m -> m.end() - m.start() == 1 && storms.contains(m.name()));
    }

    /**
     * A measure's scale named after a person is no name: "6.5 on the Richter scale" had found the place "Richter".
     * Only a word the lists do not know, alone before "scale".
     */
    static void withoutScales(List<Token> tokens, List<Mention> mentions) {
        mentions.removeIf(m -> !m.known() && m.end() - m.start() == 1 && m.end() < tokens.size()
                && tokens.get(m.end()).text().equals("scale"));
    }

    /**
     * Words before a ship's or a spacecraft's name: "the vessel Ocean Pearl", "the tanker Nissos Amorgos", "the
     * space shuttle Columbia".
     */
    static final Set<String> SHIPS = wordSet("vessel", "ship", "tanker", "freighter", "ferry", "trawler",
            "bulker", "liner", "yacht", "frigate", "destroyer", "submarine", "steamer", "barge", "dredger", "shuttle",
            "spacecraft", "orbiter");

    /**
     * A ship's name is no person's, place's or organisation's: the capitalised words (up to four) right after a
     * ship's word ("the Panama-flagged vessel Ocean Pearl loaded palm oil" had found the organisation "Pearl"). A
     * name the lists know stays ("the ferry Estonia" is the country's).
     */
    static void withoutShips(List<Token> tokens, Marks marks, List<Mention> mentions) {
        for (int k = marks.capitals().nextSetBit(1); k >= 0; k = marks.capitals().nextSetBit(k + 1)) {
            if (!SHIPS.contains(tokens.get(k - 1).text())) {
                continue;
            }
            int start = k;
            int end = k;
            while (end < tokens.size() && end - start < 4 && tokens.get(end).word() && tokens.get(end).capitalised()) {
                end++;
            }
            int last = end;
            mentions.removeIf(m -> !m.known() && start <= m.start() && m.end() <= last);
            k = end - 1;
        }
    }

    /**
     * A place's name that an event's last word follows is the event's, no place the text is about: "the Japan Cup",
     * "the Hong Kong Open", "the Vietnam War".
     */
    static void withoutEventsOfPlaces(String text, List<Token> tokens, List<Mention> mentions) {
        mentions.removeIf(m -> m.type() == Type.LOC && m.end() < tokens.size()
                && EVENT_LAST_WORDS.contains(tokens.get(m.end()).text())
                && spacesOnly(text, tokens.get(m.end() - 1), tokens.get(m.end())));
    }

    static final int LONGEST_CITY_OF_A_COMMON_WORD = CITIES_OF_COMMON_WORDS.stream().mapToInt(String::length)
            .max().orElse(0);

    /**
     * A city whose name is a common word ({@link NameWords#CITIES_OF_COMMON_WORDS}) is a place where it is capitalised
     * after a place's preposition and before no capitalised word, outside a sports story (where it may be its club):
     * "returned to Kinshasa from Nice", "talks in Split".
     */
    static void citiesOfCommonWords(List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean added = false;
        for (int k = marks.capitals().nextSetBit(1); k >= 0; k = marks.capitals().nextSetBit(k + 1)) {
            String w = tokens.get(k).text();
            if (w.length() > LONGEST_CITY_OF_A_COMMON_WORD || !CITIES_OF_COMMON_WORDS.contains(w)
                    || !PLACE_PREPOSITIONS.contains(tokens.get(k - 1).text()) || covering(mentions, k) != null
                    || k + 1 < tokens.size() && tokens.get(k + 1).word() && tokens.get(k + 1).capitalised()
                    || sportsStory(tokens)) {
                continue;
            }
            mentions.add(new Mention(k, k + 1, Type.LOC, tokens.get(k).text(), false));
            added = true;
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * A word alone after "in" and before "on" and a day of the week is where something happened, a place: "met
     * Netanyahu in Aqaba on Thursday". Not a word the lists know or anything found covers, a common word ("in
     * Parliament on Tuesday"), a given name, nor in capitals; nor where a stake or shares are "in" it ("a stake in
     * Lotus on Monday").
     */
    void placesOfADay(List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean added = false;
        for (int k = marks.capitals().nextSetBit(2); k >= 0; k = marks.capitals().nextSetBit(k + 1)) {
            if (k + 2 >= tokens.size() || !tokens.get(k + 1).text().equals("on")
                    || !WEEKDAYS.contains(tokens.get(k + 2).text()) || !tokens.get(k - 1).text().equals("in")) {
                continue;
            }
            String w = tokens.get(k).text();
            if (!tokens.get(k).word() || inUpperCase(w) || !lettersOnly(w) || covering(mentions, k) != null
                    || common(w) || gazetteer.isAnyGivenName(w) || lookup(tokens, k, k + 1) != null
                    || STOCKS_AND_STAKES.contains(tokens.get(k - 2).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            mentions.add(new Mention(k, k + 1, Type.LOC, w, false));
            added = true;
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** What is held "in" a company: "a stake in", "shares in" ({@link NameWords#SHARES}), "an interest in". */
    static final Set<String> STOCKS_AND_STAKES = union(SHARES, wordSet("stocks", "interest", "interests", "holding",
            "holdings", "investment", "invested", "invest"));

    /** Points of the compass, before "of" and a place: "north of Nairobi", "300 km west of Kampala". */
    static final Set<String> BEARINGS = wordSet("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

    /** Verbs of war whose object is a place: "shelled Kurakhove", "captured Goma". */
    static final Set<String> WAR_ON_PLACES = wordSet("shelled", "captured", "recaptured", "seized", "bombed",
            "stormed", "besieged", "liberated", "encircled", "overran", "retook", "bombarded", "occupied", "invaded",
            "annexed", "retaken", "overrun");

    /** Lower-case words after a name that make it a force's, not a place's: "seized Wagner positions". */
    static final Set<String> FORCES_WORDS = wordSet("positions", "forces", "fighters", "troops", "bases", "targets",
            "militants", "rebels", "units", "members", "supporters", "headquarters", "leaders", "officials",
            "soldiers", "strongholds", "convoy", "convoys", "militia", "offices", "assets", "accounts", "shares",
            "stake", "property", "vessels", "ships", "aircraft");

    /**
     * One to three capitalised words right after a verb of war on places ({@link #WAR_ON_PLACES}) are a place,
     * where no name covers them or the model took them for a person whose first word is no given name: "Russian
     * forces shelled Kurakhove", "troops recaptured Wad Madani" (a person to the model). Not a name a list knows as
     * something else, a given name ("captured Ahmed Ali"), common words, a title, nor a force's name before its
     * word ("seized Wagner positions").
     */
    void placesTakenInWar(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        namesTypedByTheWordBefore(text, tokens, marks, mentions, k -> WAR_ON_PLACES.contains(tokens.get(k).text()),
                next -> !FORCES_WORDS.contains(next), Type.LOC);
    }

    /**
     * One to three capitalised words right before "airport" name the airport, a place, whatever the model made of
     * them: "New York 's Kennedy airport" (nothing found), "Ben Gurion airport" (a person to the model). Not words
     * a list knows as something else, nor a common word that opens the sentence.
     */
    void airportsByTheirWord(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean added = false;
        for (int k = marks.capitals().nextSetBit(0); k >= 0 && k + 1 < tokens.size();
                k = marks.capitals().nextSetBit(k + 1)) {
            if (!tokens.get(k + 1).text().equals("airport") || !tokens.get(k).word()) {
                continue;
            }
            int start = k;
            while (start > 0 && k - start < 2 && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                    && spacesOnly(text, tokens.get(start - 1), tokens.get(start))) {
                start--;
            }
            int from = start;
            int to = k + 1;
            if (common(tokens.get(from).text()) && (from == 0 || !tokens.get(from - 1).word())
                    || TITLES.contains(tokens.get(from).text())) {
                continue;
            }
            Entry known = lookup(tokens, from, to);
            Mention exact = mentions.stream().filter(m -> m.start() == from && m.end() == to).findFirst()
                    .orElse(null);
            if (exact != null) {
                if (!exact.known() && exact.type() != Type.LOC) {
                    mentions.set(mentions.indexOf(exact), exact.as(Type.LOC));
                }
            } else if (known == null && mentions.stream().noneMatch(m -> m.start() < to && from < m.end())) {
                mentions.add(new Mention(from, to, Type.LOC, spanText(text, tokens, from, to), false));
                added = true;
            }
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Offices of a town or a see, and parts of a town, before "of" and the place: "the mayor of Tuzla". */
    static final Set<String> OFFICES_OF_PLACES = wordSet("mayor", "mayors", "archbishop", "bishop", "diocese",
            "archdiocese", "outskirts", "suburbs");

    /**
     * One to three capitalised words after an office of a town or a see, or a town's outskirts, and "of" ({@link
     * #OFFICES_OF_PLACES}) are a place, on the same terms as after a verb of war ({@link #placesTakenInWar}):
     * "Selim Beslagic , the mayor of Tuzla", "Cipriani , the archbishop of Ayacucho", "the outskirts of Kisangani".
     */
    void placesOfTheirOffices(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        namesTypedByTheWordBefore(text, tokens, marks, mentions, k -> k > 0 && tokens.get(k).text().equals("of")
                && OFFICES_OF_PLACES.contains(tokens.get(k - 1).text()), next -> true, Type.LOC);
    }

    /** Units of distance before a bearing: "300 km west of Kampala". */
    static final Set<String> DISTANCES = wordSet("km", "kms", "kilometres", "kilometers", "miles", "mi", "m",
            "metres", "meters", "yards");

    /**
     * A name that a bearing from another place follows, after a comma, is a place's, whatever the model made of it
     * and where it found none: "a rally in Nyeri, north of Nairobi", "in Kasese, 300 km (190 miles) west of
     * Kampala". One to three capitalised words that no longer run of them holds; a name the lists know keeps its
     * type, and so does a country.
     */
    void placesByTheirBearing(String text, List<Token> tokens, List<Mention> mentions) {
        boolean changed = false;
        for (int of = 3; of < tokens.size(); of++) {
            if (!tokens.get(of).text().equals("of") || !BEARINGS.contains(tokens.get(of - 1).text())) {
                continue;
            }
            int comma = of - 2;
            if (tokens.get(comma).text().equals(")")) {
                while (comma > 0 && !tokens.get(comma).text().equals("(")) {
                    comma--; // "(190 miles)"
                }
                comma--;
            }
            if (comma >= 2 && DISTANCES.contains(tokens.get(comma).text())
                    && Character.isDigit(tokens.get(comma - 1).text().charAt(0))) {
                comma -= 2;
            }
            int start = capitalisedBefore(text, tokens, comma);
            if (comma < 1 || start == comma || !tokens.get(comma).text().equals(",")
                    || start > 0 && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                    && spacesOnly(text, tokens.get(start - 1), tokens.get(start))) {
                continue;
            }
            changed |= placeAt(text, tokens, start, comma, mentions);
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * One to three capitalised words that no name covers, before a comma and a country or a region the lists know, and
     * a comma or the sentence's end after it, are a place in it: "its Wixom, Michigan, assembly plant", "in Bad
     * Godesberg, Germany, on Friday". A run that continues before them is left alone ("Musée d'Art Moderne,
     * Luxembourg").
     */
    void placesInTheirRegion(String text, List<Token> tokens, List<Mention> mentions) {
        boolean changed = false;
        for (int k = 0; k < mentions.size(); k++) {
            Mention region = mentions.get(k);
            int comma = region.start() - 1;
            if (region.type() != Type.LOC || comma < 1 || !tokens.get(comma).text().equals(",")
                    || region.end() < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(region.end()).text())) {
                continue;
            }
            Entry known = lookup(tokens, region.start(), region.end());
            if (known == null || known.kind() != Kind.COUNTRY) {
                continue;
            }
            int start = capitalisedBefore(text, tokens, comma);
            int from = start;
            Token before = start > 0 ? tokens.get(start - 1) : null;
            boolean continues = before != null && before.word() && (before.capitalised() || elidedOf(before.text()))
                    && spacesOnly(text, before, tokens.get(start));
            if (start == comma || continues || mentions.stream().anyMatch(m -> m.start() < comma && from < m.end())) {
                continue;
            }
            changed |= placeAt(text, tokens, start, comma, mentions);
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Words right before a list of places: "in Guerrero and Oaxaca", "across Kivu and Ituri". */
    static final Set<String> BEFORE_LISTS_OF_PLACES = wordSet("in", "near", "across", "throughout", "into",
            "around");
    /** The kinds of places a list of them follows with "of": "the southern states of Guerrero and Oaxaca". */
    static final Set<String> PLACES_OF = wordSet("states", "provinces", "regions", "districts", "towns", "cities",
            "villages", "capitals", "ports", "islands", "countries", "republics", "areas");

    /**
     * A capitalised word alone that nothing found, that no list knows and that is no common word, listed with places
     * the lists know after a word that says the list is of places, is a place too: "the southern states of Guerrero
     * and Oaxaca", "fighting in Kilinochchi , Jaffna and Vavuniya"; not where a speech verb or a role follows it
     * ("in London and Okafor said").
     */
    void placesBesidePlaces(String text, List<Token> tokens, List<Mention> mentions) {
        Mention[] byStart = null; // the known places by where they start and end, made at the first candidate
        Mention[] byEnd = null;
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != Type.LOC || !m.known()) {
                continue;
            }
            for (int k : new int[] {m.start() - 2, m.end() + 1}) { // the word before the place's glue, after it
                if (k < 1 || k + 1 >= tokens.size() || !tokens.get(k).capitalised() || !(k < m.start()
                        ? LIST_GLUE.contains(tokens.get(k + 1).text())
                        : ALTERNATIVES.contains(tokens.get(k - 1).text()))) {
                    continue; // most places are listed with no word of the kind beside them
                }
                if (byStart == null) {
                    byStart = new Mention[tokens.size()];
                    byEnd = new Mention[tokens.size() + 1];
                    for (Mention place : mentions) {
                        if (place.type() == Type.LOC && place.known()) {
                            byStart[place.start()] = place;
                            byEnd[place.end()] = place;
                        }
                    }
                }
                if (k < m.start() && !listGoesOn(tokens, byStart, k + 1) || !loneUnknownWord(tokens, mentions, k)
                        || speechAfter(text, tokens.get(k)) || roleAfter(text, tokens.get(k))
                        || Tokens.isPossessive(tokens.get(k + 1).text())
                        || NAME_GOES_ON.contains(tokens.get(k + 1).text())) {
                    continue; // nor a name that goes on with a connector: "and Hôtel de Crillon"
                }
                int before = k - 1;
                while (before > 0 && LIST_GLUE.contains(tokens.get(before).text()) && byEnd[before] != null) {
                    before = byEnd[before].start() - 1;
                }
                if (before >= 0 && placesListedAfter(tokens, before)
                        && found.stream().noneMatch(f -> f.start() == k)) {
                    found.add(new Mention(k, k + 1, Type.LOC, tokens.get(k).text(), false));
                }
            }
        }
        if (!found.isEmpty()) {
            mentions.addAll(found);
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /**
     * Capitalised words alone that nothing found, that no list knows and that are no common words, listed after
     * "of" and a kind of places in the plural, are places, though the list holds no place the lists know: "the
     * districts of Thanjavur and Nagapattinam". The whole list must read so (two names or more, each such a word or
     * a place found, "and" or "or" before the last), or none of it counts.
     */
    void listsOfPlacesOfAKind(List<Token> tokens, Marks marks, List<Mention> mentions) {
        List<Mention> found = null;
        for (int first = marks.capitals().nextSetBit(2); first >= 0; first = marks.capitals().nextSetBit(first + 1)) {
            if (!ofAKindOfPlaces(tokens, first - 1)) {
                continue;
            }
            List<Mention> list = new ArrayList<>();
            int k = first;
            boolean last = false;
            boolean complete = false;
            int places = 0;
            while (k < tokens.size()) {
                Mention place = covering(mentions, k);
                if (place != null && place.type() == Type.LOC && place.start() == k && place.end() == k + 1) {
                    places++; // "the towns of Kotli , Mirpur and Bhimber", where the model found the first
                } else if (loneUnknownWord(tokens, mentions, k)) {
                    list.add(new Mention(k, k + 1, Type.LOC, tokens.get(k).text(), false));
                } else {
                    break;
                }
                if (last) {
                    complete = true;
                    break;
                }
                if (k + 2 >= tokens.size() || !LIST_GLUE.contains(tokens.get(k + 1).text())) {
                    break;
                }
                last = !tokens.get(k + 1).text().equals(",");
                k += 2;
            }
            if (complete && !list.isEmpty() && list.size() + places >= 2) {
                found = found == null ? new ArrayList<>() : found;
                found.addAll(list);
            }
        }
        if (found != null) {
            mentions.addAll(found);
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Words that carry a name on after its first word: "Hôtel de Crillon", "Bank of Ireland". */
    static final Set<String> NAME_GOES_ON = wordSet("of", "de", "del", "da", "du", "di", "la", "le", "van", "von",
            "der", "den", "&", "al", "bin");
    /** The glue before a list's last item. */
    private static final Set<String> ALTERNATIVES = wordSet("and", "or");

    /**
     * Whether places the lists know follow token {@code k} as a list's items up to its last, after "and" or "or"
     * (", Oaxaca and Chiapas"), not only a place after a comma ("Boston, Massachusetts, Immuta is").
     */
    private static boolean listGoesOn(List<Token> tokens, Mention[] byStart, int k) {
        int glue = k;
        while (glue + 1 < tokens.size() && LIST_GLUE.contains(tokens.get(glue).text()) && byStart[glue + 1] != null) {
            if (ALTERNATIVES.contains(tokens.get(glue).text())) {
                return true;
            }
            glue = byStart[glue + 1].end();
        }
        return false;
    }

    /** Whether token {@code k} says that a list of places follows it: "in", or "of" after the places' kind. */
    private static boolean placesListedAfter(List<Token> tokens, int k) {
        return BEFORE_LISTS_OF_PLACES.contains(tokens.get(k).text()) || ofAKindOfPlaces(tokens, k);
    }

    /** Whether token {@code k} is "of" after the places' kind ({@link #PLACES_OF}): "the districts of". */
    private static boolean ofAKindOfPlaces(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k).text().equals("of") && PLACES_OF.contains(tokens.get(k - 1).text());
    }

    /** What may follow a place's country or region after a comma: the clause's or the sentence's end. */
    static final Set<String> CLAUSE_ENDS = wordSet(",", ".", ";", ")");

    /**
     * Makes tokens {@code [start, end)} a place: the model's or a rule's person or organisation of exactly those words
     * becomes one, and where no name has any of them one is added, unless they are common words or no name's; a name
     * the lists know, or one that covers other words too, stays as it is. Whether anything changed.
     */
    boolean placeAt(String text, List<Token> tokens, int start, int end, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() < end && start < m.end()) {
                if (m.start() != start || m.end() != end || m.known() || m.type() == Type.LOC) {
                    return false;
                }
                mentions.set(k, m.as(Type.LOC));
                return true;
            }
        }
        boolean commonWords = true;
        for (int k = start; k < end; k++) {
            commonWords &= common(tokens.get(k).text());
        }
        if (commonWords || NOT_NAMES.contains(tokens.get(start).text()) || isDescriptive(tokens, start, end)) {
            return false;
        }
        mentions.add(new Mention(start, end, Type.LOC, spanText(text, tokens, start, end), false));
        return true;
    }
}
