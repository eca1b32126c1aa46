package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.Acronyms.capitalLetters;
import static io.newsflow.enrich.entities.Acronyms.isAcronym;
import static io.newsflow.enrich.entities.CompaniesAndBodies.anyOf;
import static io.newsflow.enrich.entities.NameContexts.acronymAfterHyphen;
import static io.newsflow.enrich.entities.NameContexts.afterOpeningWords;
import static io.newsflow.enrich.entities.NameContexts.afterSaint;
import static io.newsflow.enrich.entities.NameContexts.afterTitles;
import static io.newsflow.enrich.entities.NameContexts.airlineEndsBefore;
import static io.newsflow.enrich.entities.NameContexts.asRoleAfter;
import static io.newsflow.enrich.entities.NameContexts.beforeLowerCaseBreak;
import static io.newsflow.enrich.entities.NameContexts.bodysThe;
import static io.newsflow.enrich.entities.NameContexts.companysPossessive;
import static io.newsflow.enrich.entities.NameContexts.compoundInstitution;
import static io.newsflow.enrich.entities.NameContexts.describedAsBody;
import static io.newsflow.enrich.entities.NameContexts.divisionAfter;
import static io.newsflow.enrich.entities.NameContexts.elidedOf;
import static io.newsflow.enrich.entities.NameContexts.employeeBefore;
import static io.newsflow.enrich.entities.NameContexts.endsNoPlace;
import static io.newsflow.enrich.entities.NameContexts.eventWord;
import static io.newsflow.enrich.entities.NameContexts.foreignHeadAndOf;
import static io.newsflow.enrich.entities.NameContexts.heldAsShares;
import static io.newsflow.enrich.entities.NameContexts.institutional;
import static io.newsflow.enrich.entities.NameContexts.joinedToNameBefore;
import static io.newsflow.enrich.entities.NameContexts.kinAfter;
import static io.newsflow.enrich.entities.NameContexts.lowerCaseTail;
import static io.newsflow.enrich.entities.NameContexts.mayHoldNames;
import static io.newsflow.enrich.entities.NameContexts.namedAsOrganisation;
import static io.newsflow.enrich.entities.NameContexts.possessiveInName;
import static io.newsflow.enrich.entities.NameContexts.roleAfter;
import static io.newsflow.enrich.entities.NameContexts.speechAfter;
import static io.newsflow.enrich.entities.NameWords.ARABIC_ARTICLE;
import static io.newsflow.enrich.entities.NameWords.BODIES;
import static io.newsflow.enrich.entities.NameWords.BODY_ADJECTIVES;
import static io.newsflow.enrich.entities.NameWords.COMPANY_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.DIRECTIONS;
import static io.newsflow.enrich.entities.NameWords.EVENT_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.FACILITIES;
import static io.newsflow.enrich.entities.NameWords.FIGHTERS;
import static io.newsflow.enrich.entities.NameWords.FOREIGN_BODY_HEADS;
import static io.newsflow.enrich.entities.NameWords.FORMER;
import static io.newsflow.enrich.entities.NameWords.GENERIC_BODIES;
import static io.newsflow.enrich.entities.NameWords.LEGAL_FORMS;
import static io.newsflow.enrich.entities.NameWords.LOC_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.MINISTERS;
import static io.newsflow.enrich.entities.NameWords.MONTH_NAMES;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.ORG_HEADS;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PLACE_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.PLACE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.NameWords.PREPOSITIONS_OF_PLACE;
import static io.newsflow.enrich.entities.NameWords.SETTLEMENTS;
import static io.newsflow.enrich.entities.NameWords.SURNAME_LIKE_TITLES;
import static io.newsflow.enrich.entities.NameWords.SURNAME_TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.NameWords.VENUES;
import static io.newsflow.enrich.entities.PeopleRules.compoundAdjective;
import static io.newsflow.enrich.entities.PeopleRules.initialled;
import static io.newsflow.enrich.entities.PeopleRules.surnameByItsEnding;
import static io.newsflow.enrich.entities.PeopleRules.verbAfterName;
import static io.newsflow.enrich.entities.PeopleRules.withParticles;
import static io.newsflow.enrich.entities.TokenSpans.adjacent;
import static io.newsflow.enrich.entities.TokenSpans.inCapitals;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.joins;
import static io.newsflow.enrich.entities.TokenSpans.lettersOnly;
import static io.newsflow.enrich.entities.TokenSpans.lookingAtAfter;
import static io.newsflow.enrich.entities.TokenSpans.overlaps;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCase;
import static io.newsflow.enrich.entities.TokenSpans.titleCased;
import static io.newsflow.enrich.entities.TokenSpans.union;
import static io.newsflow.enrich.entities.TokenSpans.wordBefore;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;
import static io.newsflow.enrich.entities.TokenSpans.words;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * The per-sentence tagging: the names the model finds in a sentence and the capitalised runs it leaves alone,
 * matched against the known spellings, cut at titles and opening words, classified by their words and typed as a
 * person, an organisation or a location. Stateless apart from the shared, immutable {@link Lexicon}; the thread's
 * own name finder is handed in with each sentence: thread-safe.
 */
final class SentenceTagger extends Lexicon {

