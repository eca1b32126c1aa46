package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.CompaniesAndBodies.extendToOrganisation;
import static io.newsflow.enrich.entities.NameWords.DEMONYMS;
import static io.newsflow.enrich.entities.NameWords.LOC_SUFFIXES;
import static io.newsflow.enrich.entities.NameWords.NOT_NAMES;
import static io.newsflow.enrich.entities.NameWords.PLAYED_FOR;
import static io.newsflow.enrich.entities.NameWords.POSITIONS;
import static io.newsflow.enrich.entities.NameWords.RESULT_VERBS;
import static io.newsflow.enrich.entities.NameWords.SPORTS;
import static io.newsflow.enrich.entities.NameWords.TEAM_AFTER;
import static io.newsflow.enrich.entities.NameWords.TITLES;
import static io.newsflow.enrich.entities.NameWords.TITLE_WORDS_BEFORE;
import static io.newsflow.enrich.entities.NameWords.TRANSFER_VERBS;
import static io.newsflow.enrich.entities.NameWords.VENUES;
import static io.newsflow.enrich.entities.NameWords.VERSUS;
import static io.newsflow.enrich.entities.SportsResults.score;
import static io.newsflow.enrich.entities.SportsResults.sideName;
import static io.newsflow.enrich.entities.TokenSpans.adjacent;
import static io.newsflow.enrich.entities.TokenSpans.capitalisedBefore;
import static io.newsflow.enrich.entities.TokenSpans.closingParenthesis;
import static io.newsflow.enrich.entities.TokenSpans.covering;
import static io.newsflow.enrich.entities.TokenSpans.inCapitals;
import static io.newsflow.enrich.entities.TokenSpans.inUpperCase;
import static io.newsflow.enrich.entities.TokenSpans.isWholeNumber;
import static io.newsflow.enrich.entities.TokenSpans.replace;
import static io.newsflow.enrich.entities.TokenSpans.spacesOnly;
import static io.newsflow.enrich.entities.TokenSpans.spanText;
import static io.newsflow.enrich.entities.TokenSpans.titleCase;
import static io.newsflow.enrich.entities.TokenSpans.titleCased;
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
 * The rules for the sports pages' teams, clubs and players: teams by what they do, clubs of cities and of players,
 * line-ups and lists of players, players with their clubs or countries, venues, stage races and the headings of
 * sports. Stateless apart from the shared, immutable {@link Lexicon}: thread-safe.
 */
final class TeamsAndPlayers extends Lexicon {

    TeamsAndPlayers(Gazetteer gazetteer, WordClasses vocabulary) {
        super(gazetteer, vocabulary);
    }

    /** A team's staff's roles: "technical director", "team principal", "coach". */
    static final Set<String> STAFF_ROLES = wordSet("director", "principal", "manager", "coach", "boss",
            "chairman", "owner");

    /**
     * Whether a team's staff's role, maybe after one word in lower case, and a capitalised name start at token
     * {@code k}: "technical director Patrick Head", "coach Guy Noves".
     */
    static boolean teamsStaff(List<Token> tokens, int k) {
        int role = k + 1 < tokens.size() && tokens.get(k).word() && Character.isLowerCase(tokens.get(k).text()
                .charAt(0)) && !STAFF_ROLES.contains(tokens.get(k).text()) ? k + 1 : k;
        return role + 1 < tokens.size() && STAFF_ROLES.contains(tokens.get(role).text())
                && tokens.get(role + 1).capitalised();
    }

    /** A player's role between a team and the player: "Williams driver Damon Hill", "Juventus midfielder". */
    static final Set<String> PLAYERS_ROLES = union(POSITIONS, wordSet("driver", "rider", "forward",
            "playmaker", "sweeper", "shortstop", "outfielder", "linebacker", "team-mate", "teammate"));

    /** Results before a score, "at" and a known place, which make it a team: "lost 3-1 at Hamburg". */
    static final Set<String> AWAY_RESULTS = wordSet("won", "lost", "drew", "win", "loss", "draw", "defeat",
            "victory");

    /** Words before a place that make it a team: "beat Somerset", "Lyon v Paris". */
    static final Set<String> TEAM_BEFORE = wordSet("beat", "beats", "defeated", "thrashed", "edged",
            "routed", "v", "vs", "vs.", "beating", "defeating", "thrashing", "edging", "routing");

    /** Plurals after a city that make no club: its events, agreements and gatherings ("the Paris Talks"). */
    static final Set<String> CLUB_NOT_AFTER_CITY = wordSet("Games", "Olympics", "Paralympics", "Talks",
            "Accords", "Agreements", "Conventions", "Protocols", "Riots", "Attacks", "Bombings", "Trials", "Hearings",
            "Awards", "Protests", "Elections", "Marathons", "Summits", "Negotiations", "Residents", "Voters",
            "Officials", "Police", "Schools", "Streets", "Suburbs", "Docklands", "Airports", "Stations");

    /**
     * Whether mention {@code i} and the mention next to it on side {@code side} (1: after, -1: before) stand either
     * side of a "v", the other a club, an organisation.
     */
    static boolean opposedTo(List<Token> tokens, List<Mention> mentions, int i, int side) {
        int j = i + side;
        if (j < 0 || j >= mentions.size()) {
            return false;
        }
        Mention first = mentions.get(Math.min(i, j));
        Mention second = mentions.get(Math.max(i, j));
        return second.start() == first.end() + 1 && VERSUS.contains(tokens.get(first.end()).text())
                && mentions.get(j).type() == Type.ORG;
    }

