package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.Acronyms.isAcronym;
import static io.newsflow.enrich.entities.CompaniesAndBodies.anyOf;
import static io.newsflow.enrich.entities.NameContexts.NAME_POSSESSORS;
import static io.newsflow.enrich.entities.NameContexts.afterOpeningWords;
import static io.newsflow.enrich.entities.NameContexts.afterPlacesFirstWord;
import static io.newsflow.enrich.entities.NameContexts.afterSaint;
import static io.newsflow.enrich.entities.NameContexts.afterTitles;
import static io.newsflow.enrich.entities.NameContexts.airlineEndsBefore;
import static io.newsflow.enrich.entities.NameContexts.bodysThe;
import static io.newsflow.enrich.entities.NameContexts.compoundInstitution;
import static io.newsflow.enrich.entities.NameContexts.elidedOf;
import static io.newsflow.enrich.entities.NameContexts.eventWord;
import static io.newsflow.enrich.entities.NameContexts.foreignHeadAndOf;
import static io.newsflow.enrich.entities.NameContexts.institutional;
import static io.newsflow.enrich.entities.NameContexts.joinedToNameBefore;
import static io.newsflow.enrich.entities.NameContexts.mayHoldNames;
import static io.newsflow.enrich.entities.NameContexts.possessiveInName;
import static io.newsflow.enrich.entities.NameWords.ARABIC_ARTICLE;
import static io.newsflow.enrich.entities.NameWords.BODIES;
import static io.newsflow.enrich.entities.NameWords.COMMON_ACRONYMS;
import static io.newsflow.enrich.entities.NameWords.COMPANY_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.CONNECTORS;
import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.EVENT_LAST_WORDS;
import static io.newsflow.enrich.entities.NameWords.FACILITIES;
import static io.newsflow.enrich.entities.NameWords.FIGHTERS;
import static io.newsflow.enrich.entities.NameWords.FORMER;
import static io.newsflow.enrich.entities.NameWords.FOREIGN_BODY_HEADS;
import static io.newsflow.enrich.entities.NameWords.GENERIC_BODIES;
import static io.newsflow.enrich.entities.NameWords.LEGAL_FORMS;
import static io.newsflow.enrich.entities.NameWords.MONTH_NAMES;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.ORG_HEADS;
import static io.newsflow.enrich.entities.NameWords.ORG_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.PREPOSITIONS_OF_PLACE;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.TokenSpans.adjacent;
import static io.newsflow.enrich.entities.TokenSpans.inCapitals;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.joins;
import static io.newsflow.enrich.entities.TokenSpans.overlaps;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCase;
import static io.newsflow.enrich.entities.TokenSpans.titleCased;
import static io.newsflow.enrich.entities.TokenSpans.wordBefore;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;
import static io.newsflow.enrich.entities.TokenSpans.words;

import io.newsflow.enrich.entities.Gazetteer.Entry;
import io.newsflow.enrich.entities.Gazetteer.Kind;
import io.newsflow.enrich.entities.Tokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * The per-sentence tagging: the names the model finds in a sentence and the capitalised runs it leaves alone,
 * matched against the known spellings, cut at titles and opening words, classified by their words and typed as a
 * person, an organisation or a location. Stateless apart from the shared, immutable {@link Lexicon}; the thread's
 * own name finder is handed in with each sentence: thread-safe.
 */
final class SentenceTagger extends NameClassifier {

