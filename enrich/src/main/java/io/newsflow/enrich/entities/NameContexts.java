package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.Acronyms.isAcronym;
import static io.newsflow.enrich.entities.NameWords.BODIES;
import static io.newsflow.enrich.entities.NameWords.BODY_ADJECTIVES;
import static io.newsflow.enrich.entities.NameWords.COMPANY_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.EMPLOYEES;
import static io.newsflow.enrich.entities.NameWords.EVENT_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.FACILITIES;
import static io.newsflow.enrich.entities.NameWords.FOREIGN_BODY_HEADS;
import static io.newsflow.enrich.entities.NameWords.FORMER;
import static io.newsflow.enrich.entities.NameWords.LEGAL_FORMS;
import static io.newsflow.enrich.entities.NameWords.LOC_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.MINISTERS;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.ORG_HEADS;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PLACE_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.SHARES;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.TokenSpans.afterSpaces;
import static io.newsflow.enrich.entities.TokenSpans.inCapitals;
import static io.newsflow.enrich.entities.TokenSpans.lookingAtAfter;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.wordBefore;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import io.newsflow.enrich.entities.Tokens.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the words in and around a span of tokens say of the name it may be, as the per-sentence tagging asks: a
 * role, speech or kin after a name, shares or an employer before or after it, titles and opening words before it,
 * institutional words, possessives, saints' abbreviations and events' words within it. Static tests only;
 * stateless and thread-safe.
 */
final class NameContexts {

    private NameContexts() {
    }

    /** Lower-case words that, right before a capitalised span, make it an organisation ("carmaker Volvo"). */
    static final Set<String> ORG_WORDS_BEFORE = wordSet("company", "firm", "group", "bank", "carmaker",
            "automaker", "airline", "carrier", "insurer", "reinsurer", "lender", "broker", "brokerage", "retailer",
            "conglomerate", "newspaper", "daily", "weekly", "broadcaster", "agency", "party", "club", "side",
            "team", "union", "maker", "manufacturer", "producer", "operator", "utility", "distributor", "supplier",
            "chipmaker", "drugmaker", "publisher", "network", "regulator", "exchange", "subsidiary", "unit", "rival",
            "steelmaker", "planemaker", "refiner", "shipbuilder", "wholesaler", "truckmaker", "toymaker", "tyremaker",
            "tiremaker", "brewer", "miner");

    /**
     * Of {@link #ORG_WORDS_BEFORE}, the kinds of companies that are no person's role: "brokerage Larrain Vial" is a
     * company whatever the model said, where "publisher Rupert Murdoch" or "the company Bill Gates founded" name a
     * person.
     */
    static final Set<String> COMPANY_KINDS_BEFORE = wordSet("bank", "carmaker", "automaker", "airline", "insurer",
            "reinsurer", "lender", "brokerage", "retailer", "conglomerate", "broadcaster", "utility", "chipmaker",
            "drugmaker", "steelmaker", "planemaker", "refiner", "shipbuilder", "wholesaler", "truckmaker",
            "toymaker", "tyremaker", "tiremaker", "brewer", "manufacturer");

    /** Words after a name that say what it is: "the New Democracy party", "Reuters news agency". */
    static final List<String> ORG_WORDS_AFTER = List.of("party", "group", "company", "firm", "bank", "newspaper",
            "daily", "club", "union", "movement", "militia", "airline", "insurer", "agency", "news agency",
            "news service", "weekly", "magazine");

    static final Pattern ORG_AFTER = Pattern.compile("\\s+(?:" + ORG_WORDS_AFTER.stream()
            .map(words -> words.replace(" ", "\\s+")).collect(Collectors.joining("|")) + ")\\b");

    /** The first words of {@link #ORG_WORDS_AFTER}. */
    private static final Set<String> ORG_WORDS_AFTER_FIRST = ORG_WORDS_AFTER.stream()
            .map(words -> words.split(" ")[0]).collect(Collectors.toUnmodifiableSet());