    SentenceTagger(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /** Lower-case words right before a party's name: "the opposition Democratic Convention". */
    static final Set<String> SIDES_OF_POWER = wordSet("opposition", "ruling");

    /** Legal forms written before a company's name: "AB Volvo", "Oy Nokia", "PT Astra", "OAO Gazprom". */
    static final Set<String> LEGAL_FORMS_BEFORE = wordSet("AB", "Oy", "PT", "NV", "OAO", "ZAO",
            "RAO");

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

    /** A country's divisions, in lower case after a place's name: "Kandahar province", "the Aabenraa district". */
    /** Lower-case words for land and water after a place's name: "the Panjshir valley", "the Mekong delta". */
    static final Set<String> LANDFORMS = wordSet("valley", "river", "mountains", "delta", "desert",
            "peninsula", "lake", "basin", "plateau", "coast", "gorge", "pass", "island", "islands", "plain", "plains");

    /** A name set off by commas before a verb of speech: ", Sadako Ogata, said". */
    static final Pattern SPEECH_AFTER_APPOSITION = Pattern.compile(
            "^\\s*,\\s+(?:said|says|told|added|warned)\\b");

    /** A saint's word before a name: "Saint Mark". */
    static final Set<String> SAINTS = wordSet("Saint", "St", "St.", "San", "Santa", "Sao");

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

    /**
     * Whether {@code m} is two places the lists know side by side: a country's name before a region's or another
     * country's ("the U.S. Middle East envoy", "the Turkey Iraq border"), two names, not one. A city's name after a
     * country's is no such pair: it names a club ("Austria Vienna"); nor are two regions' ("Asia Pacific").
     */
    boolean twoRegions(String text, List<Token> tokens, List<Mention> known, Mention m) {
        for (Mention first : known) {
            if (first.start() == m.start() && first.end() < m.end() && first.type() == Type.LOC) {
                Entry second = lookup(tokens, first.end(), m.end());
                return second != null && second.kind() == Kind.COUNTRY
                        && gazetteer.isState(spanText(text, tokens, first.start(), first.end()));
            }
        }
        return false;
    }

    void sentence(String text, List<Token> tokens, int from, int to, NameDecoder finder,
                          List<Mention> mentions) {
        boolean capitals = inCapitals(tokens, from, to);
        boolean[] taken = new boolean[to - from];
        List<Mention> known = new ArrayList<>();
        for (int i = from; i < to; ) {
            Mention m = matchKnown(text, tokens, from, i, to, capitals);
            if (m == null) {
                i++;
            } else {
                if (m.type() == Type.ORG && m.start() - 2 >= from && possessiveInName(tokens, m.start() - 1)) {
                    // "People 's" "Democratic Party": the people's possessive before a body's name the lists know
                    m = new Mention(m.start() - 2, m.end(), Type.ORG, spanText(text, tokens, m.start() - 2, m.end()),
                            false);
                }
                known.add(m);
                i = m.end();
            }
        }
        if (capitals) {
            // "SHEFFIELD SHIELD SCORE", "RESULTS AT U.S. OPEN": an event's place is no place the story is about
            known.removeIf(m -> m.type() == Type.LOC && m.end() < to && (EVENT_LAST_WORDS.contains(
                    titleCase(tokens.get(m.end()).text())) || tokens.get(m.end()).text().equals("SHIELD")));
            for (int k = 0; k < known.size(); k++) {
                Mention m = known.get(k);
                if (m.type() == Type.LOC && m.start() - 2 >= from && tokens.get(m.start() - 1).text().equals("OF")
                        && ORG_HEADS.contains(titleCase(tokens.get(m.start() - 2).text()))) {
                    // "BANK OF MONTREAL PROFIT UP", "UNIVERSITY OF TEXAS WINS": the body, not its place
                    String head = titleCase(tokens.get(m.start() - 2).text());
                    known.set(k, new Mention(m.start() - 2, m.end(), Type.ORG,
                            head + " of " + titleCased(tokens, m.start(), m.end()), false));
                }
            }
            mentions.addAll(known);
            return;
        }
        boolean[] listed = new boolean[to - from];
        for (Mention k : known) {
            for (int t = k.start(); t < k.end(); t++) {
                listed[t - from] = true;
            }
        }
        for (List<Integer> run : capitalisedRuns(text, tokens, from, to, listed)) {
            Mention institution = institution(text, tokens, from, run);
            if (institution != null) {
                // "Hokkaido Takushoku Bank", "Osaka District Court": the place is part of the name; "Calder Port
                // Authority": the institutional last word settles it
                if (!joinedToNameBefore(text, tokens, known, institution, type -> type == Type.LOC)) {
                    known.add(institution);
                }
                int person = afterOpeningWords(tokens, from, run.get(0));
                int of = institution.start() - 1;
                if (of - person >= 2 && of - person <= 3 && tokens.get(of).text().equals("of")) {
                    // "economist Sung Won Sohn of Norwest Corp": the person before "of" as well
                    known.add(new Mention(person, of, Type.PER, spanText(text, tokens, person, of), false));
                }
            }
        }
        List<Mention> found = new ArrayList<>();
        // a sentence's opening "The", "If" or "However" starts no name: the model need not be asked about it
        String opener = tokens.get(from).text();
        boolean plainOpener = NOT_NAMES.contains(opener) && !MONTH_NAMES.contains(opener);
        for (Span s : mayHoldNames(tokens, from, to)
                ? joinedPlaces(text, tokens, from, finder.find(words(tokens, from, to), plainOpener)) : new Span[0]) {
            int spanEnd = afterSaint(text, tokens, from + s.getEnd(), to);
            // "Rival Sandoz", "Giant Motorola": a sentence's common first word describes the known name after it
            int spanStart = s.getStart() == 0 && common(opener)
                    && known.stream().anyMatch(k -> k.start() == from + 1 && k.type() == Type.ORG)
                    ? from + 1 : from + s.getStart();
            if (spanStart == spanEnd) {
                continue;
            }
            if (taken[spanStart - from]) {
                continue; // a word of an event's name found from an earlier span
            }
            int eventEnd = eventEnd(text, tokens, spanStart, spanEnd, to);
            if (eventEnd > 0) {
                // "the U.S. Open", "the Davis Cup", "the Canon Greater Hartford Open" (where the model found "Canon"
                // and "Hartford"): a tournament, neither a body nor a place, nor its words
                known.removeIf(k -> k.start() < eventEnd && spanStart < k.end());
                Arrays.fill(taken, spanStart - from, eventEnd - from, true);
                continue;
            }
            boolean openerCut = spanStart > from + s.getStart();
            Mention typedFirst = typed(text, tokens, from, to, spanStart, spanEnd, Type.valueOf(s.getType()));
            Mention crossed = typedFirst == null || typedFirst.start() >= spanStart ? null
                    : found.stream().filter(f -> f.start() < typedFirst.start() && typedFirst.start() < f.end())
                            .findFirst().orElse(null);
            // a person's name may take back words the model left out before it, but no word of the name before it
            // ("York" of "New York" before "Knicks")
            Mention m = ofAKnownCompany(tokens, crossed == null ? typedFirst
                    : typed(text, tokens, crossed.end(), to, spanStart, spanEnd, Type.valueOf(s.getType())));
            // a person's name may take back words the model left out before it, but not the opener cut above
            if (m != null && !(openerCut && m.start() < spanStart) && known.stream().noneMatch(k -> overlaps(k, m)
                    && !(m.start() <= k.start() && k.end() <= m.end() && m.end() - m.start() > k.end() - k.start()))
                    && !twoRegions(text, tokens, known, m)) {
                // the words a name took back are no name of their own ("Tiger" of "Tiger Woods"); an acronym is
                // ("UCLA" of "UCLA Anderson")
                found.removeIf(f -> m.start() < spanStart && m.start() <= f.start() && f.end() <= spanStart
                        && !isAcronym(tokens.get(f.start()).text()));
                found.add(m);
            }
        }
        for (Mention k : known) {
            if (found.stream().noneMatch(m -> overlaps(k, m))) {
                found.add(k);
            }
        }
        for (Mention m : found) {
            for (int k = m.start(); k < m.end(); k++) {
                taken[k - from] = true;
            }
        }
        for (List<Integer> run : capitalisedRuns(text, tokens, from, to, taken)) {
            Mention classified = classify(text, tokens, from, run);
            Mention m = classified != null ? classified : namedSettlement(text, tokens, run);
            if (m != null && m.type() == Type.ORG && m.end() - m.start() >= 2
                    && joinedToNameBefore(text, tokens, found, m, type -> type != Type.PER)) {
                continue; // "China" "Light and Power": the place or name before is part of the company's name
            }
            if (m != null) {
                found.add(m);
            } else if (!personOfAName(text, tokens, from, run, found)) {
                groundOfAPlace(text, tokens, run, found);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        headsOfNames(text, tokens, from, found);
        mentions.addAll(found);
    }

    /**
     * A person's name the model found that opens with a one-word company the lists know, a word that is no given
     * name: a company of that group ("Mitsui Fudosan", "Toyota Tsusho"), no person.
     */
    Mention ofAKnownCompany(List<Token> tokens, Mention m) {
        if (m == null || m.type() != Type.PER || m.end() - m.start() < 2) {
            return m;
        }
        Entry company = lookup(tokens, m.start(), m.start() + 1);
        return company != null && company.kind() == Kind.ORGANIZATION
                && !gazetteer.isAnyGivenName(tokens.get(m.start()).text()) ? m.as(Type.ORG) : m;
    }

    /**
     * A run that is a person's name, "of" and another name, which the rules took as no name whole ("Miguel Indurain
     * of Banesto withdrew", "Naomi Simon of MGH"): each part as the rules take it alone, into {@code found}.
     * False when the run is no such thing.
     */
    boolean personOfAName(String text, List<Token> tokens, int from, List<Integer> run, List<Mention> found) {
        int start = run.get(0);
        int end = run.get(run.size() - 1) + 1;
        int after = afterPersonOf(tokens, start, end);
        if (after == start || after >= end) {
            return false;
        }
        Mention person = classify(text, tokens, from, run.subList(0, after - 1 - start));
        if (person == null || person.type() != Type.PER) {
            return false;
        }
        found.add(person);
        Mention rest = classify(text, tokens, from, run.subList(after - start, run.size()));
        if (rest != null) {
            found.add(rest);
        }
        return true;
    }

    /**
     * The model's spans, where two places the lists do not know stand side by side with only spaces between them
     * after a preposition of place ("off" "Milford" "Haven") made one: one place's name in two words.
     */
    Span[] joinedPlaces(String text, List<Token> tokens, int from, Span[] spans) {
        List<Span> joined = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.getEnd() == s.getStart() && last.getType().equals("LOC")
                    && s.getType().equals("LOC") && last.getEnd() - last.getStart() == 1 && s.length() == 1
                    && spacesOnly(text, tokens.get(from + last.getStart()), tokens.get(from + s.getStart()))
                    && PREPOSITIONS_OF_PLACE.contains(wordBefore(text, tokens.get(from + last.getStart()).start()))
                    && lookup(tokens, from + last.getStart(), from + last.getEnd()) == null
                    && lookup(tokens, from + s.getStart(), from + s.getEnd()) == null) {
                joined.set(joined.size() - 1, new Span(last.getStart(), s.getEnd(), "LOC"));
            } else {
                joined.add(s);
            }
        }
        return joined.toArray(new Span[0]);
    }

    /** Kinds of settlements whose names follow them and "of" ("the port of Durres"), as {@link #namedSettlement}. */
    static final Set<String> NAMED_SETTLEMENTS = wordSet("town", "city", "village", "port", "hamlet",
            "township", "suburb", "resort", "municipality", "commune", "island", "province", "district", "county");

    /**
     * A run of one to three capitalised words the model and the rules left alone, after a kind of settlement and
     * "of", is the settlement's name: "the port of Durres", "the Albanian port of Durres", "the village of Kibumba";
     * not common words alone or a people's, nor after a name's word ("the PA-RISC port of MkLinux", software).
     */
    Mention namedSettlement(String text, List<Token> tokens, List<Integer> run) {
        int start = run.get(0);
        int end = run.get(run.size() - 1) + 1;
        if (end - start > 3 || start < 3 || !tokens.get(start - 1).text().equals("of")
                || !NAMED_SETTLEMENTS.contains(tokens.get(start - 2).text())
                || tokens.get(start - 3).capitalised() && !isDescriptive(tokens, start - 3, start - 2)
                || NOT_NAMES.contains(tokens.get(start).text()) || isDescriptive(tokens, start, end)) {
            return null;
        }
        for (int k = start; k < end; k++) {
            if (!common(tokens.get(k).text())) {
                return new Mention(start, end, Type.LOC, spanText(text, tokens, start, end), false);
            }
        }
        return null;
    }

    /**
     * A place the lists know and up to three capitalised words after it that a building's or a ground's word ends
     * are one place: "Sydney" "Cricket Ground", "Washington" "National Cathedral", whose words the rules left alone
     * as common ones.
     */
    void groundOfAPlace(String text, List<Token> tokens, List<Integer> run, List<Mention> found) {
        int start = run.get(0);
        int end = run.get(run.size() - 1) + 1;
        if (end - start > 3 || !FACILITIES.contains(tokens.get(end - 1).text()) || start == 0
                || !spacesOnly(text, tokens.get(start - 1), tokens.get(start))) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            Mention place = found.get(i);
            if (place.end() == start && place.type() == Type.LOC && lookup(tokens, place.start(), start) != null) {
                found.set(i, new Mention(place.start(), end, Type.LOC, spanText(text, tokens, place.start(), end),
                        false));
                return;
            }
        }
    }