    SentenceTagger(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /** Legal forms written before a company's name: "AB Volvo", "Oy Nokia", "PT Astra", "OAO Gazprom". */
    static final Set<String> LEGAL_FORMS_BEFORE = wordSet("AB", "Oy", "PT", "NV", "OAO", "ZAO",
            "RAO");

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
        bodiesOfPluralPossessives(text, tokens, from, to, known);
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
            int spanEnd = afterPlacesFirstWord(text, tokens, from + s.getStart(), afterSaint(text, tokens,
                    beforeBracket(tokens, from + s.getStart(), from + s.getEnd()), to), to, s.getType());
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
            if (eventEnd > 0 && known.stream().anyMatch(k -> k.known() && k.start() < eventEnd && spanStart < k.end()
                    && k.end() > eventEnd)) {
                continue; // "the North Atlantic Treaty Organisation": a treaty's name that opens a known body's
            }
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
                    && !twoRegions(text, tokens, known, m) && !companyOfAPlace(tokens, known, m)) {
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
     * Where the model's name from token {@code start} to {@code end} ends: at its first bracket, which no name
     * holds ("Newcastle United ( England ) 2": the club, then its country in brackets).
     */
    static int beforeBracket(List<Token> tokens, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            String word = tokens.get(k).text();
            if (word.equals("(") || word.equals(")")) {
                return k;
            }
        }
        return end;
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
     * Whether the model's name {@code m} is an organisation the lists know, "of" and a place they know: two names,
     * the organisation and its country or city ("Nokia of Finland", "Real Madrid of Spain"), which stay the lists'.
     */
    private static boolean companyOfAPlace(List<Token> tokens, List<Mention> known, Mention m) {
        Mention body = known.stream().filter(k -> k.start() == m.start() && k.type() == Type.ORG).findFirst()
                .orElse(null);
        if (body == null || body.end() + 1 >= m.end() || !tokens.get(body.end()).text().equals("of")) {
            return false;
        }
        int place = tokens.get(body.end() + 1).text().equals("the") ? body.end() + 2 : body.end() + 1;
        return known.stream().anyMatch(k -> k.start() == place && k.end() == m.end() && k.type() == Type.LOC);
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

    /** Directions that open a region's name before a place: "Western Cape", "Northern Territory". */
    static final Set<String> REGIONS_DIRECTIONS = wordSet("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central");

    /**
     * The model's spans, where two places the lists do not know stand side by side with only spaces between them
     * after a preposition of place ("off" "Milford" "Haven"), or a direction and a place ("Western" "Cape"), made
     * one: one place's name in two words.
     */
    Span[] joinedPlaces(String text, List<Token> tokens, int from, Span[] spans) {
        List<Span> joined = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.getEnd() == s.getStart() && last.getType().equals("LOC")
                    && s.getType().equals("LOC") && last.getEnd() - last.getStart() == 1 && s.length() == 1
                    && spacesOnly(text, tokens.get(from + last.getStart()), tokens.get(from + s.getStart()))
                    && (PREPOSITIONS_OF_PLACE.contains(wordBefore(text, tokens.get(from + last.getStart()).start()))
                    && lookup(tokens, from + last.getStart(), from + last.getEnd()) == null
                    && lookup(tokens, from + s.getStart(), from + s.getEnd()) == null
                    || REGIONS_DIRECTIONS.contains(tokens.get(from + last.getStart()).text()))) {
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
            boolean leftJoined = joinedToNameWordBefore(text, tokens, i);
            boolean rightJoined = i + n < tokens.size() && joins(text, tokens.get(i + n - 1), tokens.get(i + n));
            boolean organisation = entry.kind() == Kind.ORGANIZATION;
            if (organisation && leftJoined && (isPlace(before.text()) || i - 1 == from && common(before.text()))) {
                // "Kenya Red Cross": a place before an organisation says where, not which; "Rival Sandoz", "Giant
                // Motorola": nor does a sentence's common first word
                leftJoined = false;
            }
            if (organisation && leftJoined && !common(first) && !REGIONS_DIRECTIONS.contains(before.text())
                    && isDescriptive(tokens, i - 1, i) && !joinedToNameWordBefore(text, tokens, i - 1)) {
                // "Lebanese Hizbollah", "Brazilian Petrobras": a people's adjective says whose, before a name that is
                // no common word ("African National Congress", "Irish Times" are names of their own); not within a
                // longer name ("World Jewish Congress")
                leftJoined = false;
            }
            if (entry.kind() == Kind.COUNTRY && leftJoined && gazetteer.isState(before.text())) {
                leftJoined = false; // "the U.S. Middle East envoy": a region after a country is a name of its own
            }
            if (organisation && rightJoined && portfolio(tokens, i, i + n)) {
                return null; // "Labour Minister Norbert Bluem", "the Labour Ministry": a portfolio, not the party
            }
            if (organisation && rightJoined && (TITLES.contains(tokens.get(i + n).text())
                    || partyLeadersTitle(tokens, i + n) // "Senate Majority Leader Trent Lott"
                    || PARTY_MEMBERS.contains(tokens.get(i + n).text()) // "Senate Republicans": its members
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

    /**
     * Whether token {@code i} continues the capitalised word right before it, which is neither an opener ("The"), a
     * title nor "Former" ("Former U.S. Senator George Mitchell"): "George" of "George Washington", "World" of "World
     * Jewish Congress". A sentence never starts after such a word (it starts after a stop or a line break).
     */
    private static boolean joinedToNameWordBefore(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return joins(text, before, tokens.get(i)) && !NOT_NAMES.contains(before.text())
                && !TITLES.contains(before.text()) && !FORMER.contains(before.text());
    }

    /** A party's members in a body, after the body's name: "Senate Republicans", "House Democrats". */
    static final Set<String> PARTY_MEMBERS = wordSet("Republicans", "Democrats");

    /** Whether tokens from {@code k} are "Majority" or "Minority" and a title: "Majority Leader", "Minority Whip". */
    private static boolean partyLeadersTitle(List<Token> tokens, int k) {
        String w = tokens.get(k).text();
        return (w.equals("Majority") || w.equals("Minority")) && k + 1 < tokens.size()
                && (TITLES.contains(tokens.get(k + 1).text()) || tokens.get(k + 1).text().equals("Whip"));
    }

    /** Makers of airliners, whose name and a model number after an airline's name are the airline's aircraft. */
    static final Set<String> AIRCRAFT_MAKERS = wordSet("Airbus", "Boeing", "McDonnell", "Fokker", "Tupolev",
            "Ilyushin", "Antonov", "Yakovlev", "Lockheed", "Embraer", "Bombardier", "ATR", "Dornier", "Douglas");

    /**
     * Whether the last one to three words of a run, before token {@code i}, spell an organisation the lists know
     * that opens with no common word, nor after a connector ("Ministry of Labour and Social Affairs").
     */
    boolean endsWithKnownOrganisation(List<Token> tokens, List<Integer> run, int i) {
        for (int n = 1; n <= 3 && n <= run.size() && run.get(run.size() - n) == i - n; n++) {
            if (common(tokens.get(i - n).text())
                    || n < run.size() && CONNECTORS.contains(tokens.get(i - n - 1).text())) {
                continue;
            }
            Entry entry = lookup(tokens, i - n, i);
            if (entry != null && entry.kind() == Kind.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /** Runs of capitalised tokens not taken yet, joined by connectors such as "of"; token indexes. */
    List<List<Integer>> capitalisedRuns(String text, List<Token> tokens, int from, int to, boolean[] taken) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (run.isEmpty() && !(t.word() && t.capitalised())) {
                continue; // most words: no run to go on, and none to start
            }
            boolean free = !taken[i - from];
            boolean name = free && t.word() && (t.capitalised() || !run.isEmpty() && elidedOf(t.text()))
                    && !(run.isEmpty() && NOT_NAMES.contains(t.text())) // "Val d'Isere"
                    && !describesTheCompanyAfter(tokens, from, i, to); // "Carmaker Volvo said"
            // "Movement for a Democratic Slovakia": an article after a body's "for", as "the" after it
            boolean article = t.text().equals("a") && run.size() >= 2 && run.get(run.size() - 1) == i - 1
                    && bodysThe(tokens, run.subList(0, run.size() - 1), i - 1, to);
            boolean connector = !run.isEmpty() && free && (CONNECTORS.contains(t.text()) || article) && i + 1 < to
                    && !LEGAL_FORMS.contains(tokens.get(i - 1).text()) // a legal form ends a company's name
                    // so does a company's last word before "and" ("ANZ Bank and National Australia Bank"), unless
                    // the word after it is one too ("Farmers Bank and Trust")
                    && !(t.text().equals("and") && COMPANY_LAST_WORDS.contains(tokens.get(i - 1).text())
                    && !ORG_SUFFIXES.contains(tokens.get(i + 1).text()))
                    // and so does a name before "and" and a foreign body's first word ("Grupo Televisa and Groupe
                    // Danone")
                    && !(t.text().equals("and") && FOREIGN_BODY_HEADS.contains(tokens.get(i + 1).text()))
                    // and so does a known organisation's name ("ABN AMRO Hoare Govett and Kempen & Co"), and a
                    // given name and one word ("Bill Gates and Netscape Communications Corp"; but "Arthur Andersen
                    // and Co")
                    && !(t.text().equals("and") && endsWithKnownOrganisation(tokens, run, i))
                    && !(t.text().equals("and") && run.size() == 2 && run.get(0) == i - 2
                    && gazetteer.isGivenName(tokens.get(i - 2).text()) && !ORG_SUFFIXES.contains(tokens.get(i + 1)
                    .text()))
                    // nor a given name of any list and one word before another and one more ("Juergen Klinsmann and
                    // Mehmet Scholl scoring"): two people
                    && !(t.text().equals("and") && run.size() == 2 && run.get(0) == i - 2 && i + 2 < to
                    && gazetteer.isAnyGivenName(tokens.get(i - 2).text())
                    && gazetteer.isAnyGivenName(tokens.get(i + 1).text()) && tokens.get(i + 2).capitalised())
                    && (tokens.get(i + 1).capitalised() || bodysThe(tokens, run, i, to)) && !taken[i + 1 - from]
                    && !(NOT_NAMES.contains(tokens.get(i + 1).text()) // not "Volvo on Tuesday"; "Ministry of Posts"
                    && !(t.text().equals("of") && NAMES_AFTER_OF.contains(tokens.get(i + 1).text())))
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

    /**
     * Bodies whose names hold a plural possessive and end with a body's word ("the Professional Footballers '
     * Association", "the Transport and General Workers ' Union", "the Writers ' Guild of America"), into {@code
     * known}: whole, over the words of it the lists know, unless the lists know the possessive as part of a name.
     * The owner is a capitalised plural of people ("Footballers") or a common word in lower case.
     */
    void bodiesOfPluralPossessives(String text, List<Token> tokens, int from, int to, List<Mention> known) {
        for (int p = from + 1; p + 1 < to; p++) {
            Token owner = tokens.get(p - 1);
            String word = owner.text();
            if (!tokens.get(p).text().equals("'") || !owner.word() || !owner.capitalised() || word.length() < 4
                    || !word.endsWith("s") || inUpperCase(word)
                    || !(NAME_POSSESSORS.contains(word) || word.endsWith("ers") || common(word))) {
                continue;
            }
            int end = p + 1;
            while (end < to && end - p <= 4 && tokens.get(end).capitalised()) {
                end++;
            }
            String last = tokens.get(end - 1).text();
            if (end == p + 1 || !(ORG_SUFFIXES.contains(last) || UNION_LAST_WORDS.contains(last))
                    || LEGAL_FORMS.contains(last)) {
                continue;
            }
            if (end + 1 < to && (tokens.get(end).text().equals("of") || tokens.get(end).text().equals("for"))
                    && tokens.get(end + 1).capitalised()) {
                end += 2; // "of America", "for Human Rights"
                while (end < to && tokens.get(end).capitalised()) {
                    end++;
                }
            }
            int start = p - 1;
            while (start > from && capitalisedName(tokens.get(start - 1))) {
                start--;
            }
            if (start - 2 > from && tokens.get(start - 1).text().equals("and")
                    && capitalisedName(tokens.get(start - 2)) && !capitalisedName(tokens.get(start - 3))) {
                start -= 2; // "Transport and General Workers": one word and "and" before
            }
            int at = p;
            if (known.stream().anyMatch(k -> k.start() <= at && at < k.end())) {
                continue;
            }
            int first = start;
            int after = end;
            known.removeIf(k -> first <= k.start() && k.end() <= after);
            known.add(new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false));
            known.sort((a, b) -> Integer.compare(a.start(), b.start()));
            p = end;
        }
    }

    private static boolean capitalisedName(Token t) {
        return t.capitalised() && !NOT_NAMES.contains(t.text());
    }

    /** Last words of unions', federations' and societies' names. */
    static final Set<String> UNION_LAST_WORDS = wordSet("Union", "Federation", "Association", "Confederation",
            "Council", "Society", "Institute", "Guild");

    static void flush(List<List<Integer>> runs, List<Integer> run) {
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
            run.clear();
        }
    }

    /**
     * A capitalised run that ends with an institutional word ("Ministry", "Authority"...), or that a body's word
     * heads before "of", "for" or "on" ("Forum for the Restoration of Democracy", "Movement for Democratic Change",
     * "Council on Foreign Relations"), as an
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
        if (end - start == 1 && end < tokens.size() && FIGHTERS.contains(tokens.get(end).text())
                && isAcronym(tokens.get(start).text()) && tokens.get(start).text().length() > 2
                && !COMMON_ACRONYMS.contains(tokens.get(start).text()) && !inCapitals(tokens, start, end + 1)) {
            return new Mention(start, end, Type.ORG, tokens.get(start).text(), false); // "ETA guerrillas"
        }
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
        end = beforeOfAPerson(tokens, start, end);
        boolean headed = (headAndOf(tokens, start, end) || headAndFor(tokens, start, end)
                || headAndOn(tokens, start, end)
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
     * Where an institution's name ends in tokens [start, end) that may end with "of" and a person's name of two or
     * three words, a given name first, that no list knows ("the opposition Pakistan Muslim League of Nawaz Sharif"):
     * at that "of"; else at {@code end}.
     */
    int beforeOfAPerson(List<Token> tokens, int start, int end) {
        for (int of = Math.max(start + 2, end - 4); of <= end - 3; of++) {
            if (tokens.get(of).text().equals("of") && gazetteer.isAnyGivenName(tokens.get(of + 1).text())
                    && !isPlace(tokens.get(of + 1).text()) && lookup(tokens, of + 1, end) == null
                    && noCommonWord(tokens, of + 1, end)) {
                return of;
            }
        }
        return end;
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

}