    /**
     * A description of a company or another body set off by commas after its name: ", the Dutch electronics group,",
     * ", a Calgary-based oil producer,", ", the metals arm of". Not a person's role in one (", the company's
     * chairman", ", a member of the ruling party,").
     */
    static final Pattern BODY_DESCRIBED_AFTER = Pattern.compile(
            "^\\s*,\\s+(?:the|a|an|\\p{Lu}[\\p{L}.&-]*\\s?(?:'s|’s))\\s+(?:(?!of\\s)[\\p{L}.&'’-]+\\s+){0,4}?"
                    + "(?:(?:group|company|firm|bank|maker|manufacturer|producer|carrier|airline|insurer|retailer|"
                    + "concern|conglomerate|operator|utility|broker|brokerage|exporter|importer|miner|refiner|"
                    + "distributor|supplier|developer|chain|holding company|news agency|newspaper|daily|party|"
                    + "wing|arm|unit|subsidiary|affiliate|movement)"
                    + "\\s*[,;)]|(?:arm|unit|subsidiary|affiliate|division|parent)\\s+of\\s)");

    /** What only a company has, after its name's possessive: "Grentham's chairman". */
    static final Set<String> COMPANYS = wordSet("chairman", "chairwoman", "shareholders", "shareholder",
            "subsidiary", "subsidiaries", "board", "profits", "earnings", "takeover", "stake", "shares");

    /** A country's divisions, in lower case after a place's name: "Kandahar province", "the Aabenraa district". */
    static final Set<String> DIVISIONS = wordSet("province", "provinces", "region", "district", "county",
            "prefecture", "governorate", "municipality", "oblast", "canton");

    /** What may come between a comma after a name and a person's role: see {@link #ROLE_AFTER}. */
    private static final String ROLE_BEFORE = "^\\s*,\\s+(?:the\\s+|a\\s+|an\\s+)?"
            + "(?:\\p{Lu}[\\p{L}.]*\\s+(?:'s\\s+)?){0,3}?"
            + "(?:(?:first|former|new|late|veteran|exiled|acting|outgoing)\\s+)?";
    private static final String ROLES = "special representative|representative|ambassador|envoy|director|minister|"
            + "spokes\\w+|president|chief|head|leader|secretary|senator|professor|chairman|chairwoman|executive|"
            + "official|adviser|advisor|correspondent|analyst|researcher|founder|member|deputy|vice|governor|mayor|"
            + "lawmaker|commander|general|coach|ceo|author|poet|novelist|writer|playwright|composer|painter|singer|"
            + "actor|actress";

    /**
     * A person's role or age after a comma: ", a spokesman for", ", the U.N. secretary-general", ", Nigeria 's first
     * president", ", the Polish poet", ", 66 ,"; up to three capitalised words (a place's possessive among them) and
     * a qualifier before the role. Not roles in the plural: "the Western Cape , officials said".
     */
    static final Pattern ROLE_AFTER = Pattern.compile(ROLE_BEFORE + "(?i:" + ROLES + "|\\d+)\\b");
    /** {@link #ROLE_AFTER} without an age, which follows places too: "Washington, D.C., 1995". */
    static final Pattern ROLE_WORD_AFTER = Pattern.compile(ROLE_BEFORE + "(?i:" + ROLES + ")\\b");

    /** A role a person is named to: "Anson Chan as chief secretary", "Jean Todt as team manager". */
    static final Pattern AS_ROLE_AFTER = Pattern.compile(
            "^\\s+as\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?"
                    + "(?:secretary|minister|chairman|chairwoman|president|director|governor|ambassador|envoy|"
                    + "spokes(?:man|woman)|coach|manager|captain|chief|adviser|advisor|commander|premier|"
                    + "prosecutor|executive|treasurer)\\b");

    /** Verbs of speech after a name: "Yeltsin said". */
    static final Set<String> SPEECH_VERBS = wordSet("said", "says", "told", "added", "warned", "noted", "wrote",
            "stated", "emphasized", "emphasised", "insisted", "argued", "explained", "announced", "urged", "asked");

