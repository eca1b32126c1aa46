package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.NameWords.KNOWN_VOTE;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.SURNAME_TITLES;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.lines;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Tokens.Token;
import io.newsflow.enrich.entities.training.NameFinderTraining;
import io.newsflow.events.Entities;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Named entities of English text: people, organisations and locations, from three sources combined per sentence.
 * <ol>
 *   <li>Known spellings (organisations, countries, cities), longest first, normalised to one name ("U.N." =
 *       "UN" = "United Nations"; "N. Korea" = "North Korea"): they win wherever they apply. A city counts only when
 *       it stands alone, so that "George Washington" is not a place.</li>
 *   <li>A statistical name finder (Apache OpenNLP maximum entropy, trained by {@link NameFinderTraining} on the
 *       shared corpus) finds the names no list knows; a name it finds that contains a known spelling ("Bill
 *       Jordan") wins over that spelling.</li>
 *   <li>Rules fix types and fill gaps: an institutional last word makes an organisation ("Salomon Brothers",
 *       "Harbour Development Agency"), a street or river word a location ("Downing Street"); titles are cut from
 *       people ("Headteacher Sarah Okafor" is "Sarah Okafor"); capitalised spans the model left alone are people
 *       when a title, a role, a known given name or a speech verb marks them.</li>
 * </ol>
 * Within a document, a name has one type, the one most of its mentions have (a known spelling's type outweighs
 * them all), but for a dateline's place, which stays a place beside what the story makes of its name ("BARCELONA
 * 1996-12-01" and the club); a name that repeats part of a person's name ("Clinton" after "Bill Clinton") is that
 * person, and is reported once, in its longest form. Lines in capitals (headlines, datelines) are matched against
 * the known spellings only. Immutable and thread-safe: the model is shared, each thread has its own decoder.
 */
public final class EntityExtractor {

    private final ThreadLocal<NameDecoder> finders;
    private final KnownAndCommonWords knownAndCommonWords;
    private final PeopleRules peopleRules;
    private final PlaceRules placeRules;
    private final SentenceTagger tagger;
    private final Acronyms acronyms;
    private final CompaniesAndBodies companies;
    private final TeamsAndPlayers teamsAndPlayers;
    private final SportsResults results;
    private final CricketScorecards cricket;

    public EntityExtractor() {
        this(readModel());
    }

    private EntityExtractor(byte[] file) {
        this(loadModel(file), WordClasses.read(file));
    }

    private EntityExtractor(TokenNameFinderModel model, WordClasses classes) {
        Gazetteer gazetteer = new Gazetteer();
        FeatureWeights weights = NameDecoder.weights(model);
        this.finders = ThreadLocal.withInitial(() -> new NameDecoder(model, weights, classes));
        this.knownAndCommonWords = new KnownAndCommonWords(gazetteer, classes);
        this.peopleRules = new PeopleRules(gazetteer, classes);
        this.placeRules = new PlaceRules(gazetteer, classes);
        this.tagger = new SentenceTagger(gazetteer, classes);
        this.acronyms = new Acronyms(gazetteer, classes);
        this.companies = new CompaniesAndBodies(gazetteer, classes);
        this.teamsAndPlayers = new TeamsAndPlayers(gazetteer, classes);
        this.results = new SportsResults(gazetteer, classes);
        this.cricket = new CricketScorecards(gazetteer, classes);
    }

    /** The people, organisations and locations of a text, each in order of first mention. */
    public Entities extract(String text) {
        if (text == null || text.isBlank()) {
            return Entities.NONE;
        }
        List<Token> tokens = Tokens.split(text);
        NameDecoder finder = finders.get();
        finder.clearAdaptiveData();
        List<Mention> mentions = new ArrayList<>();
        BitSet starts = new BitSet();
        List<int[]> sentences = new ArrayList<>();
        int from = 0;
        for (int end : Tokens.sentenceEnds(text, tokens)) {
            starts.set(from);
            sentences.add(new int[] {from, end});
            tagger.sentence(text, tokens, from, end, finder, mentions);
            from = end;
        }
        finder.clearAdaptiveData();
        Marks marks = Marks.of(tokens);
        knownAndCommonWords.withoutHeadingsOfCommonWords(text, tokens, mentions);
        knownAndCommonWords.dropCommonWords(text, tokens, starts, mentions);
        KnownAndCommonWords.withoutProgrammingLanguages(tokens, marks, mentions);
        KnownAndCommonWords.withoutWinesAndRecipeFields(tokens, mentions);
        peopleRules.halvesOfNames(text, tokens, mentions);
        peopleRules.agedPeople(text, tokens, mentions);
        peopleRules.givenNamesTakenForPlaces(text, tokens, mentions);
        peopleRules.surnamesTakenForPlaces(text, tokens, mentions);
        PlaceRules.surnamesThatArePlaces(tokens, mentions);
        acronyms.acronyms(text, tokens, marks, mentions);
        companies.wordsOfBodies(tokens, mentions);
        teamsAndPlayers.teams(text, tokens, mentions);
        teamsAndPlayers.clubsBeforePositions(text, tokens, starts, mentions);
        CricketScorecards.countySides(text, tokens, marks, mentions);
        companies.employersOfPeople(tokens, mentions);
        companies.employersBeforeOfficers(text, tokens, mentions);
        companies.employersBeforeTitlesAlone(tokens, mentions);
        companies.employersAfterOf(text, tokens, mentions);
        companies.unitsOfCompanies(tokens, mentions);
        companies.benefactorsOfInstitutions(text, tokens, mentions);
        companies.unitsByTheirWord(text, tokens, mentions);
        teamsAndPlayers.clubsOfCities(text, tokens, mentions);
        companies.newspapersOfPlaces(text, tokens, mentions);
        companies.mediaByTheirWord(text, tokens, marks, mentions);
        companies.journals(text, tokens, marks, mentions);
        companies.hyphenedCompanies(tokens, marks, mentions);
        companies.companiesOfPlacesByTheirIndustry(text, tokens, marks, mentions);
        companies.camelCasedCompanies(tokens, marks, mentions);
        companies.bodiesOfAPeople(tokens, mentions);
        companies.bodiesAfterThe(tokens, mentions);
        companies.reportingBodies(tokens, marks, mentions);
        List<int[]> lines = lines(text, tokens);
        results.results(text, tokens, lines, marks, mentions);
        results.fixtures(text, tokens, lines, mentions);
        knownAndCommonWords.withoutPartHeadings(tokens, lines, mentions);
        companies.publications(text, tokens, lines, mentions);
        cricket.inningsLines(text, tokens, lines, mentions);
        results.resultsRunOn(text, tokens, sentences, marks, mentions);
        results.standings(text, tokens, SportsResults.rowsRunOn(text, tokens, lines, marks), mentions);
        PeopleRules.initialled(text, tokens, mentions);
        peopleRules.marksTakenForInitials(text, tokens, mentions);
        peopleRules.initialsOfKnownSurnames(tokens, mentions);
        peopleRules.particles(text, tokens, mentions);
        peopleRules.arabicArticles(text, tokens, marks, mentions);
        CompaniesAndBodies.arabicPapers(tokens, marks, mentions);
        companies.groupsByTheirWord(text, tokens, mentions);
        teamsAndPlayers.players(text, tokens, marks, mentions);
        teamsAndPlayers.lineUps(text, tokens, mentions);
        teamsAndPlayers.listsOfPeople(text, tokens, lines, mentions);
        teamsAndPlayers.clubsWithCountries(text, tokens, marks, mentions);
        peopleRules.coordinatedPeople(tokens, mentions);
        peopleRules.givenNamesBesidePeople(text, tokens, mentions);
        peopleRules.forenamesTakenForBodies(text, tokens, mentions);
        companies.companiesListed(tokens, mentions);
        companies.companiesInLists(text, tokens, starts, mentions);
        companies.partnerships(text, tokens, mentions);
        results.leaderboards(text, tokens, lines, mentions);
        teamsAndPlayers.clubsOfPlayers(text, tokens, mentions);
        results.scorers(text, tokens, marks, mentions);
        teamsAndPlayers.playersByTheirPlay(tokens, marks, mentions);
        cricket.dismissals(text, tokens, lines, marks, mentions);
        cricket.bowlers(text, tokens, marks, mentions);
        results.scoredResults(text, tokens, mentions);
        results.resultsScoreFirst(text, tokens, mentions);
        companies.movers(text, tokens, mentions);
        companies.companiesInDeals(text, tokens, marks, mentions);
        companies.bodiesByTheirKind(text, tokens, marks, mentions);
        placeRules.datelines(text, tokens, lines, sentences, mentions);
        companies.pressDigestsPapers(text, tokens, lines, mentions);
        peopleRules.withoutCompoundAdjectives(text, tokens, mentions);
        CompaniesAndBodies.withoutIndices(tokens, mentions);
        CompaniesAndBodies.withoutCrudeGrades(tokens, mentions);
        PlaceRules.withoutStorms(tokens, marks, mentions);
        PlaceRules.withoutShips(tokens, marks, mentions);
        PlaceRules.withoutScales(tokens, mentions);
        PlaceRules.withoutEventsOfPlaces(text, tokens, mentions);
        TeamsAndPlayers.teamsOfPeoplesNames(tokens, mentions);
        TeamsAndPlayers.venuesArePlaces(tokens, mentions);
        placeRules.placesByTheirBearing(text, tokens, mentions);
        placeRules.placesTakenInWar(text, tokens, marks, mentions);
        placeRules.placesOfTheirOffices(text, tokens, marks, mentions);
        placeRules.airportsByTheirWord(text, tokens, marks, mentions);
        peopleRules.peopleBeforeTheirOffices(tokens, marks, mentions);
        peopleRules.noblesByTheirTitle(text, tokens, marks, mentions);
        placeRules.placesOfADay(tokens, marks, mentions);
        placeRules.placesInTheirRegion(text, tokens, mentions);
        PlaceRules.citiesOfCommonWords(tokens, marks, mentions);
        TeamsAndPlayers.withoutStageRaces(tokens, marks, mentions);
        TeamsAndPlayers.withoutSportHeadings(tokens, starts, mentions);
        knownAndCommonWords.knownSpellings(text, tokens, mentions);
        KnownAndCommonWords.withoutAcronymsOfOtherSenses(text, tokens, mentions);
        knownAndCommonWords.withoutStressedWords(text, tokens, mentions);
        KnownAndCommonWords.withoutServicesAndFaiths(tokens, mentions);
        teamsAndPlayers.clubsAsSpelt(text, tokens, mentions);
        PlaceRules.nicknamesOfOtherPlaces(text, tokens, mentions);
        KnownAndCommonWords.aliasesOfNamesInTheText(tokens, mentions);
        CompaniesAndBodies.bodiesOfPlaces(text, tokens, mentions);
        CompaniesAndBodies.bodiesOnTheirSubject(text, tokens, mentions);
        CompaniesAndBodies.bodiesNamedInFull(tokens, mentions);
        companies.bodiesOfOtherStates(text, tokens, mentions);
        companies.statesCouncils(text, tokens, mentions);
        companies.secondBodysMembers(tokens, mentions);
        peopleRules.notablePeople(text, tokens, starts, marks, mentions);
        peopleRules.surnamesBesideSurnames(tokens, mentions);
        placeRules.placesBesidePlaces(text, tokens, mentions);
        placeRules.listsOfPlacesOfAKind(tokens, marks, mentions);
        placeRules.countriesOfStateBodies(tokens, mentions);
        return collect(mentions, placeRules.datelinePlaces(tokens, lines, sentences, mentions),
                titledSurnames(tokens, mentions));
    }

    /** The people's names of one word that a title opens somewhere in the text: "Lord Hanson", "Mr Ford". */
    private static Set<String> titledSurnames(List<Token> tokens, List<Mention> mentions) {
        Set<String> titled = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == Type.PER && m.end() - m.start() == 1 && m.start() > 0
                    && SURNAME_TITLES.contains(tokens.get(m.start() - 1).text())) {
                titled.add(m.name());
            }
        }
        return titled;
    }

    /** Words of bodies' names that name none alone: "Club chairman Michael van Praag", "Group sales rose". */
    private static final Set<String> BODIES_WORDS_ALONE = wordSet("Club", "Team", "Group", "Company", "Unit",
            "Division", "Firm");

    /** A word that ends with a verb's contraction: "Don't", "Won’t", "We'll", "They're". */
    private static final Pattern CONTRACTION = Pattern.compile("(?:n['’]t|['’](?:ll|re|ve))(?:\\s|$)");

    /** Two or more words of one or two capital letters each: a table's heading of its columns ("W L T PF PA"). */
    private static final Pattern HEADINGS_OF_COLUMNS = Pattern.compile("\\p{Lu}{1,2}(?: \\p{Lu}{1,2})+");

    /**
     * The reported names, one per entity: parts of a person's name are that person; people are not places. A
     * dateline's place is a place, and its name is also what the story's other mentions of it make it ("BARCELONA
     * 1996-12-01 ... Barcelona beat Valencia": the city and the club).
     */
    static Entities collect(List<Mention> mentions, Set<Mention> datelines, Set<String> titled) {
        // a table's heading of columns is no name: "W L T PF PA"; nor is a body's common word alone: "Club chairman";
        // nor a verb's contraction: "- Don't let deadlines slip"
        mentions.removeIf(m -> headingOfColumns(m.name()) || !m.known() && BODIES_WORDS_ALONE.contains(m.name())
                || CONTRACTION.matcher(m.name()).find());
        Map<String, Type> types = new LinkedHashMap<>();
        List<String> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == Type.PER && m.name().indexOf(' ') > 0) {
                people.add(m.name());
            }
        }
        Set<String> named = new HashSet<>();
        for (Mention m : mentions) {
            if (!datelines.contains(m)) {
                named.add(m.name());
            }
        }
        Set<String> datelined = new LinkedHashSet<>();
        Map<String, int[]> votes = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (datelines.contains(m) && named.contains(m.name())) {
                datelined.add(m.name()); // the story's other mentions decide its type
                continue;
            }
            votes.computeIfAbsent(m.name(), k -> new int[Type.values().length])[m.type().ordinal()]
                    += m.known() ? KNOWN_VOTE : 1;
        }
        for (Map.Entry<String, int[]> v : votes.entrySet()) {
            String name = v.getKey();
            int[] count = v.getValue();
            Type type = Type.PER;
            for (Type t : Type.values()) {
                type = count[t.ordinal()] > count[type.ordinal()] ? t : type;
            }
            if (count[Type.ORG.ordinal()] < KNOWN_VOTE && count[Type.LOC.ordinal()] < KNOWN_VOTE
                    && partOfAny(name, people)) {
                type = Type.PER;
            }
            types.put(name, type);
        }
        firstWordsOfOrganisationsTakenForPeople(types, votes, people, titled);
        dropShortFormsOfOrganisations(types, votes, people);
        Set<String> per = new LinkedHashSet<>();
        Set<String> org = new LinkedHashSet<>();
        Set<String> loc = new LinkedHashSet<>();
        for (Map.Entry<String, Type> t : types.entrySet()) {
            (t.getValue() == Type.PER ? per : t.getValue() == Type.ORG ? org : loc).add(t.getKey());
        }
        for (String place : datelined) {
            if (!per.contains(place)) {
                loc.add(place);
            }
        }
        per.removeAll(loc);
        per.removeAll(org);
        for (Iterator<String> it = per.iterator(); it.hasNext(); ) {
            if (partOfAny(it.next(), per)) {
                it.remove(); // part of a longer name still reported: "Bush" after "George Bush"
            }
        }
        return new Entities(List.copyOf(per), List.copyOf(org), List.copyOf(loc));
    }

    /**
     * A one-word name taken for a person's that no list knows, that opens the name of an organisation the document
     * gives in more capitalised words and is no word of a person's name it gives, is that organisation's short
     * form: "Air France , Delta sign code-sharing deal" over "Delta Air Lines Inc signed". Not a leader's name
     * before his government ("the Assad regime"), nor a name a title opens somewhere ({@code titled}: "Hanson Plc
     * chairman Lord Hanson").
     */
    private static void firstWordsOfOrganisationsTakenForPeople(Map<String, Type> types, Map<String, int[]> votes,
                                                                List<String> people, Set<String> titled) {
        for (Map.Entry<String, Type> t : types.entrySet()) {
            String name = t.getKey();
            if (t.getValue() != Type.PER || name.indexOf(' ') >= 0 || votes.get(name)[Type.PER.ordinal()] >= KNOWN_VOTE
                    || partOfAny(name, people) || titled.contains(name)) {
                continue;
            }
            String opening = name + " ";
            for (Map.Entry<String, Type> o : types.entrySet()) {
                String whole = o.getKey();
                if (o.getValue() == Type.ORG && whole.startsWith(opening) && whole.length() > opening.length()
                        && Character.isUpperCase(whole.charAt(opening.length()))) { // not "the Assad regime"
                    t.setValue(Type.ORG);
                    break;
                }
            }
        }
    }

    /** Whether a name is {@link #HEADINGS_OF_COLUMNS}: its first space, after one or two capitals, is early in it. */
    private static boolean headingOfColumns(String name) {
        int space = name.indexOf(' ');
        return space > 0 && space <= 4 && HEADINGS_OF_COLUMNS.matcher(name).matches();
    }

    /**
     * A one-word name that no list knows and that ends the name of an organisation the document gives in more words,
     * after a capitalised word, is that organisation, reported once in full: "Zinn" after "Jaffe Zinn", "Excel"
     * after "Microsoft Excel" (a product the model took for an organisation). Not after a lower-case word ("Bank of
     * Tokyo"); not an organisation's first word, which often names one of its own ("Google" of "Google Cloud") or a
     * government's leader ("the Assad regime"). A place is such a short form only of an organisation the lists know
     * ("Lilly" of "Eli Lilly"): the last word of others is often a place of its own ("Tokyo" of a product's name).
     * An acronym, an institution's word ("Coalition") and a word of a person's name the document gives stay.
     */
    private static void dropShortFormsOfOrganisations(Map<String, Type> types, Map<String, int[]> votes,
                                                      List<String> people) {
        List<String> organisations = new ArrayList<>();
        types.forEach((name, type) -> {
            if (type == Type.ORG && name.indexOf(' ') > 0) {
                organisations.add(name);
            }
        });
        List<String> known = organisations.stream().filter(name -> votes.get(name)[Type.ORG.ordinal()] >= KNOWN_VOTE)
                .toList();
        types.entrySet().removeIf(t -> endsAfterACapitalisedWord(t.getKey(), t.getValue() == Type.LOC ? known
                : organisations) && Arrays.stream(votes.get(t.getKey())).max().orElse(0) < KNOWN_VOTE
                && !partOfAny(t.getKey(), people));
    }

    /**
     * Whether {@code word}, one word and neither an acronym nor an institution's, ends one of {@code names} right
     * after a capitalised word.
     */
    private static boolean endsAfterACapitalisedWord(String word, List<String> names) {
        if (word.indexOf(' ') >= 0 || inUpperCase(word) || ORG_SUFFIXES.contains(word)) {
            return false;
        }
        for (String whole : names) {
            if (whole.endsWith(word) && whole.length() > word.length()
                    && whole.charAt(whole.length() - word.length() - 1) == ' ') {
                int previous = whole.lastIndexOf(' ', whole.length() - word.length() - 2) + 1;
                if (Character.isUpperCase(whole.charAt(previous))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code part} is {@link #partOf} one of {@code wholes}. */
    private static boolean partOfAny(String part, Collection<String> wholes) {
        for (String whole : wholes) {
            if (partOf(part, whole)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part}'s words are the first or last words of {@code whole}. */
    private static boolean partOf(String part, String whole) {
        int rest = whole.length() - part.length();
        return rest > 0 && (whole.startsWith(part) && whole.charAt(part.length()) == ' '
                || whole.endsWith(part) && whole.charAt(rest - 1) == ' ');
    }

    /** The shipped name-finder model file, {@value NameFinderTraining#MODEL_RESOURCE}. */
    static byte[] readModel() {
        try (InputStream in = EntityExtractor.class.getResourceAsStream(NameFinderTraining.MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("name-finder model " + NameFinderTraining.MODEL_RESOURCE
                        + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name-finder model", e);
        }
    }

    private static TokenNameFinderModel loadModel(byte[] file) {
        try {
            return new TokenNameFinderModel(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name-finder model", e);
        }
    }
}