    /**
     * An institution's head word, "of" and a place or an organisation found right after it are one organisation:
     * "Bank of Tokyo", "Church of England", where the lists or the model found only the name after "of"; and so are a
     * body's name of "for" and "of" and a place after it ("Front for the Liberation" "of" "Mali"). Not with a person
     * after it ("the Office of Tony Blair" names him).
     *
     * @param found the sentence's mentions, in order
     */
    void headsOfNames(String text, List<Token> tokens, int from, List<Mention> found) {
        for (int i = 0; i < found.size(); i++) {
            Mention name = found.get(i);
            Mention before = i > 0 ? found.get(i - 1) : null;
            if (name.type() != Type.PER && before != null && bodyForSomethingOf(text, tokens, before, name)) {
                // "Front for the Liberation" "of" "Mozambique": the place the lists knew ends the body's name
                found.remove(--i);
                found.set(i, new Mention(before.start(), name.end(), Type.ORG,
                        spanText(text, tokens, before.start(), name.end()), false));
                continue;
            }
            int head = name.start() - 2;
            if (head < from || name.type() == Type.PER || !(headAndOf(tokens, head, name.end())
                    || foreignHeadAndOf(tokens, head)) // "Banco de Mexico", "Banque de France"
                    || !spacesOnly(text, tokens.get(head), tokens.get(head + 1))
                    || !spacesOnly(text, tokens.get(head + 1), tokens.get(name.start()))) {
                continue;
            }
            boolean headAlone = before != null && before.start() == head && before.end() == head + 1;
            if (before != null && before.end() > head && !headAlone) {
                continue;
            }
            if (headAlone) {
                found.remove(--i);
            }
            found.set(i, new Mention(head, name.end(), Type.ORG, spanText(text, tokens, head, name.end()), false));
        }
    }