    static final Pattern SPEECH_AFTER = Pattern.compile("^\\s+(?:" + String.join("|", SPEECH_VERBS) + ")\\b");

    /**
     * A possessive and a person's kin or staff after a name: "Yeltsin's spokesman" is a person's, as "Clinton's wife".
     */
    static final Pattern KIN_AFTER = Pattern.compile(
            "^['’]s\\s+(?:wife|husband|widow|widower|son|sons|daughter|daughters|mother|father|brother|sister|"
                    + "fiancee|fiancée|girlfriend|boyfriend|bodyguards?|aides?|spokes(?:man|woman)|press secretary|"
                    + "chief of staff)\\b");

    /** Whether a word joins an acronym to a name with a hyphen: "Thomson-CSF", "CSF-Thomson". */
    static boolean acronymAfterHyphen(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1))
                && (isAcronym(word.substring(hyphen + 1)) || isAcronym(word.substring(0, hyphen)));
    }

    /**
     * Joins the organisation {@code org} and the mention of {@code names} right before it, of a type {@code types}
     * accepts and not in capitals, into one organisation in {@code names}: "Hokkaido" "Takushoku Bank", "China"
     * "Light and Power". False, and {@code names} as it was, when no such mention stands there.
     */
    static boolean joinedToNameBefore(String text, List<Token> tokens, List<Mention> names, Mention org,
                                              Predicate<Type> types) {
        Mention before = names.stream().filter(n -> n.end() == org.start() && types.test(n.type())
                && spacesOnly(text, tokens.get(n.end() - 1), tokens.get(n.end()))
                && !inCapitals(tokens, n.start(), n.end())).findFirst().orElse(null);
        if (before == null) {
            return false;
        }
        names.remove(before);
        names.add(new Mention(before.start(), org.end(), Type.ORG, spanText(text, tokens, before.start(), org.end()),
                false));
        return true;
    }

    /**
     * Where an organisation the model found in tokens [start, end) ends at the latest: before a lower-case word
     * after a legal form ("Goldman Sachs Group Inc raised its forecast"), before a lower-case title followed by
     * a capitalised word ("World Health Organization chief Tedros Adhanom Ghebreyesus": the title and the person
     * are no part of it), or before the kind of medium it is ("Interfax news agency"). Other lower-case words
     * stay: "ISIL tactical units" is a body a dashboard facets by.
     */
    static int beforeLowerCaseBreak(List<Token> tokens, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.word() && !t.capitalised() && (LEGAL_FORMS.contains(tokens.get(k - 1).text())
                    || TITLE_WORDS_BEFORE.contains(t.text()) && k + 1 < end && tokens.get(k + 1).capitalised()
                    || MEDIA_KINDS.contains(t.text()) || MEMBERS_WORDS.contains(t.text()))) {
                return k;
            }
        }
        return end;
    }

    /** Lower-case words of a body's people after its name, which are no part of it: "the ANC team". */
    static final Set<String> MEMBERS_WORDS = wordSet("team", "side", "squad", "delegation", "delegates",
            "officials", "leaders", "leadership", "members", "supporters", "negotiators", "lawmakers", "deputies");

    /** Lower-case words of what kind of medium a name is, after it: "Interfax news agency", "the Tass agency". */
    static final Set<String> MEDIA_KINDS = wordSet("news", "agency", "newspaper", "daily", "weekly",
            "magazine", "radio", "television");

    /**
     * Whether token {@code k} ends an event's name: one of {@link NameWords#EVENT_LAST_WORDS}, or "Games" after a word
     * of the multi-sport games ("Olympic Games", "Commonwealth Games"; not a company's: "Epic Games"); or a treaty's,
     * which is no body's or place's name either ("the Montreal Protocol", "the Maastricht Treaty"). "Rally" after a
     * body's adjective ends a party's name.
     */
    static boolean eventWord(List<Token> tokens, int k) {
        String word = tokens.get(k).text();
        if (word.equals("Rally") && k > 0 && BODY_ADJECTIVES.contains(tokens.get(k - 1).text())) {
            return false; // "the Constitutional Democratic Rally", "the National Rally": a party, no car rally
        }
        return EVENT_LAST_WORDS.contains(word) || TREATIES.contains(word)
                || word.equals("Games") && k > 0 && GAMES_KINDS.contains(tokens.get(k - 1).text());
    }

    /** Last words of treaties' names. */
    static final Set<String> TREATIES = wordSet("Treaty", "Protocol", "Accord", "Accords");

    /** The words before "Games" that make them multi-sport games. */
    static final Set<String> GAMES_KINDS = wordSet("Olympic", "Paralympic", "Commonwealth", "Asian",
            "Goodwill", "American", "African", "Mediterranean", "Arab", "Winter", "Summer", "Youth", "World",
            "Centennial");

    /** Abbreviations of "Saint" and "Mount" that end no name: the model's "St" of "St Helens". */
    static final Set<String> SAINT_ABBREVIATIONS = wordSet("St", "St.", "Ste", "Ste.", "Mt", "Mt.");

    /**
     * Where a name the model found ends, when it ends before token {@code end}: after the capitalised words (up to
     * three) that follow a "St" or "Mt" it ends with ("St Helens" found as "St", "St. Simons Island"), else at
     * {@code end}.
     */
    static int afterSaint(String text, List<Token> tokens, int end, int to) {
        if (!SAINT_ABBREVIATIONS.contains(tokens.get(end - 1).text())) {
            return end;
        }
        return afterCapitalised(text, tokens, end, to);
    }

    /** The first words of places' names that are no place alone: the model's "Cape" of "Cape Fear". */
    static final Set<String> PLACES_FIRST_WORDS = wordSet("Cape", "Mount", "Lake", "Fort", "Port", "Point");

    /**
     * Where a place the model found ends, when it is one of {@link #PLACES_FIRST_WORDS} alone: after the one
     * capitalised word that follows it ("Cape Fear" found as "Cape"), no title's; else at {@code end}. Not within a
     * longer run of capitalised words, as a heading's ("Fort Myers Plumbing Experts", "Ground Mount Installation").
     */
    static int afterPlacesFirstWord(String text, List<Token> tokens, int start, int end, int to, String type) {
        if (end - start != 1 || !type.equals("LOC") || !PLACES_FIRST_WORDS.contains(tokens.get(start).text())
                || end < to && TITLES.contains(tokens.get(end).text())
                || start > 0 && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()) {
            return end;
        }
        int after = afterCapitalised(text, tokens, end, to);
        return after == end + 1 && !(after < to && tokens.get(after).word() && tokens.get(after).capitalised())
                ? after : end;
    }

    /** After the capitalised words (up to three) from {@code end} on, only spaces between them. */
    private static int afterCapitalised(String text, List<Token> tokens, int end, int to) {
        int after = end;
        while (after < to && after - end < 3 && tokens.get(after).word() && tokens.get(after).capitalised()
                && spacesOnly(text, tokens.get(after - 1), tokens.get(after))) {
            after++;
        }
        return after;
    }

    /** Whether a word is a lower-case word that ends no name: not a legal form ("plc") nor an institution's word. */
    static boolean lowerCaseTail(Token t) {
        return t.word() && Character.isLowerCase(t.text().codePointAt(0)) && !LEGAL_FORMS.contains(t.text())
                && !ORG_SUFFIXES.contains(t.text()) && !elidedOf(t.text());
    }

    /** Whether a sentence has a capitalised word that is not just its ordinary first word; the model is costly. */
    static boolean mayHoldNames(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.capitalised() && (k > from || !NOT_NAMES.contains(t.text()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name's last word ends no place's or building's name: not "Falls", "Valley", "City", "Stadium". */
    static boolean endsNoPlace(String last) {
        return !LOC_SUFFIXES.contains(last) && !PLACE_LAST_WORDS.contains(last) && !FACILITIES.contains(last);
    }

    /** The words that end an airline's name. */
    static final Set<String> AIRLINE_WORDS = wordSet("Airlines", "Airways", "Airline");

    /**
     * Whether an airline's name ends before token {@code k}: at its word after another ("a Saudi Arabian Airlines
     * Boeing 747"), unless a company's word goes on ("Qantas Airways Ltd", "Scandinavian Airlines System").
     */
    static boolean airlineEndsBefore(List<Token> tokens, int k) {
        String next = tokens.get(k).text();
        return AIRLINE_WORDS.contains(tokens.get(k - 1).text())
                && !CONNECTORS.contains(tokens.get(k - 2).text().toLowerCase(Locale.ROOT))
                && !LEGAL_FORMS.contains(next) && !ORG_SUFFIXES.contains(next) && !COMPANY_LAST_WORDS.contains(next)
                && !next.equals("System");
    }

    /** Plural words whose possessive a body's name may hold: "People 's Liberation Army", "Workers ' Party". */
    static final Set<String> NAME_POSSESSORS = wordSet("People", "Workers", "Farmers", "Peasants",
            "Citizens", "Veterans", "Teachers", "Miners", "Students", "Employers", "Nurses", "Journalists", "Writers",
            "Pensioners", "Consumers", "Taxpayers", "Shareholders", "Soldiers", "Mothers", "Traders", "Growers",
            "Producers", "Exporters", "Dealers", "Bankers", "Dockers", "Engineers", "Officers", "Children");

    /** Whether token {@code i} is a possessive a body's name may hold ({@link #NAME_POSSESSORS}). */
    static boolean possessiveInName(List<Token> tokens, int i) {
        String mark = tokens.get(i).text();
        return (mark.equals("'s") || mark.equals("'")) && NAME_POSSESSORS.contains(tokens.get(i - 1).text());
    }

    /** A name's word after an elided "de" or "la": "d'Isere", "d'Estaing", "l'Aquila". */
    static final Pattern ELIDED_OF = Pattern.compile("[dl]['’]\\p{Lu}\\p{L}+");

    static boolean elidedOf(String word) {
        return word.length() > 3 && (word.charAt(1) == '\'' || word.charAt(1) == '’')
                && ELIDED_OF.matcher(word).matches();
    }

    /**
     * Whether token {@code i} is "of" or "for" and "the" (or "a") and a capitalised word follow it in a run a body's
     * word opens: "Front for the Liberation of Mozambique", "Party of the Democratic Left", "Movement for a Democratic
     * Slovakia", and again after the body's own "for" or "of": "Movement for the Survival of the Ogoni People".
     */
    static boolean bodysThe(List<Token> tokens, List<Integer> run, int i, int to) {
        String w = tokens.get(i).text();
        if (!(w.equals("of") || w.equals("for")) || i + 2 >= to
                || !(tokens.get(i + 1).text().equals("the") || tokens.get(i + 1).text().equals("a"))
                || !tokens.get(i + 2).capitalised()) {
            return false;
        }
        String first = tokens.get(run.get(0)).text();
        int head = run.size() >= 2 && (BODY_ADJECTIVES.contains(first) // "National Council for the Defence of"
                || DEMONYMS.contains(first)) ? 1 : 0; // "Gaullist Rally for the Republic"
        if (!BODIES.contains(tokens.get(run.get(head)).text())) {
            return false;
        }
        // the body's word alone so far, or it and its own "for" or "of" already: "Movement for the Survival of the
        // Ogoni People"
        String after = run.size() > head + 1 ? tokens.get(run.get(head + 1)).text() : "";
        return run.size() == head + 1 || after.equals("for") || after.equals("of");
    }

    /**
     * Whether token {@code k} is an institution's last word or a company's legal form, as a name's last word; not
     * "Co" before a county's name, where it is short for "County" ("Grange, Co Limerick").
     */
    static boolean institutional(String text, List<Token> tokens, int k) {
        String word = tokens.get(k).text();
        if (!ORG_SUFFIXES.contains(word)) {
            return compoundInstitution(word);
        }
        if (!word.equals("Co") && !word.equals("Co.") || k + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        return !(next.word() && next.capitalised() && !LEGAL_FORMS.contains(next.text())
                && spacesOnly(text, tokens.get(k), next));
    }

    /**
     * Whether a word is one of the compound names of banks and insurers that German, Dutch and Scandinavian write in
     * one word ("Volksbank", "Landesbank", "Handelsbanken", "Sparkasse", "Creditanstalt"): a capital, then lower-case
     * letters (four or more: not "Burbank") before the institution's word. Not English compounds of "bank"
     * ("Interbank", "Riverbank").
     */
    static boolean compoundInstitution(String word) {
        if (word.length() < 7 || !Character.isUpperCase(word.charAt(0)) || NOT_INSTITUTIONS.contains(word)) {
            return false;
        }
        for (String ending : INSTITUTION_ENDINGS) {
            int at = word.length() - ending.length();
            if (at >= 4 && word.endsWith(ending) && Character.isLowerCase(word.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The ends of one-word names of banks and insurers ({@link #compoundInstitution}). */
    static final List<String> INSTITUTION_ENDINGS = List.of("bank", "banken", "kasse", "anstalt",
            "versicherung", "gesellschaft");

    /** Words of a capital and "bank" that name no bank. */
    static final Set<String> NOT_INSTITUTIONS = wordSet("Interbank", "Riverbank", "Sandbank", "Databank",
            "Snowbank", "Mountebank", "Fogbank", "Gesellschaft");

    /** "of" in the languages of {@link NameWords#FOREIGN_BODY_HEADS}. */
    static final Set<String> FOREIGN_OF = wordSet("de", "di", "do", "da", "del", "des", "du", "della", "dos");

    /** Whether token {@code head} is a body's head word in another language and "of" in it follows: "Banco de". */
    static boolean foreignHeadAndOf(List<Token> tokens, int head) {
        return FOREIGN_BODY_HEADS.contains(tokens.get(head).text()) && FOREIGN_OF.contains(tokens.get(head + 1).text());
    }

    /**
     * Whether a possessive and one of {@code words}, what only a company has, follow the name that ends before token
     * {@code end}: "Grentham's chairman", "Vexlan's shareholders".
     */
    static boolean companysPossessive(List<Token> tokens, int end, Set<String> words) {
        return end + 1 < tokens.size() && Tokens.isPossessive(tokens.get(end).text())
                && words.contains(tokens.get(end + 1).text());
    }

    /** Whether a country's division in lower case follows the name that ends before token {@code end}: "province". */
    static boolean divisionAfter(List<Token> tokens, int end) {
        return end < tokens.size() && DIVISIONS.contains(tokens.get(end).text());
    }

    /**
     * Where a name starts in a capitalised run that opens a sentence (at token {@code from}): after a word that
     * stands before names ({@link NameWords#FORMER}: "Former Senate leader Bob Dole"), and after a plural and "of" or
     * "for" ("Shares of Microsoft Corp", "Workers for Acme Ltd") unless the plural heads an institution's name
     * ("Friends of the Earth" has no institutional last word to be found by).
     */
    static int afterOpeningWords(List<Token> tokens, int from, int start) {
        if (start != from || start + 2 >= tokens.size()) {
            return start;
        }
        String first = tokens.get(start).text();
        if (FORMER.contains(first)) {
            return start + 1;
        }
        boolean plural = first.length() > 3 && first.endsWith("s") && !first.endsWith("ss");
        String next = tokens.get(start + 1).text();
        return plural && (next.equals("of") || next.equals("for")) && !ORG_HEADS.contains(first) ? start + 2 : start;
    }

    /**
     * Where the name starts in a span that may open with titles: after "U.S. Deputy Secretary of State" in "U.S.
     * Deputy Secretary of State Kurt Campbell" (up to two words before a title, titles, and one capitalised word
     * after a title's "of" or "for").
     */
    static int afterTitles(List<Token> tokens, int start, int end) {
        int k = start;
        // "Mines and Energy Minister", "Trade and Industry Secretary": a portfolio of two
        boolean pair = end - start > 3 && (tokens.get(start + 1).text().equals("and")
                || tokens.get(start + 2).text().equals("and"));
        for (int f = start; f < Math.min(end - 1, start + (pair ? 5 : 3)); f++) {
            // but in "Transport and General Workers Union", "General" is no title: no title is next to it
            if (TITLES.contains(tokens.get(f).text()) && !(pair && tokens.get(f).text().equals("General")
                    && f > start && !TITLES.contains(tokens.get(f - 1).text())
                    && !TITLES.contains(tokens.get(f + 1).text()))) {
                k = f; // "U.S. Deputy Secretary", "Finance Minister": a place or portfolio before the title
                break;
            }
        }
        boolean titled = false;
        while (k < end - 1) {
            String w = tokens.get(k).text();
            if (TITLES.contains(w)) {
                titled = true;
            } else if (!(titled && (w.equals("of") || w.equals("for")
                    || Set.of("of", "for").contains(tokens.get(k - 1).text())
                    || k + 2 < end && MINISTERS.contains(tokens.get(k + 1).text())))) {
                break; // but a portfolio between titles goes on: "Deputy Defence Minister"
            }
            k++;
        }
        return k;
    }

    /*
     * The patterns after a name are tried only where the characters after it can start them: most names are
     * followed by none of them, and a matcher over the text after every name was a cost of its own.
     */

    /** {@link #ROLE_AFTER} after the word: ", a spokesman for". */
    static boolean roleAfter(String text, Token word) {
        return commaAndLookingAt(ROLE_AFTER, text, word);
    }

    /** {@link #ROLE_WORD_AFTER} after the word: ", the Polish poet". */
    static boolean roleWordAfter(String text, Token word) {
        return commaAndLookingAt(ROLE_WORD_AFTER, text, word);
    }

    /** Whether a comma follows the word (after spaces) and {@code pattern} matches from the word's end. */
    private static boolean commaAndLookingAt(Pattern pattern, String text, Token word) {
        int next = afterSpaces(text, word.end());
        return next < text.length() && text.charAt(next) == ',' && lookingAtAfter(pattern, text, word);
    }

    /** {@link #AS_ROLE_AFTER} after the word: " as chief secretary". */
    static boolean asRoleAfter(String text, Token word) {
        int next = afterSpaces(text, word.end());
        return next + 2 < text.length() && text.charAt(next) == 'a' && text.charAt(next + 1) == 's'
                && lookingAtAfter(AS_ROLE_AFTER, text, word);
    }

    /** {@link #SPEECH_AFTER} after the word: " said". */
    static boolean speechAfter(String text, Token word) {
        return lowerCaseWordAfter(text, word) && wordAfterIn(text, word, SPEECH_VERBS)
                && lookingAtAfter(SPEECH_AFTER, text, word);
    }

    /**
     * Whether the letters after the word and its spaces are one of {@code words}: what an expression of whole words
     * after spaces ("\\s+(?:said|says)\\b") needs before it matches; most words after a name are none of them, which
     * a look-up tells at a fraction of the expression's cost.
     */
    static boolean wordAfterIn(String text, Token word, Set<String> words) {
        int next = afterSpaces(text, word.end());
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return words.contains(text.substring(next, end));
    }

    /** Whether spaces and a lower-case letter follow the word. */
    static boolean lowerCaseWordAfter(String text, Token word) {
        int next = afterSpaces(text, word.end());
        return next > word.end() && next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    /** {@link #KIN_AFTER} after the word: "'s wife". */
    static boolean kinAfter(String text, Token word) {
        char next = word.end() < text.length() ? text.charAt(word.end()) : ' ';
        return (next == '\'' || next == '’') && lookingAtAfter(KIN_AFTER, text, word);
    }

    /** What a company's shares are called, before "such as" and its name: "property stocks such as Cheung Kong". */
    static final Set<String> STOCKS = wordSet("shares", "stocks", "issues", "blue-chips", "counters");

    /**
     * Whether the name's shares are spoken of right before it ("shares in Cheung Kong", "a stake in", "stocks such as
     * Cheung Kong"), and no possessive follows it ("shares in Li Ka-shing's Cheung Kong" name its owner).
     */
    static boolean heldAsShares(String text, List<Token> tokens, int start, int end) {
        if (end < tokens.size() && Tokens.isPossessive(tokens.get(end).text())) {
            return false;
        }
        int before = tokens.get(start).start();
        String previous = wordBefore(text, before);
        if (previous.isEmpty() || before <= previous.length()) {
            return false;
        }
        String twoBefore = wordBefore(text, before - previous.length() - 1);
        if (previous.equals("in") || previous.equals("of")) {
            return SHARES.contains(twoBefore);
        }
        if (!previous.equals("as") || !twoBefore.equals("such")) {
            return false;
        }
        int suchAt = before - previous.length() - 1 - twoBefore.length() - 1;
        return suchAt > 0 && STOCKS.contains(wordBefore(text, suchAt));
    }

    /**
     * Whether a common noun next to the name says what it is: "carmaker Volvo", "the New Democracy party", "shares in
     * Lonrho".
     */
    static boolean namedAsOrganisation(String text, List<Token> tokens, int start, int end) {
        int before = tokens.get(start).start();
        String previous = wordBefore(text, before);
        if (ORG_WORDS_BEFORE.contains(previous)
                || lowerCaseWordAfter(text, tokens.get(end - 1))
                && wordAfterIn(text, tokens.get(end - 1), ORG_WORDS_AFTER_FIRST)
                && ORG_AFTER.matcher(text).region(tokens.get(end - 1).end(), text.length()).lookingAt()
                || describedAsBody(text, tokens, end) || companysPossessive(tokens, end, COMPANYS)) {
            return true;
        }
        if (employeeBefore(text, tokens, start)
                && !(end < tokens.size() && Tokens.isPossessive(tokens.get(end).text()))) {
            return true; // "a spokesman for Quelmark", "strategists at Verlan"; not "a spokesman for Kenya's ministry"
        }
        if (previous.equals("and") && start >= 4 && tokens.get(start - 1).text().equals("and")) {
            // "dealers at Barclays and Deutsche Morgan Grenfell": the second of two employers
            int k = start - 2;
            while (k > start - 5 && k > 1 && tokens.get(k).word() && tokens.get(k).capitalised()) {
                k--;
            }
            String at = tokens.get(k).text();
            if (k < start - 2 && (at.equals("at") || at.equals("for"))
                    && EMPLOYEES.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // "shares in Lonrho": the word before "in" (one space before the name)
        return (previous.equals("in") || previous.equals("of")) && before > previous.length()
                && SHARES.contains(wordBefore(text, before - previous.length() - 1));
    }

    /**
     * Whether "for" or "at" and a word of {@link NameWords#EMPLOYEES} come before the name that starts at token {@code
     * start}: "a spokesman for", "analysts at".
     */
    static boolean employeeBefore(String text, List<Token> tokens, int start) {
        int before = tokens.get(start).start();
        String previous = wordBefore(text, before);
        return (previous.equals("for") || previous.equals("at")) && before > previous.length()
                && EMPLOYEES.contains(wordBefore(text, before - previous.length() - 1));
    }

    /** Whether a description of a company or another body follows the name that ends before token {@code end}. */
    static boolean describedAsBody(String text, List<Token> tokens, int end) {
        return commaAndLookingAt(BODY_DESCRIBED_AFTER, text, tokens.get(end - 1));
    }
}