    /**
     * A place that plays is a club, an organisation: a city, a county or a place the model found, right before a
     * result or a player's role ("Leicestershire beat Somerset by an innings", "Essex captain Paul Prichard") or right
     * after a result ("drew with Lyon", "lost 3-0 to Kent", "Lyon v Paris", "beating Warrington"; in a sports
     * story, also "play Leeds", "leaders Liverpool", "22 points for Chicago"; a known place after a result and "at":
     * "lost 3-1 at Hamburg", "a 3-1 win at Valencia"), or before a comma and "who" ("Karlsruhe, who lost"). A place
     * found as a result's side is that team wherever the text names it ("Valencia have now lost"); not one found
     * from "v" or "who" alone, which comparisons, lawsuits and people share. A country stays a location: its team is
     * reported as the country, as newswire does; a state or region plays only in a sports story ("30 saves for
     * Colorado"). A surname alone right before a player's role and a name is a team
     * too ("Williams driver Damon Hill"), and so is a name between "the" and "team" ("the Banesto team", "the German
     * Telekom team"), unless it is a place that is a country or a people's; in a sports story, so is one word the
     * model took for a person that "v" opposes to a club ("Forfar v Celtic").
     */
    void teams(String text, List<Token> tokens, List<Mention> mentions) {
        namedTeams(text, tokens, mentions);
        boolean sports = sportsStory(tokens);
        Set<String> teams = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // one word taken for a person that no list knows, which the three clauses below may find a team
            boolean loneUnknownPerson = m.type() == Type.PER && m.end() - m.start() == 1 && !m.known();
            if (loneUnknownPerson && (m.end() + 1 < tokens.size()
                    && PLAYERS_ROLES.contains(tokens.get(m.end()).text()) && tokens.get(m.end() + 1).capitalised()
                    || m.end() + 2 < tokens.size() && tokens.get(m.end()).text().equals("team")
                    && tokens.get(m.end() + 1).text().equals("mate") && tokens.get(m.end() + 2).capitalised()
                    || sports && teamsStaff(tokens, m.end()))) {
                // "Williams driver Damon Hill", "Williams team mate Jacques Villeneuve", in a sports story "Williams
                // technical director Patrick Head": his team, not a person
                mentions.set(i, m.as(Type.ORG));
                continue;
            }
            if (sports && loneUnknownPerson && m.start() > 1 && tokens.get(m.start() - 1).text().equals("for")
                    && RACED_FOR.contains(tokens.get(m.start() - 2).text().toLowerCase(Locale.ROOT))) {
                mentions.set(i, m.as(Type.ORG)); // "Villeneuve will drive for Williams": a team, not a person
                continue;
            }
            if (sports && loneUnknownPerson
                    && (opposedTo(tokens, mentions, i, 1) || opposedTo(tokens, mentions, i, -1))) {
                mentions.set(i, m.as(Type.ORG)); // "Forfar v Celtic": a club's opponent is a club
                continue;
            }
            if (m.type() != Type.LOC || gazetteer.isNation(m.name()) || !sports && gazetteer.isCountry(m.name())) {
                continue; // a state only in a sports story: "New York vs. Delaware" compares the states' laws
            }
            String after = m.end() < tokens.size() ? tokens.get(m.end()).text().toLowerCase(Locale.ROOT) : "";
            String before = m.start() > 0 ? tokens.get(m.start() - 1).text().toLowerCase(Locale.ROOT) : "";
            String twoBefore = m.start() > 1 ? tokens.get(m.start() - 2).text().toLowerCase(Locale.ROOT) : "";
            boolean scored = m.start() >= 5 && score(text, tokens, m.start() - 4) >= 0;
            if (scored) {
                // "lost 3-0 to Southampton": a score between the result and the side
                twoBefore = tokens.get(m.start() - 5).text().toLowerCase(Locale.ROOT);
            }
            boolean who = after.equals(",") && m.end() + 1 < tokens.size()
                    && tokens.get(m.end() + 1).text().equals("who");
            if (TEAM_AFTER.contains(after) && (!after.equals("drew") || drawnMatch(text, tokens, m.end() + 1))
                    || TEAM_BEFORE.contains(before) || who
                    // "Former Liverpool and Tottenham striker Ian Rush": both clubs before the player's role
                    || after.equals("and") && nameBeforeRole(tokens, mentions, m.end() + 1)
                    || sports && SPORTS_TEAM_BEFORE.contains(before) // "United play Leeds", "leaders Liverpool"
                    || sports && SPORTS_TEAM_AFTER.contains(after) // "Barcelona face AIK Stockholm"
                    // "Newcastle paid Blackburn", "signed for Newcastle", "sold to Newcastle", "joined Newcastle from
                    // Blackburn": a transfer's clubs
                    || sports && (TRANSFER_VERBS.contains(after) || TRANSFER_VERBS.contains(before)
                    || before.equals("for") && (PLAYED_FOR.contains(twoBefore) || STATS_FOR.contains(twoBefore)
                    || !twoBefore.isEmpty() && twoBefore.chars().allMatch(Character::isDigit)) // "had 26 for New York"
                    || before.equals("to") && TRANSFER_VERBS.contains(twoBefore)
                    || before.equals("from") && m.start() >= 3
                    && (TRANSFER_VERBS.contains(tokens.get(m.start() - 3).text().toLowerCase(Locale.ROOT))
                    || transferredPlayerBefore(tokens, mentions, m.start() - 1))
                    // "Dortmund's Matthias Sammer scored", "Hamburg's coach Felix Magath": the club's people
                    || Tokens.isPossessive(after) && mentions.stream().anyMatch(o -> o.type() == Type.PER
                    && (o.start() == m.end() + 1 || o.start() == m.end() + 2
                    && TITLE_WORDS_BEFORE.contains(tokens.get(m.end() + 1).text()))))
                    || before.equals("with") && (twoBefore.equals("drew") || twoBefore.equals("draw"))
                    || before.equals("by") && (twoBefore.equals("draw") || twoBefore.equals("beaten"))
                    || before.equals("out") && twoBefore.equals("bowled")
                    || before.equals("to") && (twoBefore.equals("lost") || twoBefore.equals("losing"))
                    // "Southampton lost", "Coventry won 2-0", "Barcelona won at the Nou Camp", "lost at home to
                    // Wimbledon": a side's result
                    || sports && (after.equals("lost") || after.equals("won") && (score(text, tokens, m.end() + 1) >= 0
                    || m.end() + 1 < tokens.size() && AWAY_OR_AT.contains(tokens.get(m.end() + 1).text()))
                    || before.equals("to") && twoBefore.equals("home"))
                    || before.equals("at") && AWAY_RESULTS.contains(twoBefore)
                    && lookup(tokens, m.start(), m.end()) != null) {
                mentions.set(i, m.as(Type.ORG));
                if (!who && !VERSUS.contains(before) && !VERSUS.contains(after)) {
                    teams.add(m.name());
                }
            }
        }
        for (int i = 0; i < mentions.size() && !teams.isEmpty(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == Type.LOC && teams.contains(m.name())) {
                mentions.set(i, m.as(Type.ORG));
            }
        }
    }

    /** Words after "drew" that make it a match's draw: "drew with Lyon", "drew level", "drew 1-1". */
    static final Set<String> DRAWN = wordSet("with", "level", "away", "at", "against", "home");

    /**
     * Whether a match's draw goes on at token {@code k}, after "drew": a score or a word of a draw ({@link #DRAWN});
     * not a crowd drawn ("Atlanta drew two million visitors").
     */
    static boolean drawnMatch(String text, List<Token> tokens, int k) {
        return k < tokens.size() && (DRAWN.contains(tokens.get(k).text()) || score(text, tokens, k) >= 0);
    }

    /** Words of a team's people after its name: a player's role or a captain's, coach's or manager's. */
    static final Set<String> TEAMS_ROLES = union(PLAYERS_ROLES, wordSet("captain", "skipper", "coach", "manager"));

    /** Whether a name starts at token {@code k} and a team's role follows it: "Tottenham striker". */
    private static boolean nameBeforeRole(List<Token> tokens, List<Mention> mentions, int k) {
        for (Mention o : mentions) {
            if (o.start() == k && o.end() < tokens.size() && TEAMS_ROLES.contains(tokens.get(o.end()).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Positions on a team, between the player's club and the player: "Blackburn striker Chris Sutton", "Wasps flanker
     * Lawrence Dallaglio", "Queensland paceman Andy Bichel", "Buffalo goaltender Dominik Hasek".
     */
    static final Set<String> PLAYERS_POSITIONS = union(POSITIONS, wordSet("keeper", "goalie", "forward", "sweeper",
            "playmaker", "full-back", "fullback", "left-back", "right-back", "wing-back", "centre-back", "center-back",
            "centre-half", "centre-forward", "defenceman", "defenseman", "goaltender", "netminder", "left-winger",
            "right-winger", "flanker", "fly-half", "scrum-half", "wicketkeeper", "wicket-keeper", "paceman", "spinner",
            "leg-spinner", "off-spinner", "seamer", "linebacker", "cornerback", "shortstop", "outfielder", "infielder",
            "reliever"));
    /**
     * Positions whose words mean something else too ("a Birmingham centre"), read as a position only in a sports
     * story: "Leicester prop Graham Rowntree", "Bath centre Phil de Glanville", "Chicago guard Michael Jordan".
     */
    static final Set<String> PLAYERS_POSITIONS_IN_SPORTS = wordSet("prop", "lock", "hooker", "wing", "centre",
            "center", "guard", "back", "tackle", "safety", "receiver", "catcher", "opener");

    /**
     * One to three capitalised words right before a player's position and the player's name are the player's club,
     * an organisation ("Blackburn striker Chris Sutton", "Sale scrum-half Richard Harding"): a place or a one-word
     * person the model took them for, or words no rule has taken. A nation stays a place, its national side as
     * newswire names it ("England striker Alan Shearer"), and a people's adjective is no name ("Dutch striker Patrick
     * Kluivert"); a common word that opens the sentence is no part of the club's name ("Veteran striker Ian Rush").
     */
    void clubsBeforePositions(String text, List<Token> tokens, BitSet starts, List<Mention> mentions) {
        boolean sports = false;
        boolean sportsKnown = false;
        boolean added = false;
        for (int i = 0; i < mentions.size(); i++) {
            int role = mentions.get(i).start() - 1;
            if (mentions.get(i).type() != Type.PER || role < 1 || !tokens.get(role - 1).capitalised()) {
                continue;
            }
            String position = tokens.get(role).text();
            if (!PLAYERS_POSITIONS.contains(position)) {
                if (!PLAYERS_POSITIONS_IN_SPORTS.contains(position)) {
                    continue;
                }
                if (!sportsKnown) {
                    sports = sportsStory(tokens);
                    sportsKnown = true;
                }
                if (!sports) {
                    continue;
                }
            }
            Mention club = null;
            for (int j = i - 1; j >= 0 && club == null && mentions.get(j).end() >= role; j--) {
                club = mentions.get(j).end() == role ? mentions.get(j) : null;
            }
            if (club != null) {
                boolean unknownPerson = club.type() == Type.PER && !club.known()
                        && !gazetteer.isGivenName(tokens.get(club.start()).text());
                if (unknownPerson || club.type() == Type.LOC && !gazetteer.isNation(club.name())
                        && !isDescriptive(tokens, club.start(), club.end())) {
                    mentions.set(mentions.indexOf(club), club.as(Type.ORG));
                }
                continue;
            }
            int start = role;
            while (start > 0 && role - start < 3 && tokens.get(start - 1).capitalised()
                    && covering(mentions, start - 1) == null) {
                start--;
            }
            if (start < role && (starts.get(start) || Tokens.lineBreakBefore(text, tokens, start))
                    && common(tokens.get(start).text())) {
                start++;
            }
            if (start < role && !isDescriptive(tokens, start, role) && !TITLES.contains(tokens.get(start).text())
                    && !gazetteer.isNation(spanText(text, tokens, start, role))) {
                mentions.add(new Mention(start, role, Type.ORG, spanText(text, tokens, start, role), false));
                added = true;
            }
        }
        if (added) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Where a side won after "won", in a sports story: "Barcelona won at the Nou Camp", "Leeds won away". */
    static final Set<String> AWAY_OR_AT = wordSet("at", "away");

    /** Words after a city that make it a team in a sports story: "Barcelona face AIK", "Liverpool meet Brann". */
    static final Set<String> SPORTS_TEAM_AFTER = wordSet("play", "plays", "face", "faces", "meet", "meets", "host",
            "hosts", "visit", "visits", "entertain", "entertains");

    /**
     * Words before a city that make it a team in a sports story: "United play Leeds", "eight points behind leaders
     * Liverpool".
     */
    static final Set<String> SPORTS_TEAM_BEFORE = wordSet("play", "plays", "played", "playing", "face",
            "faces", "faced", "facing", "meet", "meets", "met", "meeting", "host", "hosts", "hosted", "hosting",
            "visit", "visits", "visited", "visiting", "leaders", "against", "champions", "over", "holders");

    /**
     * Whether a person's name of two words or more ends at token {@code end}, right after a verb of a transfer:
     * "signed Paul Loughlin" before "from St Helens".
     */
    static boolean transferredPlayerBefore(List<Token> tokens, List<Mention> mentions, int end) {
        for (Mention p : mentions) {
            if (p.end() == end && p.type() == Type.PER && p.end() - p.start() >= 2 && p.start() > 0) {
                return TRANSFER_VERBS.contains(tokens.get(p.start() - 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** What a player does for a team, whose name may be a person's: "drive for Williams", "rode for Festina". */
    static final Set<String> RACED_FOR = union(PLAYED_FOR, wordSet("drive", "drives", "driving", "drove",
            "ride", "rides", "riding", "rode", "race", "races", "racing", "raced"));

    /** What a player made for a club in a sports story: "30 points for Houston", "two goals for Ajax". */
    static final Set<String> STATS_FOR = wordSet("points", "rebounds", "assists", "goals", "runs", "tries",
            "saves");

    /**
     * Whether the story is a sports story: by its headline, a sport's words and a hyphen first ("SOCCER - FERGUSON
     * BACKS CANTONA", "Ice hockey - NHL results"), or by three of the sports' own words ({@link #SPORTS_WORDS}) in
     * its first {@link #SPORTS_OPENING} tokens ("scored twice in a 3-1 win ... praised the squad ... top of the
     * league").
     */
    static boolean sportsStory(List<Token> tokens) {
        return sportsHeadline(tokens) || sportsWordsInOpening(tokens);
    }

    /** How many tokens of a story's opening {@link #sportsStory} reads for the sports' own words. */
    static final int SPORTS_OPENING = 250;

    /**
     * Words of sports reports that other stories seldom use, lower case as they stand within a sentence; one or two
     * may stray into other news ("the holiday season", "a coach crash"), three rarely do.
     */
    static final Set<String> SPORTS_WORDS = wordSet("scored", "goals", "striker", "midfielder", "goalkeeper",
            "winger", "halftime", "half-time", "touchdown", "quarterback", "innings", "wicket", "wickets", "pitcher",
            "rebounds", "playoffs", "play-offs", "playoff", "play-off", "semi-final", "semifinal", "quarter-final",
            "quarterfinal", "squad", "kick-off", "fixture", "fixtures", "referee", "hat-trick", "equaliser",
            "equalizer", "tiebreak", "tie-break", "birdie", "birdies", "bogey", "league", "coach", "tournament",
            "championship", "match", "season", "stadium", "teammate", "team-mate", "unbeaten", "relegation",
            "relegated");

    private static boolean sportsWordsInOpening(List<Token> tokens) {
        String first = null;
        String second = null;
        for (int k = 0; k < Math.min(SPORTS_OPENING, tokens.size()); k++) {
            String w = tokens.get(k).text();
            if (!SPORTS_WORDS.contains(w) || w.equals(first) || w.equals(second)) {
                continue;
            }
            if (first == null) {
                first = w;
            } else if (second == null) {
                second = w;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean sportsHeadline(List<Token> tokens) {
        for (int k = 1; k < Math.min(4, tokens.size()); k++) {
            if (tokens.get(k).text().equals("-")) {
                for (int w = 0; w < k; w++) {
                    String word = tokens.get(w).text().toLowerCase(Locale.ROOT);
                    if (SPORTS.contains(Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Words before a team's name and "team": "the Banesto team", "his Banesto team". */
    static final Set<String> TEAM_DETERMINERS = wordSet("the", "his", "her", "their", "its");

    /**
     * "The" (or "his", "her", "their", "its"), one or two capitalised words and "team": a team, an organisation
     * ("the Banesto team", "his Banesto team").
     */
    void namedTeams(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("team") || !tokens.get(i - 1).capitalised()) {
                continue;
            }
            int first = i - 1;
            while (first > 0 && i - first < 3 && tokens.get(first - 1).word() && tokens.get(first - 1).capitalised()
                    && !tokens.get(first - 1).text().equals("The")) {
                first--;
            }
            if (first == 0 || !TEAM_DETERMINERS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))
                    || !adjacent(text, tokens, first, i + 1)) {
                continue;
            }
            // "the German Telekom team": whose it is is no part of its name
            int start = first < i - 1 && isDescriptive(tokens, first, first + 1) ? first + 1 : first;
            String name = spanText(text, tokens, start, i);
            Entry known = lookup(tokens, start, i);
            final int from = start;
            final int to = i;
            boolean commonWords = true;
            for (int k = start; k < i; k++) {
                commonWords &= common(tokens.get(k).text());
            }
            if (known != null && known.kind() == Kind.COUNTRY || gazetteer.isNation(name)
                    || commonWords && known == null || isDescriptive(tokens, start, i)
                    || mentions.stream().anyMatch(m -> m.start() < to && from < m.end()
                    && (m.type() == Type.PER || m.start() < from || m.end() > to))) {
                // "the England team", "the Australian team", "the Bill Clinton team", "the Quality Assurance team"
                continue;
            }
            replace(mentions, new Mention(start, i, Type.ORG, known != null ? known.canonical() : name,
                    known != null));
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * A city or a state and a capitalised plural right after it are a club, an organisation ("the Baltimore Orioles",
     * "the Toronto Maple Leafs", "the Texas Rangers", "the Boston Red Sox"), where "the" comes before the place or a
     * result or a player's role ({@link NameWords#TEAM_AFTER}, {@link NameWords#RESULT_VERBS}) after the plural: not a
     * headline's "Chicago Voters Reject", nor a city's games or talks ("the Paris Talks"). The model may have taken the
     * club for a place ("the Kansas City Royals"), or its nickname for a name of its own ("Rangers").
     */
    void clubsOfCities(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int place = m.type() == Type.PER ? -1 : clubsPlaceEnd(tokens, m.start(), m.end());
            if (place < 0) {
                continue;
            }
            // a state's clubs have one word after it ("the Texas Rangers", not "the Utah National Parks")
            int words = lookup(tokens, m.start(), place).kind() == Gazetteer.Kind.CITY ? 2 : 1;
            int end = place;
            while (end < tokens.size() && end - place < words && tokens.get(end).word() && tokens.get(end).capitalised()
                    && spacesOnly(text, tokens.get(end - 1), tokens.get(end)) && !CLUB_NOT_AFTER_CITY.contains(
                    tokens.get(end).text()) && !LOC_SUFFIXES.contains(tokens.get(end).text())
                    && !TITLES.contains(tokens.get(end).text()) && !NOT_NAMES.contains(tokens.get(end).text())) {
                end++;
            }
            String nickname = tokens.get(end - 1).text();
            boolean plural = end > place && (nickname.length() > 3 && nickname.endsWith("s") && !nickname.endsWith("ss")
                    || nickname.equals("Sox"));
            if (!plural || end < m.end()) {
                continue;
            }
            String before = m.start() > 0 ? tokens.get(m.start() - 1).text() : "";
            String after = end < tokens.size() ? tokens.get(end).text().toLowerCase(Locale.ROOT) : "";
            if (before.equals("the") || before.equals("The") || TEAM_AFTER.contains(after)
                    || RESULT_VERBS.contains(after)) {
                int club = end;
                // the nickname as a name of its own ("Rangers") is the club's
                mentions.removeIf(o -> o != m && o.start() >= m.end() && o.end() <= club && o.type() != Type.PER);
                i = mentions.indexOf(m);
                extendToOrganisation(text, tokens, mentions, i, end);
            }
        }
    }

    /**
     * Where the city or state that starts a mention [start, end) ends, when the mention is that place alone or that
     * place and one or two more words; -1 when it starts with no such place. A country fields national teams, not
     * clubs ("the Irish Guards" are no club).
     */
    int clubsPlaceEnd(List<Token> tokens, int start, int end) {
        for (int to = end; to >= Math.max(start + 1, end - 2); to--) {
            Entry place = lookup(tokens, start, to);
            if (place != null && (place.kind() == Gazetteer.Kind.CITY
                    || place.kind() == Gazetteer.Kind.COUNTRY && !gazetteer.isNation(place.canonical()))) {
                return to;
            }
        }
        return -1;
    }

    /**
     * A name of two or three words that starts with a given name, right before a country in parentheses, is a
     * player's, a person's, as results and standings give them ("Jonas Bjorkman (Sweden) beat Pete Sampras (U.S.)
     * 6-4 6-3"), whatever the model made of it; a club's name holds its city ("Bayern Munich (Germany)"), so a name
     * with a known word in it stays, and so do products and companies ("Fairfax Financial (Canada)"). In a list of
     * players ({@link #inListOfPlayers}) a name before a club's name in parentheses is a player's too ("13 - Ian
     * Wright (Arsenal) 10 - Alan Shearer (Newcastle), Les Ferdinand (Newcastle)").
     */
    void players(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        BitSet parentheses = marks.parentheses();
        for (int open = parentheses.nextSetBit(2); open >= 0 && open + 2 < tokens.size();
                open = parentheses.nextSetBit(open + 1)) {
            boolean country = countryInParentheses(tokens, open);
            if (!country && !clubInParentheses(tokens, open)) {
                continue;
            }
            int start = open;
            while (start > 0 && open - start < 4 && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                    && (start == open || spacesOnly(text, tokens.get(start - 1), tokens.get(start)))) {
                start--;
            }
            if (open - start == 1 && spacesOnly(text, tokens.get(start), tokens.get(open))
                    && unknownNameWord(tokens.get(start)) && inListOfPlayers(text, tokens, start)
                    && tokens.get(start).text().substring(1).chars().noneMatch(Character::isUpperCase)) {
                // "9 - Pizzi (Barcelona), Alfonso (Betis)": a player known by one name, in a list of players; not a
                // product's "StarTree" of "11. StarTree (Apache Pinot)"
                replace(mentions, new Mention(start, open, Type.PER, tokens.get(start).text(), false));
                continue;
            }
            // a place's last word is a surname in a ranked list before a country: "2. Picabo Street (U.S.)"
            boolean ranked = country && inListOfPlayers(text, tokens, start);
            boolean placesWord = ranked && LOC_SUFFIXES.contains(tokens.get(open - 1).text());
            if (open - start < 2 || open - start > 3 || !spacesOnly(text, tokens.get(open - 1), tokens.get(open))
                    || !looksLikeName(tokens, start, open) || (!country || !gazetteer.isAnyGivenName(tokens.get(start)
                    .text())) && !((inListOfPlayers(text, tokens, start) || country && inMatch(tokens, start, open))
                    && (noCommonWord(tokens, start, placesWord ? open - 1 : open)
                    || gazetteer.isAnyGivenName(tokens.get(start).text())
                    && noCommonWord(tokens, start + 1, open)))) { // "13 - Will Carling (Harlequins)"
                continue; // before a club, only in a list: "Fairfax Financial (Toronto)" is no player
            }
            boolean known = false;
            for (int k = start; k < open; k++) {
                known |= gazetteer.lookup(List.of(tokens.get(k).text())) != null || DEMONYMS.contains(tokens.get(k)
                        .text()) || LOC_SUFFIXES.contains(tokens.get(k).text()) && !(placesWord && k == open - 1);
            }
            if (known) {
                continue;
            }
            Mention player = new Mention(start, open, Type.PER, spanText(text, tokens, start, open), false);
            replace(mentions, player);
            if (ranked) {
                teamAfterCountry(text, tokens, closingParenthesis(tokens, open), mentions);
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * In a ranked list, one to three capitalised words after a player's country in parentheses and before a time,
     * a number or the line's end name the player's team ("1. Cyril Saugrain ( France ) Aubervilliers 5:47:34", "3.
     * Erik Zabel ( Germany ) Telekom"), whatever the lists made of them: an organisation.
     */
    void teamAfterCountry(String text, List<Token> tokens, int close, List<Mention> mentions) {
        int start = close + 1;
        if (close < 0 || start >= tokens.size() || !spacesOnly(text, tokens.get(close), tokens.get(start))
                || Tokens.lineBreakBefore(text, tokens, start)) {
            return;
        }
        int end = sideName(text, tokens, start, tokens.size());
        if (end == start || end < tokens.size() && !Tokens.lineBreakBefore(text, tokens, end)
                && !Character.isDigit(tokens.get(end).text().charAt(0))) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() < end && start < m.end()) {
                if (m.start() == start && m.end() == end && !m.known() && m.type() != Type.ORG) {
                    mentions.set(k, m.as(Type.ORG));
                }
                return;
            }
        }
        if (!noCommonWord(tokens, start, end) || NOT_NAMES.contains(tokens.get(start).text())) {
            return;
        }
        mentions.add(new Mention(start, end, Type.ORG, spanText(text, tokens, start, end), false));
    }

    /**
     * A line of results between clubs that each carry their country in parentheses ("Panathinaikos (Greece) 78 Real
     * Madrid (Spain) 61", "Valencia (Spain) 3 Schalke (Germany) 3"): a name of one to three capitalised words, its
     * country, its score, and right after the score the next side's name, country and score. Both sides are clubs,
     * whatever the model or the lists made of them; a player's score is followed by another score or a punctuation
     * mark, not by a name ("Ernie Els (South Africa) 68 69").
     */
    void clubsWithCountries(String text, List<Token> tokens, Marks marks, List<Mention> mentions) {
        boolean changed = false;
        for (int open = marks.parentheses().nextSetBit(1); open >= 0 && open + 3 < tokens.size();
             open = marks.parentheses().nextSetBit(open + 1)) {
            if (!countryInParentheses(tokens, open)) {
                continue;
            }
            int first = sideBefore(text, tokens, open);
            int close = closingParenthesis(tokens, open);
            int next = close + 2;
            if (first < 0 || next >= tokens.size() || !isWholeNumber(tokens.get(close + 1).text(), 3)) {
                continue;
            }
            int nextOpen = next;
            while (nextOpen < tokens.size() && nextOpen - next < 3 && tokens.get(nextOpen).word()
                    && tokens.get(nextOpen).capitalised()) {
                nextOpen++;
            }
            if (nextOpen == next || nextOpen >= tokens.size() || !tokens.get(nextOpen).text().equals("(")
                    || !countryInParentheses(tokens, nextOpen) || sideBefore(text, tokens, nextOpen) != next) {
                continue;
            }
            int nextClose = closingParenthesis(tokens, nextOpen);
            if (nextClose + 1 >= tokens.size() || !isWholeNumber(tokens.get(nextClose + 1).text(), 3)) {
                continue;
            }
            for (int[] side : new int[][] {{first, open}, {next, nextOpen}}) {
                Entry known = lookup(tokens, side[0], side[1]);
                String name = known != null && known.kind() == Kind.ORGANIZATION ? known.canonical()
                        : spanText(text, tokens, side[0], side[1]);
                replace(mentions, new Mention(side[0], side[1], Type.ORG, name, known != null));
            }
            changed = true;
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** Where the one to three capitalised words right before the "(" at {@code open} start, or -1. */
    static int sideBefore(String text, List<Token> tokens, int open) {
        int start = capitalisedBefore(text, tokens, open);
        return start < open && spacesOnly(text, tokens.get(open - 1), tokens.get(open)) ? start : -1;
    }

    /**
     * A team's line-up in a sports story: three players or more in a row, each a shirt number, a hyphen and one to
     * three capitalised words, after a colon or a comma or a semicolon or opening a line ("Syria : 1 - Salem Bitar ,
     * 2 - Bachar Srour , 3 - Ali Dib"), are people, whatever the model or the lists made of their words ("Salem" is
     * no city there). Not a player of common words alone, nor a country. A line-up without numbers is a list of
     * people ({@link #listsOfPeople}).
     */
    void lineUps(String text, List<Token> tokens, List<Mention> mentions) {
        if (!sportsStory(tokens)) {
            return;
        }
        List<int[]> players = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            int end = lineUpPlayer(text, tokens, k, !players.isEmpty() && players.get(players.size() - 1)[1] + 1 == k);
            if (end < 0) {
                addLineUp(text, tokens, players, mentions);
                continue;
            }
            players.add(new int[] {k + 2, end});
            k = end; // the comma or semicolon after the player, or what ends the line-up
            if (k >= tokens.size() || !tokens.get(k).text().equals(",") && !tokens.get(k).text().equals(";")) {
                addLineUp(text, tokens, players, mentions);
            }
        }
        addLineUp(text, tokens, players, mentions);
    }

    /**
     * Where the player of a line-up whose shirt number is token {@code k} ends ({@link #lineUps}), after a colon, a
     * line's start or ({@code listed}) the comma after the player before; -1 when no player starts there.
     */
    int lineUpPlayer(String text, List<Token> tokens, int k, boolean listed) {
        if (k + 2 >= tokens.size() || !isWholeNumber(tokens.get(k).text(), 2) || !tokens.get(k + 1).text().equals("-")
                || !(listed || k == 0 || tokens.get(k - 1).text().equals(":")
                || Tokens.lineBreakBefore(text, tokens, k))) {
            return -1;
        }
        int end = sideName(text, tokens, k + 2, tokens.size());
        boolean ends = end > k + 2 && (end == tokens.size() || Tokens.lineBreakBefore(text, tokens, end)
                || ",;.".contains(tokens.get(end).text()) && tokens.get(end).text().length() == 1);
        return ends && !allCommon(tokens, k + 2, end) && !gazetteer.isNation(spanText(text, tokens, k + 2, end))
                ? end : -1;
    }

    /** What separates the names of a list: "Salem Bitar, Bachar Srour; Ali Dib and Nader Jokhadar". */
    static final Set<String> LIST_SEPARATORS = wordSet(",", ";", "and");

    /**
     * In a sports story, a city heading a list of people is the club they play for ("Leeds : Nigel Martyn ; Gary
     * Kelly , ..."), not a place; a country heading one stays a place, its team as newswire reports it ("Syria -
     * Salem Bitar , ..."). The heading is tokens [start, end).
     */
    private void clubHeading(List<Token> tokens, int start, int end, List<Mention> mentions) {
        if (end <= start || !sportsStory(tokens)) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() == start && m.end() == end && m.type() == Type.LOC && !gazetteer.isCountry(m.name())) {
                mentions.set(i, m.as(Type.ORG));
            }
        }
    }

    /**
     * A line that is a list of names, three or more of one to three capitalised words each, separated by commas or
     * semicolons (an "and" before the last), maybe after a heading and a colon or a hyphen ("Syria - Salem Bitar,
     * Bachar Srour, Ali Dib, Mohammed Khaddour"), is a list of people when most of its names are people the model
     * or the rules found: then the others are people too ("Salem" is no city there). Not where a name of it is a
     * country or a known organisation, which makes it a list of something else.
     */
    void listsOfPeople(String text, List<Token> tokens, List<int[]> lines, List<Mention> mentions) {
        boolean changed = false;
        for (int[] line : lines) {
            int end = line[1] > line[0] && tokens.get(line[1] - 1).text().equals(".") ? line[1] - 1 : line[1];
            int start = line[0];
            for (int k = line[0]; k < Math.min(end, line[0] + 5); k++) {
                String w = tokens.get(k).text();
                if (w.equals(":") || w.equals("-")) {
                    start = k + 1; // after the heading: "Syria -", "Teams:"
                    break;
                }
            }
            List<int[]> names = new ArrayList<>();
            int k = start;
            while (k < end) {
                int nameEnd = sideName(text, tokens, k, end);
                if (nameEnd == k) {
                    break;
                }
                names.add(new int[] {k, nameEnd});
                k = nameEnd;
                if (k < end && LIST_SEPARATORS.contains(tokens.get(k).text())) {
                    k++;
                } else {
                    break;
                }
            }
            if (k != end || names.size() < 3) {
                continue;
            }
            int people = 0;
            boolean surnames = true;
            boolean other = false;
            for (int[] name : names) {
                for (Mention m : mentions) {
                    if (m.start() < name[1] && name[0] < m.end()) {
                        boolean person = m.start() == name[0] && m.end() == name[1] && m.type() == Type.PER;
                        people += person ? 1 : 0;
                        surnames &= !person || m.end() - m.start() == 1;
                        other |= m.known() && m.type() == Type.ORG || gazetteer.isNation(m.name());
                    }
                }
            }
            if (other || people < 2 || 2 * people < names.size()) {
                continue;
            }
            for (int[] name : names) {
                // one word is a person's in a list of surnames alone: "Jeni Green, MS" lists a degree
                if (name[1] - name[0] >= 2 || surnames) {
                    replace(mentions, new Mention(name[0], name[1], Type.PER,
                            spanText(text, tokens, name[0], name[1]), false));
                    changed = true;
                }
            }
            clubHeading(tokens, line[0], start - 1, mentions);
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** The players of a line-up found so far are people when there are three or more; the list is emptied. */
    static void addLineUp(String text, List<Token> tokens, List<int[]> players, List<Mention> mentions) {
        if (players.size() >= 3) {
            for (int[] p : players) {
                replace(mentions, new Mention(p[0], p[1], Type.PER, spanText(text, tokens, p[0], p[1]), false));
            }
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        players.clear();
    }

    /**
     * A name in parentheses right after a person's, in a list (a comma, a semicolon, a period, the next rank and a
     * hyphen, or the line's end after it), is the club or body the person plays or works for, an organisation
     * ("Angelo Peruzzi (Juventus), Luca Bucci (Parma)", "13 - Ian Wright (Arsenal) 10 - Alan Shearer (Newcastle)"),
     * a city's name too; a country stays a place ("Frankie Fredericks (Namibia)"). Not a title, a common
     * word (but in a list of three players or more: "Jon Callard (Bath)"), an acronym or a party's mark ("(CEO)",
     * "(Photo)", "(SMB)", "(R-Texas)"), nor a person, as a film's cast
     * gives the actor after the role ("Guao Bin (Li Zhubin)").
     */
    void clubsOfPlayers(String text, List<Token> tokens, List<Mention> mentions) {
        boolean changed = false;
        long withParentheses = mentions.stream().filter(m -> m.type() == Type.PER && m.end() < tokens.size()
                && tokens.get(m.end()).text().equals("(")).count();
        boolean squad = withParentheses >= 3; // a list of players: "Jon Callard (Bath), Will Carling (Harlequins)"
        for (int k = 0; k < mentions.size(); k++) {
            Mention person = mentions.get(k);
            int open = person.end();
            if (person.type() != Type.PER || open + 2 >= tokens.size() || !tokens.get(open).text().equals("(")) {
                continue;
            }
            int close = closingParenthesis(tokens, open);
            if (close < 0 || spellsCountry(tokens, open + 1, close) || close + 1 < tokens.size()
                    && !Tokens.lineBreakBefore(text, tokens, close + 1)
                    && !tokens.get(close + 1).text().equals(",") && !tokens.get(close + 1).text().equals(";")
                    && !tokens.get(close + 1).text().equals(".")
                    && !(close + 2 < tokens.size() && isWholeNumber(tokens.get(close + 1).text(), 3)
                    && tokens.get(close + 2).text().equals("-"))) {
                continue; // "13 - Ian Wright (Arsenal) 10 - Alan Shearer": the next rank of a list run on
            }
            boolean club = true;
            for (int i = open + 1; i < close; i++) {
                String w = tokens.get(i).text();
                club &= tokens.get(i).word() && tokens.get(i).capitalised() && w.length() > 1 && w.indexOf('-') < 0
                        && w.indexOf('.') < 0 && !inUpperCase(w) && !TITLES.contains(w) && (squad || !common(w))
                        && (i == open + 1 || spacesOnly(text, tokens.get(i - 1), tokens.get(i)));
            }
            final int first = open + 1;
            club &= mentions.stream().noneMatch(m -> m.type() == Type.PER && m.start() < close && first < m.end());
            if (club) {
                // the mentions it replaces come after this one, and it goes last: the loop goes on with the next
                replace(mentions, new Mention(open + 1, close, Type.ORG, spanText(text, tokens, open + 1, close),
                        false));
                changed = true;
            }
        }
        if (changed) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** The last word of a heading of scorers: "Top scorers:", "Leading goalscorers:". */
    static final Set<String> SCORERS = wordSet("scorers", "goalscorers", "scorer");

    /**
     * Whether the name at token {@code start} is an item of a list of players: after another player's country in
     * parentheses and a comma ("Bernhard Lange (Germany), Seve Ballesteros (Spain)"), or after a rank or a score that
     * opens the line ("2. Ato Boldon (Trinidad)", "66 Retief Goosen (South Africa)", "13 - Ian Wright") or follows
     * a colon, a parenthesis or the result before it, where the list runs on in one line ("Results: 1. Daniel Komen
     * (Kenya) 7:20.67 2. Salah Hissou (Morocco) 7:32.41"), or after a heading's word that opens the line and a hyphen
     * or a colon ("Forwards - Ally McCoist"). There a name before a country is a player's, whatever its
     * given name, unless a word of it is a common word ("14 Fairfax Financial (USA) Group" ranks companies).
     */
    static boolean inListOfPlayers(String text, List<Token> tokens, int start) {
        if (start >= 2 && tokens.get(start - 1).text().equals(",") && tokens.get(start - 2).text().equals(")")) {
            return true;
        }
        if (start >= 2 && (tokens.get(start - 1).text().equals("-") || tokens.get(start - 1).text().equals(":"))
                && tokens.get(start - 2).capitalised() && Tokens.lineBreakBefore(text, tokens, start - 2)) {
            return true; // "Forwards - Ally McCoist (Rangers)": a line's heading opens the list
        }
        if (start >= 3 && tokens.get(start - 1).text().equals(":") && SCORERS.contains(tokens.get(start - 2).text())
                && tokens.get(start - 3).capitalised() && Tokens.lineBreakBefore(text, tokens, start - 3)) {
            return true; // "Top scorers: Hakeem Olajuwon (Houston) 33"
        }
        int rank = start - 1;
        if (rank < 0) {
            return false; // the text's first word
        }
        if (rank >= 1 && tokens.get(rank).text().equals(".")) {
            rank--; // "2." when the period is a token of its own
        } else if (rank >= 1 && tokens.get(rank).text().equals("-")) {
            rank--; // "13 - Ian Wright (Arsenal)": goals, a hyphen and the scorers
        }
        String number = tokens.get(rank).text();
        if (number.endsWith(".")) {
            number = number.substring(0, number.length() - 1);
        }
        // "15 - Jon Callard (Bath), 13 - Will Carling (Harlequins)": ranks apart by commas or semicolons too
        return isWholeNumber(number, 3) && (rank == 0 || Tokens.lineBreakBefore(text, tokens, rank)
                || tokens.get(rank - 1).text().equals(":") || tokens.get(rank - 1).text().equals(")")
                || result(tokens.get(rank - 1).text()) || rank >= 2 && (tokens.get(rank - 1).text().equals(",")
                || tokens.get(rank - 1).text().equals(";")) && tokens.get(rank - 2).text().equals(")"));
    }

    /**
     * Whether the name from token {@code start} to the country in parentheses at {@code open} is a side of a match's
     * result: "beat" or the like after the parentheses or before the name ("Susi Susanti (Indonesia) beat Bang
     * Soo-hyun (South Korea)").
     */
    static boolean inMatch(List<Token> tokens, int start, int open) {
        int close = closingParenthesis(tokens, open);
        return close + 1 < tokens.size() && RESULT_VERBS.contains(tokens.get(close + 1).text())
                || start > 0 && RESULT_VERBS.contains(tokens.get(start - 1).text());
    }

    /** A time, a distance or a score in a list of results: "7:20.67", "1:45.32", "8.95", "68". */
    static boolean result(String token) {
        boolean digit = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != ':' && c != '.' || k == 0) {
                return false;
            }
        }
        return digit;
    }

    /** What only a player does, right after the player's surname: "Zidane scored", "Parry birdied". */
    static final Set<String> PLAYS = wordSet("scored", "headed", "volleyed", "equalised", "equalized",
            "netted", "curled", "chipped", "tapped", "slotted", "lobbed", "fouled", "dribbled", "birdied", "bogeyed",
            "parred", "eagled", "double-faulted", "aced");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** What a player had in a game, and how: "Mutombo had 12 rebounds", "Barkley added 18 points". */
    static final Set<String> STAT_VERBS = wordSet("had", "added", "grabbed", "pulled", "contributed");
    static final Set<String> STATS = wordSet("points", "rebounds", "assists", "blocks", "steals");

    /** What a player's surname follows with "from" or "by": "a cross from Overmars", "saved from Batistuta". */
    static final Set<String> PLAYED_FROM = wordSet("cross", "pass", "header", "shot", "volley", "free-kick",
            "kick", "penalty", "strike", "effort", "saved", "scored", "fouled", "tackle");

    /** What a side did through a player: "equalised through Thon", "pulled one back through Weah". */
    static final Set<String> SCORED_THROUGH = wordSet("equalised", "equalized", "back", "lead", "ahead",
            "level", "scored", "replied");

    /** What a bowler took, after a number: "Ambrose took two wickets", "Walsh took four for 82". */
    static final Set<String> WICKETS = wordSet("wickets", "wicket", "for");

    /** A goal a player added or that came from a player: "Pizzi added the third", "the goal came from Lardin". */
    static final Set<String> GOALS_ADDED = wordSet("goal", "second", "third", "fourth", "fifth", "sixth",
            "equaliser", "equalizer", "winner", "opener");

    /**
     * A surname alone that no list knows and that is no common word is a player where what follows or precedes it
     * is what only a player does ("Zidane scored", "Bergkamp headed in a cross from Overmars", "Peruzzi saved from
     * Batistuta", "Pizzi added the third", "Espanyol's goal came from Lardin", "Schalke equalised through Thon",
     * "Ambrose took two wickets for 70"); a given name too ("Els parred the last"): the model finds few surnames at a
     * sentence's start and took some after "from" for places. Not a name the model found of another kind but a place
     * (a club: "Espanyol equalised"), nor a word of a longer name.
     */
    void playersByTheirPlay(List<Token> tokens, Marks marks, List<Mention> mentions) {
        // a player's name is a capitalised word (Marks#capitals)
        for (int i = marks.capitals().nextSetBit(0); i >= 0; i = marks.capitals().nextSetBit(i + 1)) {
            Token t = tokens.get(i);
            char first = t.text().charAt(0);
            if (first < 'A' || first > 'Z' && (first < 128 || !Character.isUpperCase(first))) {
                continue; // most words: not capitalised
            }
            boolean plays = i + 1 < tokens.size() && PLAYS.contains(tokens.get(i + 1).text())
                    || i + 3 < tokens.size() && tokens.get(i + 1).text().equals("added")
                    && GOALS_ADDED.contains(tokens.get(i + 3).text()); // "Pizzi added the third"
            boolean from = i >= 2 && (tokens.get(i - 1).text().equals("from") || tokens.get(i - 1).text().equals("by"))
                    && (PLAYED_FROM.contains(tokens.get(i - 2).text()) || i >= 3
                    && tokens.get(i - 2).text().equals("came") && GOALS_ADDED.contains(tokens.get(i - 3).text()))
                    || i >= 2 && tokens.get(i - 1).text().equals("through")
                    && SCORED_THROUGH.contains(tokens.get(i - 2).text()); // "Schalke equalised through Thon"
            boolean wickets = i + 3 < tokens.size() && tokens.get(i + 1).text().equals("took")
                    && WICKETS.contains(tokens.get(i + 3).text()); // "Ambrose took two wickets for 70"
            plays |= i + 3 < tokens.size() && STAT_VERBS.contains(tokens.get(i + 1).text())
                    && Character.isDigit(tokens.get(i + 2).text().charAt(0))
                    && STATS.contains(tokens.get(i + 3).text()); // "Mutombo had 12 rebounds"
            if (!(plays || from || wickets) || !surname(t) || common(t.text())
                    || i + 1 < tokens.size() && tokens.get(i + 1).capitalised()) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).word() && tokens.get(i - 1).capitalised()) {
                if (plays && givenNameAndSurname(tokens, i - 1) && covering(mentions, i - 1) == null
                        && covering(mentions, i) == null) {
                    // "Hakeem Olajuwon scored 32 points": a given name (or a second surname) and the surname
                    replace(mentions, new Mention(i - 1, i + 1, Type.PER,
                            tokens.get(i - 1).text() + " " + t.text(), false));
                    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
                }
                continue;
            }
            Mention found = covering(mentions, i);
            if (found == null || found.type() == Type.LOC && !found.known() && found.end() - found.start() == 1) {
                replace(mentions, new Mention(i, i + 1, Type.PER, t.text(), false));
                mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            }
        }
    }

    /**
     * Whether token {@code first} and the one after it, one space apart, are a player's names: the first a given name
     * or a word that may be a surname, no common word and not a name's last word (no capitalised word before it), nor
     * a thing's name after an article ("the Mustang Mach-E scored above 80").
     */
    private boolean givenNameAndSurname(List<Token> tokens, int first) {
        Token name = tokens.get(first);
        return (first == 0 || !(tokens.get(first - 1).word() && tokens.get(first - 1).capitalised())
                && !ARTICLES.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT)))
                && name.end() + 1 == tokens.get(first + 1).start() && !common(name.text())
                && (gazetteer.isAnyGivenName(name.text()) || surname(name));
    }

    /**
     * A known place that the rules made a team is named as the text spells it: "a 2-0 win at Sevilla" is the club
     * Sevilla, not the city's English name; and so is a known body's name before "party", a party of that name
     * ("India's Congress party", not the U.S. Congress).
     */
    void clubsAsSpelt(String text, List<Token> tokens, List<Mention> mentions) {
        Map<String, String> parties = new HashMap<>(); // a known body's name -> the party's, as spelt
        for (Mention m : mentions) {
            if (m.type() == Type.ORG && m.known() && m.end() < tokens.size()
                    && tokens.get(m.end()).text().equals("party") && !m.name().endsWith("Party")) {
                String spelt = spanText(text, tokens, m.start(), m.end());
                if (!m.name().equalsIgnoreCase(spelt)) {
                    parties.put(m.name(), spelt);
                }
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != Type.ORG || !m.known()) {
                continue;
            }
            String party = parties.get(m.name());
            if (party != null && party.equals(spanText(text, tokens, m.start(), m.end()))) {
                mentions.set(k, new Mention(m.start(), m.end(), Type.ORG, party, true)); // "Congress president"
                continue;
            }
            Entry entry = lookup(tokens, m.start(), m.end());
            if (entry != null && entry.kind() != Kind.ORGANIZATION) {
                String name = inCapitals(tokens, m.start(), m.end()) ? titleCased(tokens, m.start(), m.end())
                        : spanText(text, tokens, m.start(), m.end());
                mentions.set(k, new Mention(m.start(), m.end(), Type.ORG, name, true));
            }
        }
    }

    /** A sport that opens a headline before a hyphen is no name: "Athletics - Johnson sets world record". */
    static void withoutSportHeadings(List<Token> tokens, BitSet starts, List<Mention> mentions) {
        mentions.removeIf(m -> (m.start() == 0 || starts.get(m.start())) && SPORTS.contains(m.name())
                && m.end() + 1 < tokens.size() && (tokens.get(m.end()).text().equals("-")
                || tokens.get(m.end() + 1).text().equals("-")));
    }

    /**
     * "The", a person's name the model or the rules found and "team" after it are a team named after its founder or
     * its sponsor: "the Williams Formula One team", "the Benetton team".
     */
    static void teamsOfPeoplesNames(List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == Type.PER && !m.known() && m.start() > 0 && m.end() < tokens.size()
                    && tokens.get(m.end()).text().equals("team")
                    && tokens.get(m.start() - 1).text().equalsIgnoreCase("the")) {
                mentions.set(i, new Mention(m.start(), m.end(), Type.ORG, m.name(), false));
            }
        }
    }

    /** A name a ground's or an airport's word ends is a place's: "O'Hare International Airport", "Wembley Stadium". */
    static void venuesArePlaces(List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == Type.ORG && m.end() - m.start() >= 2 && VENUES.contains(tokens.get(m.end() - 1).text())) {
                mentions.set(i, m.as(Type.LOC));
            }
        }
    }

    /** First words of cycling's stage races, named after their country: "Tour de France", "Giro d'Italia". */
    static final Set<String> STAGE_RACES = wordSet("Tour", "Giro", "Vuelta");

    /**
     * A stage race's name is an event, and its country's name in it no place the text is about: "Tour de France",
     * "Tour of Britain", "Giro d'Italia", "Vuelta a Espana".
     */
    static void withoutStageRaces(List<Token> tokens, Marks marks, List<Mention> mentions) {
        // a stage race's first word is a capitalised word (Marks#capitals)
        BitSet capitals = marks.capitals();
        for (int i = capitals.nextSetBit(0); i >= 0 && i + 1 < tokens.size(); i = capitals.nextSetBit(i + 1)) {
            char first = tokens.get(i).text().charAt(0);
            if (first != 'T' && first != 'G' && first != 'V' || !STAGE_RACES.contains(tokens.get(i).text())
                    && !STAGE_RACES.contains(titleCase(tokens.get(i).text(), 0))) {
                continue; // most words; a headline's "TOUR DE FRANCE" too
            }
            String next = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
            int end = next.startsWith("d'") || next.startsWith("d’") ? i + 2
                    : (next.equals("de") || next.equals("of") || next.equals("a")) && i + 2 < tokens.size()
                    && tokens.get(i + 2).capitalised() ? i + 3 : -1;
            if (end > 0) {
                final int from = i;
                mentions.removeIf(m -> m.start() < end && from < m.end());
            }
        }
    }
}