    /**
     * Whether {@code body} is a body's name its rule found, its head word, "for" and more ("Front for the
     * Liberation"), and "of" and {@code name} follow it.
     */
    boolean bodyForSomethingOf(String text, List<Token> tokens, Mention body, Mention name) {
        int of = body.end();
        return body.type() == Type.ORG && !body.known() && of + 1 == name.start()
                && headAnd(tokens, body.start(), body.end(), "for") && tokens.get(of).text().equals("of")
                && spacesOnly(text, tokens.get(of - 1), tokens.get(of))
                && spacesOnly(text, tokens.get(of), tokens.get(name.start()));
    }

    /** Lower-case words after a place's name that make no body of it: "the Dayton peace accords". */
    static final Set<String> ACCORDS = wordSet("peace", "accord", "accords", "agreement", "agreements",
            "talks", "treaty", "process", "summit", "deal", "plan");

    /**
     * Where the sporting event that tokens [start, end) name, or start to name, ends: at {@code end}, or at an
     * event's word ({@link NameWords#EVENT_LAST_WORDS}) that ends the capitalised words right after them ("Canon" of
     * "Canon Greater Hartford Open"), up to token {@code to}; -1 when they name none, or a country before the event's
     * name ("England" of "England World Cup squad").
     */
    int eventEnd(String text, List<Token> tokens, int start, int end, int to) {
        if (event(tokens, start, end)) {
            return end;
        }
        for (int k = end; k < to && k - start < 6 && tokens.get(k).word() && (tokens.get(k).capitalised()
                || tokens.get(k).text().equals("of") || tokens.get(k).text().equals("the"))
                && spacesOnly(text, tokens.get(k - 1), tokens.get(k)); k++) { // "Bank of the West Classic"
            if (eventWord(tokens, k)) {
                Entry known = lookup(tokens, start, end);
                return event(tokens, start, k + 1) && (known == null || known.kind() != Kind.COUNTRY) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** Whether tokens [start, end) name a sporting event ({@link NameWords#EVENT_LAST_WORDS}) that no list knows. */
    boolean event(List<Token> tokens, int start, int end) {
        return end - start > 1 && eventWord(tokens, end - 1) && lookup(tokens, start, end) == null;
    }

    /** Initials of directions before a place's name: "N. Hills", "W. Bank". */
    static final Set<String> DIRECTION_INITIALS = wordSet("N.", "S.", "E.", "W.");

    /** Places' last words ({@link NameWords#PLACE_LAST_WORDS}) that are surnames too: "Frank Bridge", "Jeff Beach". */
    static final Set<String> SURNAME_PLACE_WORDS = wordSet("Bridge", "Beach", "Palace");

    /** Of {@link NameWords#LOC_SUFFIXES}, surnames after a given name: "Anthony Lake", "Nathan Lane", "Michael Bay". */
    static final Set<String> SURNAME_LOC_SUFFIXES = wordSet("Lake", "Lane", "Bay");

    /** The model's name in the sentence of tokens [from, to), its type fixed by rules; null when it is no name. */
    Mention typed(String text, List<Token> tokens, int from, int to, int start, int end, Type type) {
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
        if (type == Type.LOC && end - start == 1 && end < to && tokens.get(end).capitalised()
                && spacesOnly(text, tokens.get(start), tokens.get(end)) && surnameByItsEnding(tokens.get(end).text())
                && lookup(tokens, start, end) == null) {
            // "Otari" "Kvantrishvili": a given name the model took for a place, before a surname no place has
            return new Mention(start, end + 1, Type.PER, spanText(text, tokens, start, end + 1), false);
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
        if (type == Type.PER && end - start >= 3 && DEMONYMS.contains(tokens.get(start).text())
                && tokens.get(start + 1).capitalised()) {
            start++; // "alongside German Heinz-Harald Frentzen": the people's adjective is no part of the name
        }
        if (type == Type.LOC && end - start == 2 && TITLE_WORDS_BEFORE.contains(wordBefore(text,
                tokens.get(start).start())) && givenNameFirst(text, tokens, start, end)) {
            type = Type.PER; // "world champion Damon Hill": a given name after a title's word, the model's place
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
                || NOT_NAMES.contains(tokens.get(end - 1).text()) || CONNECTORS.contains(tokens.get(end - 1).text())
                || type != Type.ORG && lowerCaseTail(tokens.get(end - 1)))) {
            // "U.S. Policy On", "Spirit of": a heading's capitalised preposition, a name cut short; "Bratislava
            // airport": the model's place runs on into the common words after it (an organisation's may not: "ISIL
            // tactical units", "Assad regime" are bodies a dashboard facets by)
            end--;
        }
        if (type == Type.ORG) {
            end = beforeLowerCaseBreak(tokens, start, end);
            int head = start;
            while (head < end && tokens.get(head).capitalised()) {
                head++;
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
        if (type != Type.PER && forenameLeftOut(text, tokens, from, start, end)) {
            // "Monica Seles beat Jana Novotna": the model left the given name out and took "Seles" for a team
            return new Mention(start - 1, end, Type.PER, spanText(text, tokens, start - 1, end), false);
        }
        if (type == Type.PER) {
            // the model may stop a name early or start it late: "Kim Jong" + "Un", "Sung" + "Kim"
            while (end < to && (continuesName(text, tokens, end - 1, end) || cityInName(text, tokens, end, to))) {
                end++;
            }
            while (start > from && continuesName(text, tokens, start, start - 1)
                    && !(end - start >= 2 && isDescriptive(tokens, start - 1, start))
                    && !(start - 1 == from && end - start >= 2
                    && TITLE_WORDS_BEFORE.contains(tokens.get(from).text().toLowerCase(Locale.ROOT)))) {
                // not "American" before "Andre Agassi" (but "Roman" before "Polanski"), nor a sentence's opening
                // title's word ("Sprinter Linford Christie")
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
        } else if (headAndOf(tokens, start, end)) {
            fixed = Type.ORG;
        } else if (type != Type.PER && namedAsOrganisation(text, tokens, start, end)) {
            fixed = Type.ORG;
        } else if (type == Type.PER && wordBefore(text, tokens.get(start).start()).equals("at")
                && employeeBefore(text, tokens, start) && !gazetteer.isGivenName(tokens.get(start).text())) {
            fixed = Type.ORG; // "analysts at Dresdner Kleinwort Benson": where they work, not who they are with
        } else if (type == Type.PER && heldAsShares(text, tokens, start, end)) {
            fixed = Type.ORG; // "shares in Cheung Kong", "property stocks such as Cheung Kong": a listed company
        } else if (type == Type.PER && (end - start == 1 && describedAsBody(text, tokens, end)
                || end - start <= 2 && companysPossessive(tokens, end, NO_PERSONS))) {
            fixed = Type.ORG; // "Veldmark, the Dutch electronics group, said", "Grentham's chairman": not a person
        } else if (end - start == 2 && LOC_SUFFIXES.contains(last) && first.length() == 2 && first.charAt(1) == '.'
                && Character.isUpperCase(first.charAt(0)) && !DIRECTION_INITIALS.contains(first)) {
            fixed = Type.PER; // "M. Hills not out 88": an initial and a surname, whatever the model said
        } else if (end - start > 1 && LOC_SUFFIXES.contains(last) && !(type == Type.PER && end - start == 2
                && SURNAME_LOC_SUFFIXES.contains(last) && gazetteer.isGivenName(first))) {
            fixed = Type.LOC; // but the model's "Anthony Lake" stays a person
        } else if (type == Type.PER && end - start > 1 && end - start <= 4 && PLACE_LAST_WORDS.contains(last)) {
            fixed = Type.LOC; // "Harlan City", "Carter Gym"
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

    /** The longest known spelling starting at token {@code i} of the sentence starting at {@code from}, or null. */
    Mention matchKnown(String text, List<Token> tokens, int from, int i, int to, boolean capitals) {
        if (!tokens.get(i).capitalised()) {
            return null;
        }
        String first = tokens.get(i).text();
        // the first word as lookup() may spell it: most words start no known spelling at all
        int longest = gazetteer.longestSpellingFrom(first);
        if (first.length() > 1 && inUpperCase(first)) { // else both title cases are the word itself
            longest = Math.max(longest, Math.max(gazetteer.longestSpellingFrom(titleCase(first)),
                    gazetteer.longestSpellingFrom(titleCase(first, 1))));
        }
        for (int n = Math.min(longest, to - i); n >= 1; n--) {
            String last = tokens.get(i + n - 1).text();
            // a spelling ends with a capitalised word or, as "Moody's" and "Standard & Poor's" do, a possessive, or
            // a word with the Arabic article ("Gama'a al-Islamiya")
            if (!tokens.get(i + n - 1).capitalised() && !(n > 1 && (Tokens.isPossessive(last)
                    || ARABIC_ARTICLE.matcher(last).matches())) || !adjacent(text, tokens, i, i + n)) {
                continue;
            }
            // a name of words in capitals in a sentence that is not: a dateline's "LAS PALMAS", a results line's
            // "KANSAS CITY"
            Entry entry = lookup(tokens.subList(i, i + n), capitals || n > 1 && inCapitals(tokens, i, i + n));
            if (entry == null) {
                continue;
            }
            Token before = i == 0 ? null : tokens.get(i - 1);
            boolean leftJoined = before != null && joins(text, before, tokens.get(i))
                    && !NOT_NAMES.contains(before.text()) && !TITLES.contains(before.text());
            boolean rightJoined = i + n < tokens.size() && joins(text, tokens.get(i + n - 1), tokens.get(i + n));
            boolean organisation = entry.kind() == Kind.ORGANIZATION;
            if (organisation && leftJoined && (isPlace(before.text()) || i - 1 == from && common(before.text()))) {
                // "Kenya Red Cross": a place before an organisation says where, not which; "Rival Sandoz", "Giant
                // Motorola": nor does a sentence's common first word
                leftJoined = false;
            }
            if (entry.kind() == Kind.COUNTRY && leftJoined && gazetteer.isState(before.text())) {
                leftJoined = false; // "the U.S. Middle East envoy": a region after a country is a name of its own
            }
            if (organisation && rightJoined && portfolio(tokens, i, i + n)) {
                return null; // "Labour Minister Norbert Bluem", "the Labour Ministry": a portfolio, not the party
            }
            if (organisation && rightJoined && (TITLES.contains(tokens.get(i + n).text())
                    || tokens.get(i + n).text().equals("Flight")
                    || AIRCRAFT_MAKERS.contains(tokens.get(i + n).text()))) {
                // "ECB President Mario Draghi", "GM CEO Mary Barra": the title's employer; "TWA Flight 800", "a Garuda
                // Indonesia Airbus A300": the airline's
                rightJoined = false;
            }
            if (organisation && !leftJoined && rightJoined && LEGAL_FORMS.contains(tokens.get(i + n).text())) {
                return new Mention(i, i + n + 1, Type.ORG, entry.canonical(), true); // "Fiat SpA" is Fiat
            }
            if (!capitals && leftJoined && !organisation && before.text().equals("Air")) {
                // "Air Canada", "Air New Zealand": an airline
                return new Mention(i - 1, i + n, Type.ORG, spanText(text, tokens, i - 1, i + n), true);
            }
            if (!capitals && (leftJoined || rightJoined && (entry.kind() != Kind.COUNTRY
                    || institutional(text, tokens, i + n)))) {
                // "George Washington", "Washington Post", "Bill Jordan", "African National Congress", "Israel
                // Radio": part of a longer name, which the model may find; "U.S. President" is still the United States
                return null;
            }
            Type type = entry.kind() == Kind.ORGANIZATION ? Type.ORG : Type.LOC;
            return new Mention(i, i + n, type, entry.canonical(), true);
        }
        return null;
    }

    /** Makers of airliners, whose name and a model number after an airline's name are the airline's aircraft. */
    static final Set<String> AIRCRAFT_MAKERS = wordSet("Airbus", "Boeing", "McDonnell", "Fokker", "Tupolev",
            "Ilyushin", "Antonov", "Yakovlev", "Lockheed", "Embraer", "Bombardier", "ATR", "Dornier", "Douglas");

    /** What holds a portfolio, after its one word: "Labour Minister", "Labour Ministry", "Health Secretary". */
    static final Set<String> PORTFOLIO_HOLDERS = wordSet("Minister", "Ministry", "Secretary", "Department");

    /** Whether tokens [start, end) are one common word before what holds it as a portfolio: "Labour Minister". */
    boolean portfolio(List<Token> tokens, int start, int end) {
        return end - start == 1 && end < tokens.size() && PORTFOLIO_HOLDERS.contains(tokens.get(end).text())
                && common(tokens.get(start).text());
    }

    /** Runs of capitalised tokens not taken yet, joined by connectors such as "of"; token indexes. */
    List<List<Integer>> capitalisedRuns(String text, List<Token> tokens, int from, int to, boolean[] taken) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean free = !taken[i - from];
            boolean name = free && t.word() && (t.capitalised() || !run.isEmpty() && elidedOf(t.text()))
                    && !(run.isEmpty() && NOT_NAMES.contains(t.text())) // "Val d'Isere"
                    && !describesTheCompanyAfter(tokens, from, i, to); // "Carmaker Volvo said"
            boolean connector = !run.isEmpty() && free && CONNECTORS.contains(t.text()) && i + 1 < to
                    && !LEGAL_FORMS.contains(tokens.get(i - 1).text()) // a legal form ends a company's name
                    // so does a company's last word before "and" ("ANZ Bank and National Australia Bank"), unless
                    // the word after it is one too ("Farmers Bank and Trust")
                    && !(t.text().equals("and") && COMPANY_LAST_WORDS.contains(tokens.get(i - 1).text())
                    && !ORG_SUFFIXES.contains(tokens.get(i + 1).text()))
                    // and so does a name before "and" and a foreign body's first word ("Grupo Televisa and Groupe
                    // Danone")
                    && !(t.text().equals("and") && FOREIGN_BODY_HEADS.contains(tokens.get(i + 1).text()))
                    && (tokens.get(i + 1).capitalised() || bodysThe(tokens, run, i, to)) && !taken[i + 1 - from]
                    && !NOT_NAMES.contains(tokens.get(i + 1).text()) // not "Volvo on Tuesday"
                    && !(TITLES.contains(tokens.get(i + 1).text()) // "Secretary-General Annan and Vice-President Gore"
                    && !joinsAUnionsWords(tokens, run, i, to))
                    // "the Department of Energy and Japan Airlines": a known place after "and" starts another name
                    // "Chancellor Helmut Kohl and French President Jacques Chirac": nor does a people's adjective;
                    // "analysts at Handelsbanken and SEB": nor does an acronym, nor a bank's one word; nor does
                    // "and" go on after one ("Bayerische Vereinsbank and Deutsche Genossenschaftsbank")
                    && !(t.text().equals("and") && (isPlace(tokens.get(i + 1).text())
                    || isDescriptive(tokens, i + 1, i + 2) || acronym(tokens.get(i + 1).text())
                    || compoundInstitution(tokens.get(i + 1).text()) || compoundInstitution(tokens.get(i - 1).text())
                    // "the American Federation of Teachers and Thomas Kennedy": nor does a person's name
                    || gazetteer.isGivenName(tokens.get(i + 1).text()) && i + 2 < to
                    && tokens.get(i + 2).capitalised()))
                    // "the National Council for the Defence of Democracy of Leonard Nyangoma": whose it is
                    && !(t.text().equals("of") && run.size() > 2 && gazetteer.isAnyGivenName(tokens.get(i + 1).text())
                    && i + 2 < to && tokens.get(i + 2).capitalised());
            // "People 's Democratic Party", "Workers ' Party": a people's possessive inside a body's name
            boolean possessive = !run.isEmpty() && free && possessiveInName(tokens, i) && i + 1 < to
                    && tokens.get(i + 1).capitalised() && !taken[i + 1 - from];
            if ((name || connector || possessive) && (run.isEmpty() || spacesOnly(text, tokens.get(i - 1), t)
                    && !(name && run.size() >= 2 && airlineEndsBefore(tokens, i)))) {
                // an airline's name ends at its word: "a Saudi Arabian Airlines Boeing 747"
                run.add(i);
            } else {
                flush(runs, run);
                if (name) {
                    run.add(i);
                }
            }
        }
        flush(runs, run);
        return runs;
    }

    /**
     * Whether "and" at {@code i} joins a word no list knows and a union's name that a title's word opens: "Transport
     * and General Workers Union" is one name, where "Ford and General Motors" are two.
     */
    boolean joinsAUnionsWords(List<Token> tokens, List<Integer> run, int i, int to) {
        if (run.size() != 1 || !tokens.get(i).text().equals("and")
                || gazetteer.isAnyGivenName(tokens.get(run.get(0)).text())) {
            return false;
        }
        int k = i + 1;
        while (k < to && tokens.get(k).capitalised()) {
            k++;
        }
        return k - i > 3 && UNION_LAST_WORDS.contains(tokens.get(k - 1).text());
    }

    /** Last words of unions', federations' and societies' names. */
    static final Set<String> UNION_LAST_WORDS = wordSet("Union", "Federation", "Association", "Confederation",
            "Council", "Society", "Institute", "Guild");

    /**
     * Whether token {@code i}, the first of the sentence that starts at {@code from}, says what the company named by
     * the capitalised word after it (before {@code to}) is ({@link #OPENING_DESCRIPTORS}: "Carmaker Volvo"); not
     * before a given name ("Regulator Arthur Levitt").
     */
    boolean describesTheCompanyAfter(List<Token> tokens, int from, int i, int to) {
        return i == from && i + 1 < to && OPENING_DESCRIPTORS.contains(tokens.get(i).text())
                && tokens.get(i + 1).capitalised() && !gazetteer.isAnyGivenName(tokens.get(i + 1).text());
    }

    static void flush(List<List<Integer>> runs, List<Integer> run) {
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
            run.clear();
        }
    }

    /**
     * A capitalised run that ends with an institutional word ("Ministry", "Authority"...), or that a body's word
     * heads before "of" or "for" ("Forum for the Restoration of Democracy", "Movement for Democratic Change"), as an
     * organisation, whatever the model made of its words, unless a given name follows "of" ("the Office of Tony
     * Blair" names him); the sentence starts at token {@code from}. (A run ends before "and" and an acronym: "the
     * University of Chicago Education Lab and MDRC" are two.)
     */
    Mention institution(String text, List<Token> tokens, int from, List<Integer> run) {
        int start = afterOpeningWords(tokens, from, run.get(0));
        int end = run.get(run.size() - 1) + 1;
        while (end > start && CONNECTORS.contains(tokens.get(end - 1).text())) {
            end--;
        }
        start = afterPersonOf(tokens, start, end);
        if (end - start >= 2 && (LEGAL_FORMS_BEFORE.contains(tokens.get(start).text())
                || end < tokens.size() && FIGHTERS.contains(tokens.get(end).text()) && end - start <= 3
                && noCommonWord(tokens, start, end) && !anyOf(DEMONYMS, tokens, start, end)
                && lookup(tokens, start, end) == null
                && !gazetteer.isAnyGivenName(tokens.get(start).text()))) {
            // "AB Volvo", "PT Astra International": a company's legal form before its name; "Tupac Amaru rebels":
            // the name of a group its fighters are called by
            return new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false);
        }
        for (int k = start; k < end - 2; k++) {
            if (tokens.get(k).text().endsWith("-based")) {
                start = k + 1; // "Kuala Lumpur-based Rashid Hussain Securities": where it is based is no part of it
            }
        }
        boolean headed = (headAndOf(tokens, start, end) || headAndFor(tokens, start, end)
                || end - start >= 2 && (FOREIGN_BODY_HEADS.contains(tokens.get(start).text())
                || tokens.get(start).text().equals("Radio")))
                && !GENERIC_BODIES.contains(tokens.get(end - 1).text())
                && !(gazetteer.isGivenName(tokens.get(start + 2).text()) && !isPlace(tokens.get(start + 2).text()));
        if (end - start < 2 || !(headed || institutional(text, tokens, end - 1)) || titleOnly(tokens, start, end)
                || EVENT_LAST_WORDS.contains(tokens.get(end - 1).text()) // "the Bank of the West Classic": an event
                || commonProperties(tokens, start, end)) {
            return null; // "Police Commissioner", "Fisheries Commissioner": a title and its portfolio
        }
        int first = afterTitles(tokens, start, end) > start ? -1 : start;
        return first < 0 ? null : new Mention(first, end, Type.ORG, spanText(text, tokens, first, end), false);
    }

    /**
     * Where an institution's name starts in tokens [start, end) that may open with a person's name and "of" ("said
     * Kamran Ahmed of Jahangir Siddiqui and Co"): after "of" when the two or three words before it start with a given
     * name and hold no common word, or follow a title's word ("economist Sung Won Sohn of"), and hold no
     * institution's word and no place's; else at {@code start}.
     */
    int afterPersonOf(List<Token> tokens, int start, int end) {
        for (int of = start + 2; of <= start + 3 && of + 1 < end; of++) {
            if (tokens.get(of).text().equals("of")) {
                boolean titled = start > 0 && TITLE_WORDS_BEFORE.contains(tokens.get(start - 1).text());
                // "economist Sung Won Sohn of Norwest Corp": after a title's word, a common word may be a name's
                return (titled || gazetteer.isAnyGivenName(tokens.get(start).text()) && noCommonWord(tokens, start, of))
                        && !BODIES.contains(tokens.get(start).text()) && looksLikeName(tokens, start, of)
                        ? of + 1 : start;
            }
        }
        return start;
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

    /** Whether tokens [start, end) are an institution's head word, "of" and more: "Office of Fair Trading". */
    boolean headAndOf(List<Token> tokens, int start, int end) {
        return headAnd(tokens, start, end, "of");
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
                && (BODY_ADJECTIVES.contains(tokens.get(start).text()) || isDescriptive(tokens, start, start + 1))) {
            head++; // the head and the connector asked first: the adjective's look-ups cost more
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
        Token last = tokens.get(end - 1);
        if (allDescriptive(tokens, start, end) || event(tokens, start, end)) {
            return null; // "Bosnian Serbs said"; "the Davis Cup", a tournament
        }
        Entry firm = end - start >= 2 && gazetteer.longestSpellingFrom(tokens.get(start).text()) >= end - start
                ? lookup(tokens, start, end) : null;
        if (firm != null && firm.kind() == Kind.ORGANIZATION) {
            // "ABN AMRO" "Hoare Govett": a known organisation's whole run, which the lists did not take on its own
            // for the name it joins
            return new Mention(start, end, Type.ORG, firm.canonical(), true);
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
        if ((headAndOf(tokens, start, end) || headAndFor(tokens, start, end))
                && !GENERIC_BODIES.contains(tokens.get(end - 1).text())) {
            // "Organisation of African Unity", "Office for Coastal Statistics"
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
                && employeeBefore(text, tokens, start)) // "a spokesman for Jacques Santer"
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
     * Two words after a country's possessive that no list knows and that are no common words: a person of that
     * country whose given name no list has ("Morocco's Salah Hissou"); a company's name has a word of its kind or
     * one the lists know ("Britain's Hanson Plc", "Germany's Deutsche Telekom").
     */
    boolean countrysUnknownPair(List<Token> tokens, int start, int end) {
        return end - start == 2 && start >= 2 && Tokens.isPossessive(tokens.get(start - 1).text())
                && gazetteer.isCountry(tokens.get(start - 2).text()) && unknownPair(tokens, start);
    }

    /**
     * Two words no list knows, neither a common word, before "of" and a country: a person of that country whose
     * given name no list has ("Anuta Catuna of Romania won the women's race").
     */
    boolean unknownPairOfACountry(List<Token> tokens, int start, int end) {
        return end - start == 2 && end + 1 < tokens.size() && tokens.get(end).text().equals("of")
                && unknownPair(tokens, start) && countryAt(tokens, end + 1);
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
