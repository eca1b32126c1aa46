package io.newsflow.enrich.entities;

import io.newsflow.testkit.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.TestPages;
import io.newsflow.events.Entities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    /** The entities the five shared seeds must yield (issue 4). */
    static final List<String> SEED_PEOPLE = List.of("Mark Lippert", "Robert King", "Barack Obama", "Sung Kim",
            "Kim Jong Un", "Kim Yong-hyon", "Yoon Suk Yeol", "Kim Yung-ho", "Kurt Campbell", "Shigeo Yamada");
    static final List<String> SEED_ORGANIZATIONS = List.of("UN Human Rights Council", "UN Security Council",
            "State Department", "Yonhap", "Voice of America", "Radio Free Asia", "Far East Broadcasting Company",
            "Sony Pictures");
    static final List<String> SEED_LOCATIONS = List.of("North Korea", "South Korea", "United States", "Japan",
            "Pyongyang", "Seoul", "Washington");

    @Test
    void theSeedsYieldEveryListedEntityOfTheRightKind() throws IOException {
        var dir = SharedData.find("seeds");
        assumeTrue(dir.isPresent(), "shared seeds not present");
        Set<String> people = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        Set<String> locations = new HashSet<>();
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path f : files.sorted().toList()) {
                Entities e = EXTRACTOR.extract(TestPages.read(f));
                people.addAll(e.people());
                organizations.addAll(e.organizations());
                locations.addAll(e.locations());
            }
        }
        List<String> missing = new ArrayList<>();
        SEED_PEOPLE.stream().filter(p -> !people.contains(p)).forEach(p -> missing.add("person " + p));
        SEED_ORGANIZATIONS.stream().filter(o -> !organizations.contains(o)).forEach(o -> missing.add("org " + o));
        SEED_LOCATIONS.stream().filter(l -> !locations.contains(l)).forEach(l -> missing.add("location " + l));
        assertEquals(List.of(), missing);
        assertTrue(people.stream().noneMatch(locations::contains), "a person reported as a location");
    }

    @Test
    void aWordCapitalisedOnlyToOpenASentenceOrListItemIsNoName() {
        Entities e = EXTRACTOR.extract("""
                Plumbing costs

                Labor makes up a big part of your overall costs, and labor rates vary by region.
                - Leverage your reviews: happy customers are the cheapest marketing you can leverage.
                Organic reach matters too. Organic posts and organic search bring most new customers.""");
        assertTrue(e.people().isEmpty() && e.organizations().isEmpty() && e.locations().isEmpty(), e.toString());
    }

    @Test
    void aCommonAcronymIsNoName() {
        Entities e = EXTRACTOR.extract("Plug the cable into the USB port, then open the API settings over HTTP.");
        assertTrue(e.organizations().isEmpty() && e.people().isEmpty() && e.locations().isEmpty(), e.toString());
    }

    @Test
    void anOpeningNameStaysWhenTheTextTreatsItAsOne() {
        Entities e = EXTRACTOR.extract("""
                Bush said on Monday that the talks would resume. Later, bush fires spread north.
                Turkey closed its border. The turkey farm stayed open.
                Rivera thanked the voters. In the valley, Rivera and the river both flooded the news.""");
        assertTrue(e.people().contains("Bush"), "a speech verb follows: " + e);
        assertTrue(e.locations().contains("Turkey"), "a known spelling: " + e);
        assertTrue(e.people().contains("Rivera") || e.organizations().contains("Rivera")
                || e.locations().contains("Rivera"), "capitalised inside a sentence too: " + e);
    }

    @Test
    void spellingsOfOneNameAreNormalised() {
        Entities e = EXTRACTOR.extract("The U.N. said N. Korea must comply. The United Nations and the UN agree "
                + "that North Korea and the DPRK are one.");
        assertEquals(List.of("United Nations"), e.organizations());
        assertEquals(List.of("North Korea"), e.locations());
    }

    @Test
    void aCitysEnglishAndFormerNamesAreThatCity() {
        Entities e = EXTRACTOR.extract("Talks in Geneva resumed while banks in Frankfurt and Köln closed. He flew "
                + "from Bombay to Kiev, then on to Calcutta.");
        assertEquals(List.of("Geneva", "Frankfurt", "Cologne", "Mumbai", "Kyiv", "Kolkata"), e.locations());
        assertEquals(List.of(), e.people());
    }

    @Test
    void aCityInsideAPersonsNameIsNotAPlace() {
        Entities e = EXTRACTOR.extract("Historian Charlotte Brown said George Washington never visited the city.");
        assertTrue(e.locations().isEmpty(), e.toString());
        assertTrue(e.people().contains("George Washington"), e.toString());
    }

    @Test
    void titlesAndRolesMarkPeopleAndInstitutionalSuffixesMarkOrganisations() {
        Entities e = EXTRACTOR.extract("Finance Minister Olga Petrenko met Ivo Marić, director of the Harbour "
                + "Development Agency, in Lisbon.");
        assertEquals(List.of("Olga Petrenko", "Ivo Marić"), e.people());
        assertEquals(List.of("Harbour Development Agency"), e.organizations());
        assertEquals(List.of("Lisbon"), e.locations());
    }

    @Test
    void aCompanysWordOrLegalFormEndsItsNameBeforeAnotherCompany() {
        Entities e = EXTRACTOR.extract("The government suspended the sale of Tarvik SA to Lagardere Groupe and "
                + "Quelmark Electronics on Friday . Its demerger would go ahead in February , creating Centrica and "
                + "TQ Plc .");
        assertEquals(List.of("Tarvik SA", "Lagardere Groupe", "Quelmark Electronics", "Centrica", "TQ Plc"),
                e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aKnownClubsNicknameAfterAnotherPlaceIsThatPlacesClubAndAPlayerComesFromAClub() {
        Entities e = EXTRACTOR.extract("RUGBY LEAGUE - LOUGHLIN SIGNS .\nLONDON 1996-12-06\nBradford Bulls signed "
                + "Paul Loughlin from St Helens on Friday . The Chicago Bulls were not involved .");
        assertEquals(List.of("Bradford Bulls", "St Helens", "Chicago Bulls"), e.organizations(), e.toString());
        assertEquals(List.of("Paul Loughlin"), e.people(), e.toString());
    }

    @Test
    void aRadiosNameAndAPropertyCompanysAreOrganisationsButAHeadingOfCommonWordsIsNone() {
        Entities e = EXTRACTOR.extract("Economy Minister Roque Fernandez told Radio Mitre the plan would stay . Shares "
                + "in Tarvik Hung Properties fell .\n\nAlgorithms and Convergence Properties\n\nThe authors propose a "
                + "method .");
        assertEquals(List.of("Radio Mitre", "Tarvik Hung Properties"), e.organizations(), e.toString());
    }

    @Test
    void aPressDigestsLinesInCapitalsNameItsNewspapers() {
        Entities e = EXTRACTOR.extract("PRESS DIGEST - Kenya - Dec 6 .\nNAIROBI 1996-12-06\nThese are the leading "
                + "stories in the Kenyan press on Friday .\nDAILY NATION\n- The government said exports rose .\n"
                + "THE EAST AFRICAN STANDARD\n- - TQV -\n- The minister met them on Thursday .\n24 CHASA\n- Rates "
                + "rose .");
        assertEquals(List.of("DAILY NATION", "EAST AFRICAN STANDARD", "24 CHASA"), e.organizations(), e.toString());
        assertEquals(List.of("Kenya", "Nairobi"), e.locations(), e.toString());
        Entities notes = EXTRACTOR.extract("Notes from the meeting .\nNAIROBI 1996-12-06\nThe board met .\nDAILY "
                + "NATION\n- The government said exports rose .");
        assertFalse(notes.organizations().contains("DAILY NATION"), notes.toString());
    }

    @Test
    void aNameWhoseSharesAreSpokenOfIsACompanyButNotItsOwner() {
        Entities e = EXTRACTOR.extract("The index closed down on Friday as property stocks such as Cheung Kong fell . "
                + "Shares in Wong Kwan fell 2 percent , brokers said . He sold shares in Li Ka-shing 's company .");
        assertEquals(List.of("Cheung Kong", "Wong Kwan"), e.organizations(), e.toString());
        assertEquals(List.of("Li Ka-shing"), e.people(), e.toString());
    }

    @Test
    void anInstitutionOfAPlaceInAHeadlineInCapitalsIsTheInstitution() {
        Entities e = EXTRACTOR.extract("EDUCATION - UNIVERSITY OF TEXAS WINS GRANT .\nAUSTIN 1996-12-06\nThe grant "
                + "was announced on Friday .");
        assertEquals(List.of("University of Texas"), e.organizations(), e.toString());
        assertFalse(e.locations().contains("Texas"), e.toString());
    }

    @Test
    void aPlaceThatNamesAnEventInAHeadlineInCapitalsIsNoPlace() {
        Entities e = EXTRACTOR.extract("CRICKET - SHEFFIELD SHIELD SCORE .\nHOBART 1996-12-06\nClose of play score on "
                + "the first day of the four-day match on Friday .");
        assertEquals(List.of("Hobart"), e.locations(), e.toString());
    }

    @Test
    void aRankedPlayersTeamAfterTheirCountryIsAnOrganisation() {
        Entities e = EXTRACTOR.extract("Leading results of the fifth stage :\n1. Tovar Brennich ( France ) Quelmark "
                + "5:47:34\n2. Quillan Tarrow ( Slovakia ) Vasko\n3. Kastrin Belloq ( Kenya ) 7:33.90");
        assertEquals(List.of("Quelmark", "Vasko"), e.organizations(), e.toString());
        assertEquals(List.of("Tovar Brennich", "Quillan Tarrow", "Kastrin Belloq"), e.people(), e.toString());
    }

    @Test
    void aGroupOfPeopleOpeningASentenceIsNoName() {
        Entities e = EXTRACTOR.extract("Rebels said they had captured the village on Monday , the army said . "
                + "Officials said the talks would resume .");
        assertEquals(Entities.NONE, e, e.toString());
    }

    @Test
    void aNameEndingInInternationalOrBankcorpIsAnOrganisation() {
        Entities e = EXTRACTOR.extract("Sherritt International said it would stay in Cuba despite the sanctions. The "
                + "firm has a nickel plant there.");
        assertEquals(List.of("Sherritt International"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
        Entities bank = EXTRACTOR.extract("Chairman Matthew Barrett said the bank 's U.S. unit , Harris Bankcorp , had "
                + "a strong year .");
        assertEquals(List.of("Harris Bankcorp"), bank.organizations(), bank.toString());
    }

    @Test
    void aNameOfWordsNoListKnowsAfterAnExecutivesOrAFoundersTitleIsAPerson() {
        Entities e = EXTRACTOR.extract("Brekka chief executive Tovar Haldsen declined to comment, and its chief "
                + "financial officer Ilvo Remmet was not available. The party's founder Askel Brunvik and presidential "
                + "adviser Orrin Teague welcomed the deal.");
        assertEquals(List.of("Tovar Haldsen", "Ilvo Remmet", "Askel Brunvik", "Orrin Teague"), e.people());
        assertEquals(List.of("Brekka"), e.organizations());
    }

    @Test
    void whatACompanyIsOpeningASentenceIsNoneOfItsName() {
        Entities e = EXTRACTOR.extract("Carmaker Volvo said on Monday it would cut two thousand jobs at its truck "
                + "plants. Insurer Brekka said it would cut four hundred. Airline Tessmann Air cancelled forty flights "
                + "because of a strike. Regulator Arthur Levitt said the exchange would review its rules.");
        assertEquals(List.of("Volvo", "Brekka", "Tessmann Air"), e.organizations());
        assertEquals(List.of("Arthur Levitt"), e.people());
    }

    @Test
    void aNameThatStartsWithACompanysNameIsOneOfItsUnits() {
        Entities e = EXTRACTOR.extract("Engineering group Ostrander Corp said its chemicals arm Ostrander Kemi would "
                + "be sold. Ostrander Kemi employs 900 people, and Ostrander has said it will keep the brand.");
        assertEquals(List.of("Ostrander Corp", "Ostrander Kemi", "Ostrander"), e.organizations());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void hyphenatedRanksAreNoPartOfTheNameAndATownsNameIsAPlace() {
        Entities e = EXTRACTOR.extract("Armed forces spokesman Brigadier-General Amir Syarifudin said two rebels were "
                + "killed near the town of Timika on Monday. Major-General Tessmann Brekka denied it, and "
                + "Lieutenant-Colonel Ilvo Remmet declined to comment.");
        assertEquals(List.of("Amir Syarifudin", "Tessmann Brekka", "Ilvo Remmet"), e.people());
        assertEquals(List.of("Timika"), e.locations());
    }

    @Test
    void aPlacesCompoundAdjectiveEndingARunIsNoNameButAGivenNamesSyllableStays() {
        Entities e = EXTRACTOR.extract("The New York-based insurer said on Tuesday that revenue rose 9 percent, and "
                + "Daewoo chairman Kim Woo-choong said his group would bid for the Paris-listed Thomson unit.");
        assertEquals(List.of("Daewoo"), e.organizations());
        assertEquals(List.of("Kim Woo-choong"), e.people());
    }

    @Test
    void aKnownShortNameIsTheBodyTheTextNamesInFull() {
        Entities anc = EXTRACTOR.extract("The African National Congress (ANC) said on Friday it would take part in the "
                + "talks. Congress leaders met in Johannesburg, and the Congress spokesman said the vote would be held in "
                + "May.");
        assertEquals(List.of("African National Congress"), anc.organizations());
        // two bodies of that word: the short name stays the lists'
        Entities both = EXTRACTOR.extract("The U.S. Congress and the African National Congress both sent delegations. "
                + "Congress will vote on the aid package next week in Washington.");
        assertEquals(List.of("US Congress", "African National Congress"), both.organizations());
    }

    @Test
    void aNameAfterATitleEndsBeforeTheTimeOfDay() {
        Entities e = EXTRACTOR.extract("Czech President Vaclav Havel on Friday welcomed the decision.");
        assertEquals(List.of("Vaclav Havel"), e.people());
    }

    @Test
    void aNameAfterATitleWithAPortfolioStartsAfterThePortfolio() {
        Entities e = EXTRACTOR.extract("U.S. Secretary of State Antony Blinken arrived in Tel Aviv on Monday. The "
                + "Secretary of Defense Lloyd Austin met Japanese officials.");
        assertEquals(List.of("Antony Blinken", "Lloyd Austin"), e.people());
    }

    @Test
    void aLongerNameIsNotTakenForTheKnownNameInsideIt() {
        Entities e = EXTRACTOR.extract("The African National Congress (ANC) said on Friday it would take part. "
                + "Bill Jordan, general secretary of the ICFTU, welcomed the news.");
        assertTrue(e.organizations().contains("African National Congress"), e.toString());
        assertFalse(e.organizations().contains("US Congress"), e.toString());
        assertTrue(e.people().contains("Bill Jordan"), e.toString());
        assertFalse(e.locations().contains("Jordan"), e.toString());
        assertTrue(e.organizations().contains("ICFTU"), e.toString());
    }

    @Test
    void anAcronymDefinedInParenthesesIsThatOrganisationEverywhere() {
        Entities e = EXTRACTOR.extract("The Harbour Workers Federation (HWF) called a strike on Monday. The HWF "
                + "said 1,200 members would walk out, and HWF leaders met the port's owners.");
        // reported as the text spells it too: readers search "HWF" as often as the full name
        assertEquals(List.of("Harbour Workers Federation", "HWF"), e.organizations());
        Entities anc = EXTRACTOR.extract("The African National Congress (ANC) said on Friday it would take part. "
                + "The ANC has governed since 1994.");
        assertEquals(List.of("African National Congress"), anc.organizations());
        Entities letters = EXTRACTOR.extract("Traders said the International Tartan Organisation ( ITTO ) had raised "
                + "its estimate on Monday . ITTO delegates meet in March .");
        assertEquals(List.of("International Tartan Organisation", "ITTO"), letters.organizations(),
                letters.toString());
    }

    @Test
    void anUnknownAcronymAfterTheIsAnOrganisationButAJobIsNot() {
        Entities e = EXTRACTOR.extract("Delegates of the FNLA walked out, and the CEO of the mine said the "
                + "talks in Luanda would resume.");
        assertEquals(List.of("FNLA"), e.organizations());
        assertEquals(List.of("Luanda"), e.locations());
        Entities adjective = EXTRACTOR.extract("The party and the centre-right UDF hold a majority , and the so-called "
                + "STEM subjects and the real-time OLAP store were praised .");
        assertEquals(List.of("UDF"), adjective.organizations(), adjective.toString());
    }

    @Test
    void aCommonNounNextToAnUnknownNameMakesItAnOrganisation() {
        Entities e = EXTRACTOR.extract("Regulators fined carmaker Volvo on Tuesday. In Athens the socialist party "
                + "PASOK won, the New Democracy party conceded, and analysts at the chemicals group Hoechst agreed.");
        assertEquals(List.of("Volvo", "PASOK", "New Democracy", "Hoechst"), e.organizations());
        Entities shares = EXTRACTOR.extract("Shares in Lonrho fell 5 pence, shares in Tokyo rose and he holds a "
                + "stake in Kallio.");
        assertEquals(List.of("Lonrho", "Kallio"), shares.organizations());
        assertEquals(List.of("Tokyo"), shares.locations());
        assertEquals(List.of("Athens"), e.locations());
        assertEquals(List.of(), e.people());
    }

    @Test
    void firmsAndStreetsThatSpeakAreNotPeople() {
        Entities e = EXTRACTOR.extract("Salomon Brothers said it would buy. Munich Re says it lost money. "
                + "Downing Street said the Prime Minister would reply.");
        assertEquals(List.of(), e.people());
        assertTrue(e.organizations().containsAll(List.of("Salomon Brothers", "Munich Re")), e.toString());
        assertEquals(List.of("Downing Street"), e.locations());
    }

    @Test
    void organisationsOutsideTheSeedsSubjectAreFound() {
        Entities e = EXTRACTOR.extract("Heineken, Mobil and Exxon reported higher profits. The IRA rejected the "
                + "ruling, and the Office of Fair Trading said it would look again.");
        assertEquals(List.of("Heineken", "Mobil", "Exxon", "IRA", "Office of Fair Trading"), e.organizations());
    }

    @Test
    void anOrganisationBeforeATitleIsTheTitlesEmployer() {
        Entities e = EXTRACTOR.extract("ECB President Mario Draghi spoke after GM CEO Mary Barra. Fed Chairman "
                + "Alan Greenspan and IMF Managing Director Michel Camdessus listened.");
        assertEquals(List.of("Mario Draghi", "Mary Barra", "Alan Greenspan", "Michel Camdessus"), e.people());
        assertEquals(List.of("European Central Bank", "General Motors", "Federal Reserve",
                "International Monetary Fund"), e.organizations());
        Entities rubin = EXTRACTOR.extract("U.S. Treasury Secretary Robert Rubin said the dollar was strong.");
        assertEquals(List.of("Robert Rubin"), rubin.people());
        assertEquals(List.of("Treasury Department"), rubin.organizations());
        Entities hyphenated = EXTRACTOR.extract("U.N. Secretary-General Boutros Boutros-Ghali met WTO "
                + "Director-General Renato Ruggiero. Secretary-General Annan and Vice-President Al Gore listened.");
        assertEquals(List.of("Boutros Boutros-Ghali", "Renato Ruggiero", "Annan", "Al Gore"), hyphenated.people());
        assertEquals(List.of("United Nations", "World Trade Organization"), hyphenated.organizations());
    }

    @Test
    void aCountryBeforeAnInstitutionsWordIsPartOfItsName() {
        Entities e = EXTRACTOR.extract("Kohl's Christian Democrats told Israel Radio that the U.S. Department of "
                + "Energy and Japan Airlines would help, a U.S. official said.");
        assertEquals(List.of("Christian Democrats", "Israel Radio", "U.S. Department of Energy", "Japan Airlines"),
                e.organizations());
        assertEquals(List.of("United States"), e.locations());
    }

    @Test
    void aPlaceBeforeAKnownOrganisationSaysWhereItWorks() {
        Entities e = EXTRACTOR.extract("Kenya Red Cross puts the death toll at 34.");
        assertEquals(List.of("Red Cross"), e.organizations());
        assertEquals(List.of("Kenya"), e.locations());
    }

    @Test
    void acronymsInTitleCaseAreTheOrganisation() {
        Entities e = EXTRACTOR.extract("Opec ministers meet in Vienna, and Nato says the convoy is a breach.");
        assertEquals(List.of("OPEC", "NATO"), e.organizations());
    }

    @Test
    void legalFormsOfOtherCountriesMarkCompaniesAndAKnownCompanyKeepsItsName() {
        Entities e = EXTRACTOR.extract("Italy's Fiat SpA said profits rose, and Ford Motor Co and Siemens AG "
                + "agreed. Zorvex Industri AB and Kallio Oyj said nothing.");
        assertEquals(List.of("Fiat", "Ford", "Siemens", "Zorvex Industri AB", "Kallio Oyj"), e.organizations());
        assertEquals(List.of(), e.people());
        Entities county = EXTRACTOR.extract("Fog came up from Grange Co Limerick on Monday.");
        assertEquals(List.of(), county.organizations());
    }

    @Test
    void aPluralOrFormerOpeningASentenceIsNoPartOfTheNameAfterIt() {
        Entities e = EXTRACTOR.extract("Shares of Acme Widget Corp rose 2 percent on Monday.");
        assertEquals(List.of("Acme Widget Corp"), e.organizations());
        Entities former = EXTRACTOR.extract("Former Senate leader Bob Dole campaigned in Ohio on Monday.");
        assertEquals(List.of("Bob Dole"), former.people());
        assertTrue(former.organizations().stream().noneMatch(o -> o.startsWith("Former")),
                former.organizations().toString());
    }

    @Test
    void aSurnameAloneAfterATitleIsAPerson() {
        Entities e = EXTRACTOR.extract("Vice President Biden arrived in Kiev on Monday.");
        assertEquals(List.of("Biden"), e.people());
        // after any title a given name alone is a person's name too
        Entities angelica = EXTRACTOR.extract("Mother Angelica was admitted to hospital.");
        assertEquals(List.of("Angelica"), angelica.people());
        // unless the title is part of a notable person's name
        Entities teresa = EXTRACTOR.extract("Mother Teresa was admitted to hospital.");
        assertEquals(List.of("Mother Teresa"), teresa.people());
        Entities general = EXTRACTOR.extract("Secretary General Motors arrived, and the Deputy Chief Inspector "
                + "spoke.");
        assertEquals(List.of(), general.people());
    }

    @Test
    void aGivenNameOfManyCountriesStartsAPersonsNameButNotAProductsOrAPeoples() {
        Entities e = EXTRACTOR.extract("Pete Sampras of the U.S. won on Tuesday.");
        assertEquals(List.of("Pete Sampras"), e.people());
        Entities things = EXTRACTOR.extract("We tried Claude Code on a Noble Desktop and read German Expressionist "
                + "poems.");
        assertEquals(List.of(), things.people());
    }

    @Test
    void aGivenNameTheModelLeftOutMakesItsTeamOrPlaceAPerson() {
        // the model takes "Seles" for a team ("X beat Y") and leaves "Monica" out
        Entities e = EXTRACTOR.extract("Monica Seles beat Jana Novotna 7-5 6-4 on Sunday.");
        assertEquals(List.of("Monica Seles", "Jana Novotna"), e.people());
        assertEquals(List.of(), e.organizations());
        // nor does a club with its city, or a given name before an acronym
        Entities clubs = EXTRACTOR.extract("Paris Saint-Germain beat Lyon.\n\n2. Stanford GSB\n\nStanford is famous "
                + "for its ties to Silicon Valley.");
        assertEquals(List.of(), clubs.people());
    }

    @Test
    void aScoreAfterAResultSaysWhetherItsSidesAreTeamsOrPlayers() {
        Entities teams = EXTRACTOR.extract("Juve beat Parma 2-0 in Turin, and Leeds drew with Wimbledon 1-1.");
        assertEquals(List.of("Juve", "Parma", "Leeds", "Wimbledon"), teams.organizations());
        assertEquals(List.of("Turin"), teams.locations());
        Entities players = EXTRACTOR.extract("Ivanisevic beat Siemerink 6-4 7-6 (7-3), and Seles lost to Novotna 7-5 "
                + "6-4.");
        assertEquals(List.of("Ivanisevic", "Siemerink", "Seles", "Novotna"), players.people());
        assertEquals(List.of(), players.organizations());
        // countries stay places (national teams); no score, no rule: "beat forecasts" names nothing
        Entities nations = EXTRACTOR.extract("Sweden beat France 3-2 in the Davis Cup. Sales beat forecasts by 2-3 "
                + "percent.");
        assertEquals(List.of("Sweden", "France"), nations.locations());
        assertEquals(List.of(), nations.organizations());
    }

    @Test
    void aPeoplesAdjectiveWithItsDirectionBeforeANameLeavesThePerson() {
        Entities e = EXTRACTOR.extract("South African Ernie Dalvey was second , a stroke behind . West German Uwe "
                + "Brandtner was third .");
        assertEquals(List.of("Ernie Dalvey", "Uwe Brandtner"), e.people(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void deanIsAGivenNameBeforeASurnameAndATitlesWordThatIsAGivenNameMakesAPerson() {
        Entities e = EXTRACTOR.extract("Striker Dean Harwick scored twice on Saturday . Police arrested opposition "
                + "leader Dean Mungomba on Friday . Dean Jones hit 85 . King Tarvo met Prince Aldric .");
        assertEquals(List.of("Dean Harwick", "Dean Mungomba", "Dean Jones", "Tarvo", "Aldric"), e.people(),
                e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aCitysNameBetweenAGivenNameAndASurnameIsPartOfThePersonsName() {
        Entities e = EXTRACTOR.extract("The bill passed after a debate led by Senator Juan Ponce Vardello .");
        assertEquals(List.of("Juan Ponce Vardello"), e.people(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aNameWithTheArabicArticleInLowerCaseBesideANewspapersWordIsThatNewspaper() {
        Entities e = EXTRACTOR.extract("The London-based daily al-Tarvan said on Friday that Egypt 's el-Qirsh "
                + "newspaper had the story first . The talks in al-Mazra were held in secret .");
        assertEquals(List.of("al-Tarvan", "el-Qirsh"), e.organizations(), e.toString());
    }

    @Test
    void eastTimorIsOnePlaceUnderEitherNameAndProprietaryEndsACompanysName() {
        Entities e = EXTRACTOR.extract("INDONESIA - EAST TIMOR ACTIVISTS WIN PRIZE .\nThe bishop of Timor-Leste was "
                + "there . The mine is controlled by Vardon Hill Proprietary , a miner .");
        assertEquals(List.of("Indonesia", "East Timor"), e.locations(), e.toString());
        assertEquals(List.of("Vardon Hill Proprietary"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void anAnalystsEmployerAfterTheNameAndOfIsAnOrganisationButAPlaceStaysAPlace() {
        Entities e = EXTRACTOR.extract("Analyst Peter Beutel of Cameron Hanover said the market was oversold . "
                + "Economist Jan Lambregts of Frankfurt said rates would stay . His agent Hughes Norton of IMG said "
                + "so .");
        assertEquals(List.of("Cameron Hanover", "IMG"), e.organizations(), e.toString());
        assertEquals(List.of("Peter Beutel", "Jan Lambregts", "Hughes Norton"), e.people(), e.toString());
        assertEquals(List.of("Frankfurt"), e.locations(), e.toString());
    }

    @Test
    void commonGivenNamesOfWorldNewsStartAPersonsNameAtASentencesStart() {
        Entities e = EXTRACTOR.extract("Hermann Vardel won the race on Friday . Hiroshi Tarvane said on Friday the "
                + "yen would fall . Massimo Orlendi scored twice .");
        assertEquals(List.of("Hermann Vardel", "Hiroshi Tarvane", "Massimo Orlendi"), e.people(), e.toString());
    }

    @Test
    void aGivenNameAndACommonWordBetweenPeopleOfAListAreAPerson() {
        Entities e = EXTRACTOR.extract("Brexley : Cedric Varlon , Arnaud Tesse , Guy Forget , Guillaume Ravel\nThe "
                + "team meets on Friday .");
        assertEquals(List.of("Cedric Varlon", "Arnaud Tesse", "Guy Forget", "Guillaume Ravel"), e.people(),
                e.toString());
    }

    @Test
    void anInitialAndAPlacesLastWordInAScoreboardAreAPlayer() {
        Entities e = EXTRACTOR.extract("Tasmania first innings\nD. Vardon c Berry b Reiffel 45\nJ. Cox lbw b "
                + "Fleming 12\nM. Hills not out 88");
        assertTrue(e.people().contains("M. Hills"), e.toString());
        assertEquals(List.of("Tasmania"), e.locations(), e.toString());
        Entities n = EXTRACTOR.extract("N. Hills not out 88 , said the scorer .");
        assertEquals(List.of(), n.people(), n.toString());
    }

    @Test
    void membersOfParliamentAreNoPersonsNameAndAConstabularyIsABody() {
        Entities e = EXTRACTOR.extract("Eurosceptic Tory MPs led by Bill Vardon want a vote . The Royal Tarvik "
                + "Constabulary blamed the guerrillas .");
        assertEquals(List.of("Bill Vardon"), e.people(), e.toString());
        assertTrue(e.organizations().contains("Royal Tarvik Constabulary"), e.toString());
    }

    @Test
    void aTablesHeadingOfColumnsIsNoNameAndNewEnglandIsARegionWhoseTeamIsAClub() {
        Entities e = EXTRACTOR.extract("Standings after Thursday 's games :\nEASTERN DIVISION\nW L T PF PA\nNEW "
                + "ENGLAND 9 4 0 355 258\nBUFFALO 9 4 0 265 213\nINDIANAPOLIS 7 6 0 253 267");
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("New England", "Buffalo", "Indianapolis"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
        Entities region = EXTRACTOR.extract("The tour visits the charming islands of New England in May .");
        assertEquals(List.of("New England"), region.locations(), region.toString());
    }

    @Test
    void theLastBowlerOfAScorecardThatEndsTheTextIsAPerson() {
        Entities e = EXTRACTOR.extract("CRICKET - TARVIK V VARDON SCOREBOARD .\nBowling : Brexall 18-5-45-2 , "
                + "Oldmay 15-3-40-1 , Tessendon 6-0-29-0");
        assertEquals(List.of("Brexall", "Oldmay", "Tessendon"), e.people(), e.toString());
    }

    @Test
    void aNameOpposedToAClubByVInASportsStoryIsAClub() {
        Entities e = EXTRACTOR.extract("SOCCER - SCOTTISH CUP DRAW .\nDraw for the third round made on Friday :\n"
                + "Rangers v Hearts\nForfar v Celtic");
        assertEquals(List.of("Rangers", "Hearts", "Forfar", "Celtic"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aLineOfScorersIsNoGroundOfCricketsScores() {
        Entities e = EXTRACTOR.extract("Juventus won 2-1 on Sunday .\nScorers : Del Piero 20 , Vieri 56");
        assertEquals(List.of("Del Piero", "Vieri"), e.people(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void senWithoutItsPeriodIsASurnameNoTitle() {
        Entities e = EXTRACTOR.extract("The king warned second prime minister Hun Sen on Friday not to interfere .");
        assertEquals(List.of("Hun Sen"), e.people(), e.toString());
    }

    @Test
    void enterprisesAndVenturesEndCompaniesNamesButNotHeadingsOfCommonWords() {
        Entities e = EXTRACTOR.extract("Vartega Enterprises and Nintendo Co cut prices last month . Brexall Ventures "
                + "led the round .");
        assertEquals(List.of("Vartega Enterprises", "Nintendo", "Brexall Ventures"), e.organizations(),
                e.toString());
        Entities heading = EXTRACTOR.extract("Tools for Large Enterprises\nThe guide lists what large firms use .");
        assertEquals(List.of(), heading.organizations(), heading.toString());
    }

    @Test
    void aBodysCommonWordAloneIsNoName() {
        Entities e = EXTRACTOR.extract("Tarvik sacked the coach on Friday . Club chairman Michael van Vardel said the "
                + "decision was taken after the defeat .");
        assertEquals(List.of("Michael van Vardel"), e.people(), e.toString());
        assertTrue(e.organizations().stream().noneMatch(o -> o.equals("Club")), e.toString());
    }

    @Test
    void peoplesAdjectivesOfManyFormsAreNoNames() {
        Entities e = EXTRACTOR.extract("The Italian government and Canadian officials met Mexican, Moroccan, Uzbek "
                + "and Kazakh delegates in Rome.");
        assertEquals(List.of("Rome"), e.locations());
        assertEquals(List.of(), e.organizations());
    }

    @Test
    void aNameBeforeACountryInParenthesesIsAPlayerButAClubStaysAClub() {
        Entities e = EXTRACTOR.extract("Second round:\nJonas Bjorkman (Sweden) beat Pete Sampras (U.S.) 6-4 6-3\n"
                + "Goran Ivanisevic (Croatia) beat Cedric Pioline (France) 6-3 7-5\nBayern Munich (Germany) 2 Ajax "
                + "Amsterdam (Netherlands) 1\nFairfax Financial (Canada) bought it.");
        assertEquals(List.of("Jonas Bjorkman", "Pete Sampras", "Goran Ivanisevic", "Cedric Pioline"), e.people());
        assertTrue(e.organizations().containsAll(List.of("Bayern Munich", "Ajax")), e.toString());
    }

    @Test
    void anUnknownPlaceInADatelineIsAPlaceButAnEventWithItsYearIsNot() {
        Entities e = EXTRACTOR.extract("AL-AIN, United Arab Emirates 1996-12-06\nJapan won.\n\nTUZLA 1996-08-30\n"
                + "Bosnian Serbs said they would stay.\n\nFABCON 2026 will be held in March.");
        assertEquals(List.of("Al-Ain", "United Arab Emirates", "Japan", "Tuzla"), e.locations());
        assertEquals(List.of(), e.people());
    }

    @Test
    void theNamesOfATableOfStandingsAreTeamsButTwoRowsOfFiguresAreNoTable() {
        Entities clubs = EXTRACTOR.extract("Standings (played, won, drawn, lost, for, against, points):\n"
                + "Ajax 10 8 2 0 22 5 26\nFeyenoord 10 7 2 1 19 9 23\nRoda JC 10 5 3 2 14 11 18\nItaly 3 2 1 0 5 2 7");
        assertEquals(List.of("Ajax", "Feyenoord", "Roda JC"), clubs.organizations());
        assertEquals(List.of("Italy"), clubs.locations());
        Entities sizes = EXTRACTOR.extract("Sizes in stock:\nSmall 10 8 2 0 22 5 26\nLarge 10 7 2 1 19 9 23");
        assertEquals(List.of(), sizes.organizations());
    }

    @Test
    void anInstitutionsHeadAndOfMakeAnOrganisationAndTheArabicArticleContinuesAName() {
        Entities e = EXTRACTOR.extract("Sudan's President Omar Hassan al-Bashir met the Organisation of African Unity "
                + "and the Board of Directors.");
        assertEquals(List.of("Omar Hassan al-Bashir"), e.people());
        assertEquals(List.of("Organisation of African Unity"), e.organizations());
        Entities given = EXTRACTOR.extract("Palestinian police chief Ghazi al-Jabali said security would be tight , "
                + "and he met Sudan 's Hassan al-Turabi in Khartoum , not the medieval Sufi al-Ghazali .");
        assertEquals(List.of("Ghazi al-Jabali", "Hassan al-Turabi"), given.people(), given.toString());
    }

    @Test
    void anInstitutionsHeadAndForMakeAnOrganisation() {
        Entities e = EXTRACTOR.extract("Figures from the Office for Coastal Statistics and a study by the Institute "
                + "for Rural Energy and Transport were published on Monday.");
        assertEquals(List.of("Office for Coastal Statistics", "Institute for Rural Energy and Transport"),
                e.organizations());
        assertEquals(List.of(), e.people());
    }

    @Test
    void aCountrysAbbreviationBeforeItsStatesBodyNamesTheCountryTooButAFullNameInABodysNameDoesNot() {
        Entities e = EXTRACTOR.extract("U.S. Treasury Secretary Robert Rubin said on Monday that a U.S. Army team "
                + "would help. The Japan Fair Trade Commission fined ten trading houses.");
        assertEquals(List.of("United States"), e.locations(), e.toString());
        assertEquals(List.of("Treasury Department", "U.S. Army", "Japan Fair Trade Commission"), e.organizations(),
                e.toString());
    }

    @Test
    void aNameThatEndsWithAnIndustryIsACompanyNotAPerson() {
        Entities e = EXTRACTOR.extract("Bre-X Minerals said on Monday its Busang find in Indonesia was larger than "
                + "thought.");
        assertEquals(List.of("Bre-X Minerals"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aCompanysDescriptionBetweenCommasMakesItAnOrganisationButAPersonsRoleInOneDoesNot() {
        Entities e = EXTRACTOR.extract("Veldmark, the Dutch electronics group, said sales rose. Tarnow, a Calgary-based "
                + "oil producer, cut output by a tenth. Anna Kessler, a member of the ruling party, said she would vote "
                + "against the plan.");
        assertEquals(List.of("Veldmark", "Tarnow"), e.organizations());
        assertEquals(List.of("Anna Kessler"), e.people());
    }

    @Test
    void anyMixOfTheWordsTheRulesLookAtGivesNamesAndNoError() {
        // parentheses, datelines, legal forms, titles, given names, results and their scores
        String[] pieces = {"(", ")", "Sweden", "U.S.", "Pete", "Sampras", "Co", "Limerick", "AL-AIN", ",", "1996", "-",
            "08", "\n", "al-Bashir", "Shares", "in", "of", "Board", "Organisation", "Italian", "Serbs", "10",
            "President", "de", "Loyola", "ECB", "SpA", "Kenya", "Red", "Cross", "Reuters", "TUZLA", "April", "’s", "é",
            "beat", "drew", "with", "lost", "to", "6", "7", "2", "999", "Monica", "Seles", "GSB", "Arsenal", "scored",
            "from", "cross", "through", "equalised", "took", "wickets", "for", "Kent", "innings", "team", "his",
            "Banesto", "city", "Tour", "France", "Christian", "Hokkaido", "Bank", "Campaign", "peace", "Brent",
            "February", ":", "7:20.67", "2.", "'s", "added", "the", "third", "came", "goal"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            Entities e = EXTRACTOR.extract(text.toString());
            for (List<String> names : List.of(e.people(), e.organizations(), e.locations())) {
                assertTrue(names.stream().noneMatch(String::isBlank), text + " -> " + e);
            }
        }
    }

    @Test
    void everyPrefixAndSuffixOfTheRulesShapesGivesNoError() {
        // the rules read tokens ahead of and behind a name: a text may end or start anywhere in their shapes
        String shapes = "Results : 1. Tovar Brennich ( South Africa ) 7:20.67 2. Panathinaikos ( Greece ) 78 Real Madrid ( "
                + "Spain ) 61 , 13 - Ian Wright ( Arsenal ) 10 - Les Ferdinand ( Newcastle ) . Zidane scored from a "
                + "cross from Overmars , Pizzi added the third , the goal came from Lardin and Schalke equalised "
                + "through Thon . Ambrose took two wickets for 70 as Kent won by an innings , his Banesto team said "
                + "in the city of Punta Arenas . Morocco 's Salah Hissou won the Tour de France at Hokkaido "
                + "Takushoku Bank and February Brent rose , the Campaign for Democracy said of the Dayton peace . "
                + "Ghazi al-Jabali";
        String[] words = shapes.split(" ");
        for (int k = 0; k <= words.length; k++) {
            for (String text : List.of(String.join(" ", Arrays.copyOfRange(words, 0, k)),
                    String.join(" ", Arrays.copyOfRange(words, k, words.length)))) {
                Entities e = EXTRACTOR.extract(text);
                for (List<String> names : List.of(e.people(), e.organizations(), e.locations())) {
                    assertTrue(names.stream().noneMatch(String::isBlank), text + " -> " + e);
                }
            }
        }
    }

    @Test
    void anOccupationBeforeANameIsNotPartOfIt() {
        Entities e = EXTRACTOR.extract("Headteacher Sarah Okafor said the school would reopen on Monday.");
        assertEquals(List.of("Sarah Okafor"), e.people());
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullEarlier() {
        Entities e = EXTRACTOR.extract("President Bill Clinton arrived in Jordan on Friday. Clinton said the talks "
                + "would go on.");
        assertEquals(List.of("Bill Clinton"), e.people());
        assertEquals(List.of("Jordan"), e.locations());
    }

    @Test
    void aWordThatEndsAnOrganisationsNameIsThatOrganisationButALeadersNameBeforeItsGovernmentStaysHis() {
        Entities carmaker = EXTRACTOR.extract("The carmaker Aston Martin said on Monday its losses had narrowed. "
                + "Martin expects sales to rise next year.");
        assertEquals(List.of("Aston Martin"), carmaker.organizations());
        assertEquals(List.of(), carmaker.people());
        // a place only when the organisation is a known one
        Entities drugmaker = EXTRACTOR.extract("The drugmaker Eli Lilly and Company reported higher sales. Lilly's "
                + "chief executive David Ricks said demand was strong.");
        assertEquals(List.of("Eli Lilly"), drugmaker.organizations());
        assertEquals(List.of(), drugmaker.locations());
        Entities regime = EXTRACTOR.extract("The Assad regime said on Monday that Assad would speak.");
        assertEquals(List.of("Assad"), regime.people());
    }

    @Test
    void aProgrammeOrAFellowshipNamedAfterAPersonIsNoPersonNorIsAContraction() {
        Entities programme = EXTRACTOR.extract("She joined the Ada Kessler Program in 2019 and won a Tomas Varga "
                + "Fellowship two years later.");
        assertEquals(List.of(), programme.people());
        Entities checklist = EXTRACTOR.extract("Set calendar reminders - Don't let important deadlines slip by.\n"
                + "Book the venue - Won't wait for spring prices.");
        assertEquals(List.of(), checklist.locations());
        assertEquals(List.of(), checklist.people());
        assertEquals(List.of(), checklist.organizations());
    }

    @Test
    void anOrdinalOpensNoPersonsName() {
        Entities wards = EXTRACTOR.extract("Bike lanes now run through Third Ward and Fifth Ward, the city said.");
        assertEquals(List.of(), wards.people());
        assertTrue(wards.locations().contains("Third Ward"), wards.toString());
    }

    @Test
    void anAcronymListedWithBodiesAcronymsIsABodysButNotACommonOne() {
        Entities unions = EXTRACTOR.extract("Workers at the Velmora plant struck on Friday . The CGIL , KVRS and UIL "
                + "union federations called the four-hour stoppage .");
        assertTrue(unions.organizations().containsAll(List.of("CGIL", "KVRS", "UIL")), unions.toString());
        Entities degrees = EXTRACTOR.extract("The CGIL , CEO and UIL leaders met on Friday .");
        assertFalse(degrees.organizations().contains("CEO"), degrees.toString());
    }

    @Test
    void aWordThatOpensAnOrganisationsNameIsThatOrganisationNotAPersonUnlessAPersonsNameHasIt() {
        Entities airline = EXTRACTOR.extract("Corvane Air Lines Inc reported a loss on Monday . Analyst Tom Reed "
                + "said Corvane would cut 200 jobs .");
        assertEquals(List.of("Tom Reed"), airline.people());
        assertTrue(airline.organizations().contains("Corvane"), airline.toString());
        Entities founder = EXTRACTOR.extract("Marta Velsing founded Velsing Freight Lines in 1990 . Velsing said on "
                + "Monday she would retire .");
        assertEquals(List.of("Marta Velsing"), founder.people());
    }

    @Test
    void anInstitutionsHeadWordAndOfBeforeAPlaceAreOneOrganisationButNotBeforeAPerson() {
        Entities bank = EXTRACTOR.extract("Profits at Bank of Tokyo rose on Friday. The Church of England voted on "
                + "Tuesday. Researchers at the University of Sydney said the study was small.");
        assertEquals(List.of("Bank of Tokyo", "Church of England", "University of Sydney"), bank.organizations());
        assertEquals(List.of(), bank.locations());
        Entities office = EXTRACTOR.extract("A statement from the Office of Tony Blair said he would attend.");
        assertEquals(List.of("Tony Blair"), office.people());
    }

    @Test
    void anOrganisationEndsAtItsLegalFormAndBeforeALowerCaseTitleAndTheNameAfterIt() {
        Entities bank = EXTRACTOR.extract("Goldman Sachs Group Inc raised its forecast for Brent crude on Monday.");
        assertTrue(bank.organizations().stream().noneMatch(o -> o.contains("raised")), bank.organizations().toString());
        Entities who = EXTRACTOR.extract("Speaking in Geneva, World Health Organization chief Tedros Adhanom "
                + "Ghebreyesus urged calm.");
        assertEquals(List.of("World Health Organization"), who.organizations());
        assertEquals(List.of("Tedros Adhanom Ghebreyesus"), who.people());
    }

    @Test
    void aKnownSpellingMayEndWithAPossessive() {
        Entities e = EXTRACTOR.extract("On Friday, Standard & Poor's cut Italy's credit rating, and Moody's said it "
                + "would follow.");
        assertEquals(List.of("Standard & Poor's", "Moody's"), e.organizations());
        assertEquals(List.of(), e.people());
        Entities typeset = EXTRACTOR.extract("On Friday, Moody’s cut Italy’s credit rating.");
        assertEquals(List.of("Moody's"), typeset.organizations());
    }

    @Test
    void aDatelineInCapitalsIsAPlace() {
        Entities e = EXTRACTOR.extract("LONDON 1996-08-30\nShares in Mobil rose 3 percent on Friday, traders said.");
        assertEquals(List.of("London"), e.locations());
        assertEquals(List.of("Mobil"), e.organizations());
    }

    @Test
    void aPlaceThatPlaysIsAClubButACountryStaysAPlace() {
        Entities e = EXTRACTOR.extract("Leicestershire beat Somerset by an innings and 39 runs on Friday. Essex "
                + "captain Paul Prichard said Germany beat Italy in the other match. Marseille drew with Lyon. The "
                + "mayor of Lyon was not there; Kent lost to Sussex, and Paris is quiet.");
        assertTrue(e.organizations().containsAll(List.of("Somerset", "Essex", "Marseille", "Sussex")),
                e.toString());
        assertTrue(e.locations().containsAll(List.of("Germany", "Italy", "Paris")), e.toString());
        assertTrue(!e.locations().contains("Somerset") && !e.locations().contains("Essex"), e.toString());
    }

    @Test
    void placesOnALineOfResultsAreClubsButListsOfPricesGainNoNames() {
        Entities results = EXTRACTOR.extract("Results of English premier league matches on Saturday:\nArsenal 2 "
                + "West Ham 0\nLeeds 3 Wimbledon 1\nJapan 2 Syria 1\nThe fans in Leeds celebrated.");
        assertTrue(results.organizations().containsAll(List.of("Leeds", "Wimbledon")), results.toString());
        assertTrue(results.locations().containsAll(List.of("Japan", "Syria")), results.toString());
        Entities prices = EXTRACTOR.extract("What we bought this week:\nApples 2 Eggs 12\nPears 3 Bananas 6\nIt "
                + "came to less than last week.");
        assertEquals(List.of(), prices.organizations(), prices.toString());
    }

    @Test
    void theSidesOfABlockOfResultsUnderItsHeadingAreTeamsButAListOfThingsAndTheirNumbersHasNone() {
        Entities results = EXTRACTOR.extract("Results of third division matches on Saturday:\nBrexley 2 Tarnfield 1\n"
                + "Oldmoor 0 Kelham Rovers 3\nJapan 2 Syria 1\nThe fans in Brexley celebrated.");
        assertEquals(List.of("Brexley", "Tarnfield", "Oldmoor", "Kelham Rovers"), results.organizations());
        assertEquals(List.of("Japan", "Syria"), results.locations());
        // a lone line of two sides is a result where its heading says so, not where it only says "matches"
        Entities single = EXTRACTOR.extract("Results of third division matches on Saturday:\nBrexley 2 Tarnfield 1\n"
                + "The fans celebrated.");
        assertEquals(List.of("Brexley", "Tarnfield"), single.organizations(), single.toString());
        Entities tickets = EXTRACTOR.extract("Tickets sold for third division matches on Saturday:\nBrexley 2 "
                + "Tarnfield 1\nThe fans celebrated.");
        assertEquals(List.of(), tickets.organizations(), tickets.toString());
        Entities stock = EXTRACTOR.extract("What is left in the shop:\nQuorbel 2 Tamsin 12\nVarrow 3 Pellish 6\nMore "
                + "comes on Monday.");
        assertEquals(List.of(), stock.organizations(), stock.toString());
    }

    @Test
    void aSideOfCommonWordsInABlockOfResultsIsATeamWhereItsOpponentIsAName() {
        Entities e = EXTRACTOR.extract("Results of third division matches on Friday :\nLens 1 Tarnfield 0\nBrexley 2 "
                + "Oldmoor 1\nThe fans cheered .");
        assertEquals(List.of("Lens", "Tarnfield", "Brexley", "Oldmoor"), e.organizations(), e.toString());
        Entities things = EXTRACTOR.extract("Results of the count on Friday :\nLens 1 Mirrors 0\nFrames 2 Cases 1\n"
                + "The shop closed .");
        assertEquals(List.of(), things.organizations(), things.toString());
    }

    @Test
    void aDivisionsHeadingMayStartWithItsCountrysAdjective() {
        Entities e = EXTRACTOR.extract("Results of Scottish league matches on Friday :\nScottish premier division : "
                + "Brexley 1 Tarnfield 2\nThe fans cheered .");
        assertEquals(List.of("Brexley", "Tarnfield"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
        Entities block = EXTRACTOR.extract("Results of Dutch league matches on Friday :\nDutch first division : "
                + "Brexley 1 Tarnfield 2\nDutch second division : Oldmoor 0 Kelham 3\nThe fans cheered .");
        assertEquals(List.of("Brexley", "Tarnfield", "Oldmoor", "Kelham"), block.organizations(), block.toString());
    }

    @Test
    void aBlocksLinesMayHoldADivisionsHeadingAndMatchesApartBySemicolons() {
        Entities e = EXTRACTOR.extract("Results of third division matches on Sunday:\nPool one: Brexley 34 Tarnfield "
                + "12; Orval 21 Castrel 15\nPool two: Oldmoor 18 Kelham 18; Vasse-Loriol 9 Pau 22\nThe fans cheered.");
        assertEquals(List.of("Brexley", "Tarnfield", "Orval", "Castrel", "Oldmoor", "Kelham", "Vasse-Loriol", "Pau"),
                e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
        Entities prices = EXTRACTOR.extract("Prices in the shop on Sunday:\nPool one: Quorbel 34 Tamsin 12; Orval "
                + "21 Castrel 15\nPool two: Oldmoor 18 Kelham 18; Vasse 9 Pau 22\nMore comes on Monday.");
        assertEquals(List.of(), prices.organizations(), prices.toString());
    }

    @Test
    void aPlayersCountryInParenthesesLeavesTheResultBetweenThePlayers() {
        Entities e = EXTRACTOR.extract("Results of the second round:\nKarel Novak (Czech Republic) beat Ivo Tamm "
                + "(Estonia) 6-3 6-4\nBrexley (Wales) beat Tarnfield (Scotland) 2-1");
        assertEquals(List.of("Karel Novak", "Ivo Tamm"), e.people());
        assertEquals(List.of("Brexley", "Tarnfield"), e.organizations());
        assertEquals(List.of("Czech Republic", "Estonia", "Wales", "Scotland"), e.locations());
    }

    @Test
    void aMatchsScorersArePeopleAndTheSidesAroundThemTeams() {
        Entities e = EXTRACTOR.extract("Summaries of third division matches on Saturday:\nBrexley 2 (Vardeen 23 pen, "
                + "van Holm 56, 71) Tarnfield 0. Attendance: 9,400\nOldmoor 1 (Kessak 12) Kelham Rovers 1 (Di Arvo 88)."
                + " Half-time 1-0.\nScorers: Ostreby 4, Lanmark 60\nShell 12 (11) and Orvane 3 (from 2) were "
                + "quoted.");
        assertTrue(e.people().containsAll(List.of("Vardeen", "van Holm", "Kessak", "Di Arvo", "Ostreby", "Lanmark")),
                e.toString());
        assertTrue(e.organizations().containsAll(List.of("Brexley", "Tarnfield", "Oldmoor", "Kelham Rovers")),
                e.toString());
        assertTrue(e.people().stream().noneMatch(p -> p.equals("Shell") || p.equals("Orvane")), e.toString());
    }

    @Test
    void theSidesAroundScorersRunOnInOneParagraphAreTeamsThoughTheListsKnowTheirCities() {
        Entities e = EXTRACTOR.extract("Summaries of third division matches on Saturday: Southampton 2 (Vardeen 23, "
                + "Holm 70) Plymouth 1 (Kessak 60). Half-time 1-0. Attendance 9,400. Liverpool 0 Kelham Rovers 1 "
                + "(Di Arvo 81). Germany 1 (Ostreby 4) Norway 0.");
        assertTrue(e.organizations().containsAll(List.of("Southampton", "Plymouth", "Liverpool", "Kelham Rovers")),
                e.toString());
        assertEquals(List.of("Germany", "Norway"), e.locations(), e.toString());
        Entities prose = EXTRACTOR.extract("Exports from Southampton rose to 12 (from 11) in March, the port said. "
                + "Shipments to Plymouth 2 (Holm said) fell.");
        assertEquals(List.of("Southampton", "Plymouth"), prose.locations(), prose.toString());
    }

    @Test
    void inAListOfPlayersANameBeforeACountryIsAPlayersWhateverItsGivenName() {
        // Jamaica is a country there, not the city of the same name
        Entities e = EXTRACTOR.extract("Leading scores after the first round:\n66 Tovar Brennich (Spain), Ostrand "
                + "Velk (Germany)\n2. Quillan Tarrow (Kenya) 20.04\n3. Kastrin Belloq (Jamaica) 20.10\n14 Fairfax Financial (Canada) Group 13,326");
        assertTrue(e.people().containsAll(List.of("Tovar Brennich", "Ostrand Velk", "Quillan Tarrow",
                "Kastrin Belloq")), e.toString());
        assertTrue(e.people().stream().noneMatch(p -> p.contains("Fairfax")), e.toString());
        Entities runOn = EXTRACTOR.extract("Results of the 3,000 metres on Sunday : 1. Tovar Brennich ( Kenya ) "
                + "7:20.67 2. Quillan Tarrow ( Morocco ) 7:32.41 3. Kastrin Belloq ( Kenya ) 7:33.90 4. Ostrand "
                + "Street ( U.S. ) 7:34.10 .");
        assertEquals(List.of("Tovar Brennich", "Quillan Tarrow", "Kastrin Belloq", "Ostrand Street"), runOn.people(),
                runOn.toString());
        Entities match = EXTRACTOR.extract("Women 's singles : Tovar Brennich ( Denmark ) beat Quillan Tarrow ( "
                + "Sweden ) 11-5 11-8 . Rival shipper Tarvik Lines ( Norway ) said on Monday it would cut jobs .");
        assertEquals(List.of("Tovar Brennich", "Quillan Tarrow"), match.people(), match.toString());
        Entities squad = EXTRACTOR.extract("The squad named on Monday :\nForwards - Tovar Brennich ( Rangers ) , "
                + "Quillan Tarrow ( Hibernian ) .\n9 - Quarzi ( Barcelona ) , Tamso ( Betis )\n11. StarTree ( Apache "
                + "Pinot )");
        assertEquals(List.of("Tovar Brennich", "Quillan Tarrow", "Quarzi", "Tamso"), squad.people(),
                squad.toString());
    }

    @Test
    void clubsEachWithItsCountryAndScoreOnALineOfResultsAreClubsButPlayersOfALeaderboardStayPeople() {
        Entities e = EXTRACTOR.extract("Results of European league matches on Thursday : Panathinaikos ( Greece ) 78 "
                + "Real Madrid ( Spain ) 61 , Olimpija Ljubljana ( Slovenia ) 70 Kinder Bologna ( Italy ) 72 ; "
                + "Valencia ( Spain ) 3 Helsingborg ( Sweden ) 0 .");
        assertTrue(e.organizations().containsAll(List.of("Panathinaikos", "Real Madrid", "Olimpija Ljubljana",
                "Kinder Bologna", "Valencia", "Helsingborg")), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("Greece", "Spain", "Slovenia", "Italy", "Sweden"), e.locations(), e.toString());
        Entities golf = EXTRACTOR.extract("Leading scores : 137 Ernie Els ( South Africa ) 68 69 , Colin Montgomerie "
                + "( Scotland ) 70 67 .");
        assertEquals(List.of("Ernie Els", "Colin Montgomerie"), golf.people(), golf.toString());
    }

    @Test
    void aListOfScorersRunOnNamesPlayersAndTheirClubs() {
        Entities e = EXTRACTOR.extract("Leading goalscorers in the premier league after Saturday 's matches : 13 - "
                + "Ian Wright ( Arsenal ) 10 - Alan Shearer ( Newcastle ) , Les Ferdinand ( Newcastle ) 8 - Matthew "
                + "Le Tissier ( Southampton ) .");
        assertEquals(List.of("Ian Wright", "Alan Shearer", "Les Ferdinand", "Matthew Le Tissier"), e.people(),
                e.toString());
        assertEquals(List.of("Arsenal", "Newcastle", "Southampton"), e.organizations(), e.toString());
        Entities company = EXTRACTOR.extract("Shares in Fairfax Financial ( Toronto ) rose 10 cents on Friday .");
        assertEquals(List.of(), company.people(), company.toString());
    }

    @Test
    void theNamesOfALeaderboardArePlayersButARankedListOfProductsHasNone() {
        Entities e = EXTRACTOR.extract("Leading scores after the first round (Britain unless stated):\n65 Kerrin "
                + "Olde\n66 Colin Montgomerie, Tavo Brennich (Spain)\n67 Orvel Tasker (South Africa), Ostrand Velk"
                + "\n68 70 Ummet Sarlow\n\nBest buys:\n1. Breville Bambino\n2. Delonghi Stilosa, Gaggia Classic");
        assertEquals(List.of("Kerrin Olde", "Colin Montgomerie", "Tavo Brennich", "Orvel Tasker", "Ostrand Velk",
                "Ummet Sarlow"), e.people(), e.toString());
    }

    @Test
    void aNameInParenthesesAfterAPlayersIsTheClubButACountryOrAnActorIsNot() {
        Entities e = EXTRACTOR.extract("The coach named the following squad on Wednesday:\nGoalkeepers - Colin "
                + "Tasker (Brexley), Marta Lindqvist (Parma)\nForwards - Kerrin Olde (Kenya), Colin Ashby (CEO)\n"
                + "The film follows Marta Ostrand (Peter Velk), a miner.");
        assertTrue(e.organizations().containsAll(List.of("Brexley", "Parma")), e.toString());
        assertEquals(List.of("Kenya"), e.locations(), e.toString());
        assertTrue(e.organizations().stream().noneMatch(o -> o.equals("CEO") || o.equals("Peter Velk")),
                e.toString());
        assertTrue(e.people().contains("Peter Velk"), e.toString());
        Entities common = EXTRACTOR.extract("England team on Saturday :\n15 - Jon Callard ( Bath ) , 13 - Will "
                + "Tarrow ( Brexley ) , 9 - Andy Gomarsall ( Wasps ) .");
        assertEquals(List.of("Bath", "Brexley", "Wasps"), common.organizations(), common.toString());
        assertEquals(List.of("Jon Callard", "Will Tarrow", "Andy Gomarsall"), common.people(), common.toString());
        Entities photo = EXTRACTOR.extract("Jon Callard ( Photo ) spoke on Saturday .");
        assertTrue(photo.organizations().isEmpty(), photo.toString());
    }

    @Test
    void aTournamentIsNeitherABodyNorAPlace() {
        Entities e = EXTRACTOR.extract("Sampras won the U.S. Open in September.");
        assertTrue(e.organizations().isEmpty() && e.locations().isEmpty(), e.toString());
    }

    @Test
    void aTournamentThatStartsWithAGivenNameIsNoPersonNorIsAPeoplesAdjectiveABody() {
        Entities e = EXTRACTOR.extract("Stefan Lindqvist, playing his last Davis Cup tie, lost, and Turkish Cypriot "
                + "leader Rauf Tamsen met him.");
        assertEquals(List.of("Stefan Lindqvist", "Rauf Tamsen"), e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void oneNameAfterATitleOfTwoWordsIsAPersonButACompanyOfATitlesWordStaysOne() {
        Entities e = EXTRACTOR.extract("Vardonia's Crown Prince Abdullah met the envoy on Monday, and Vice President "
                + "Orlen spoke. General Motors said nothing.");
        assertEquals(List.of("Abdullah", "Orlen"), e.people(), e.toString());
        assertEquals(List.of("General Motors"), e.organizations(), e.toString());
    }

    @Test
    void aNameAfterChiefOfStaffIsAPerson() {
        Entities e = EXTRACTOR.extract("He agreed a truce with rebel chief of staff Aslan Temirov, a local radio "
                + "station reported.");
        assertEquals(List.of("Aslan Temirov"), e.people(), e.toString());
    }

    @Test
    void aCompoundAdjectiveAloneIsNoName() {
        Entities e = EXTRACTOR.extract("The Tarnby-based company said profits rose, and its AI-driven unit grew.");
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aMarketIndexIsNoPersonWhereverTheTextNamesIt() {
        Entities e = EXTRACTOR.extract("The Wen Sheng index fell 2 percent, and the Wen Sheng lost more on Monday, "
                + "Anna Lindqvist said.");
        assertEquals(List.of("Anna Lindqvist"), e.people(), e.toString());
    }

    @Test
    void theWordsAnAcronymAbbreviatesAreOneBodyWhenABodysWordHeadsThem() {
        Entities e = EXTRACTOR.extract("The Socialist Party of Teldoria (SPT) rejected the demand, and the SPT said "
                + "so. A Large Language Model (LLM) wrote the Bureau of Tariff Statistics (BTS) report.");
        assertEquals(List.of("Socialist Party of Teldoria", "SPT", "Bureau of Tariff Statistics", "BTS"),
                e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aKnownEmployerBeforeAPortfolioAndATitleIsReportedUnderItsNameAndTheTitleIsNoName() {
        Entities e = EXTRACTOR.extract("EU Farm Commissioner Anna Vardell and EU Fisheries Commissioner Bo Lindh "
                + "proposed new quotas, and New York Stock Exchange Chairman Tomas Rehn and the Police Commissioner "
                + "agreed.");
        assertEquals(List.of("Anna Vardell", "Bo Lindh", "Tomas Rehn"), e.people(), e.toString());
        assertEquals(List.of("European Union", "New York Stock Exchange"), e.organizations(), e.toString());
    }

    @Test
    void aDatelineAndTheNameAfterItAreFoundWhereHeadlineDatelineAndStoryShareALine() {
        Entities e = EXTRACTOR.extract("TENNIS - LINDQVIST WINS . KELDAVIK 1996-08-15 Top-seeded Marta Lindqvist "
                + "beat her rival 6-2 6-3 on Thursday .");
        assertEquals(List.of("Marta Lindqvist"), e.people(), e.toString());
        assertEquals(List.of("Keldavik"), e.locations(), e.toString());
    }

    @Test
    void resultsRunOnInOneSentenceAfterTheirHeadingAreTeamsButPricesAreNot() {
        Entities e = EXTRACTOR.extract("SOCCER - TARVIAN LEAGUE RESULTS . Results of Tarvian league matches on Sunday "
                + ": Brexley 3 Tarnfield 1 Oskarlund Rovers 2 Vellby 2 . Prices at close : Apples 2 Eggs 12 Milk 3 "
                + "Bread 4 .");
        assertEquals(List.of("Brexley", "Tarnfield", "Oskarlund Rovers", "Vellby"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void resultsRunOnApartByCommasAreTeamsToo() {
        Entities e = EXTRACTOR.extract("Results of Tarvian league matches on Saturday: Brexley 1 Tarnfield 1, "
                + "Oskarlund Rovers 2 Vellby 1, Harrowden 0 Kestermoor 3. Kestermoor lead the table by five points.");
        assertEquals(List.of("Brexley", "Tarnfield", "Oskarlund Rovers", "Vellby", "Harrowden", "Kestermoor"),
                e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aTableOfStandingsRunOnInOneLineIsReadRowByRow() {
        Entities e = EXTRACTOR.extract("Tarvian league standings : NORTH GROUP W D L F A PTS Brexley 10 8 2 0 22 5 26 "
                + "Tarnfield 10 7 2 1 25 8 23 Oskarlund Rovers 10 6 3 1 16 9 21 Vellby 10 5 3 2 14 10 18 . The fund "
                + "fell 3 Points 4 Shares 5 Bonds 6 in May.");
        assertEquals(List.of("Brexley", "Tarnfield", "Oskarlund Rovers", "Vellby"), e.organizations(), e.toString());
    }

    @Test
    void theTeamsOfATableInCapitalsAreReportedInTitleCase() {
        Entities e = EXTRACTOR.extract("NHL standings :\nEASTERN DIVISION\nW L PTS\nKELDAVIK 12 7 6 77 76 30\n"
                + "NY TARNS 13 9 3 68 64 29\nVELLBY 12 9 3 91 76 27");
        assertEquals(List.of("Keldavik", "NY Tarns", "Vellby"),
                e.organizations().stream().filter(o -> !o.equals("NHL")).toList(), e.toString());
    }

    @Test
    void aScorecardRunOnInOneLineIsReadDismissalByDismissal() {
        Entities e = EXTRACTOR.extract("Scoreboard on Sunday : Vardonia first innings K. Haldsen c Kowan b Vlaar 43 "
                + "P. Orvik lbw b Novak 112 Tamm not out 27 Brell run out ( Pellew ) 8 Extras ( lb-4 nb-2 ) 6");
        assertEquals(List.of("K. Haldsen", "Kowan", "Vlaar", "P. Orvik", "Novak", "Tamm", "Brell", "Pellew"),
                e.people(), e.toString());
    }

    @Test
    void anAgencysNameEndsBeforeTheKindOfMediumItIs() {
        Entities e = EXTRACTOR.extract("Interfax news agency quoted the minister as saying he backed the plan.");
        assertEquals(List.of("Interfax"), e.organizations(), e.toString());
    }

    @Test
    void aSentencesOpeningCompoundAdjectiveIsNoPartOfTheNameAfterIt() {
        Entities e = EXTRACTOR.extract("Top-seeded Marta Lindqvist beat her rival on Thursday. Multi-party "
                + "Computation (MPC) techniques spread the keys. Shares of Chicago-based Kelvar Corp rose, and "
                + "Norwegian-born Kerstin Ahlgren won.");
        assertTrue(e.people().containsAll(List.of("Marta Lindqvist", "Kerstin Ahlgren")), e.toString());
        assertTrue(e.organizations().contains("Kelvar Corp"), e.toString());
        assertTrue(e.people().stream().noneMatch(p -> p.startsWith("Top")), e.toString());
        assertTrue(e.organizations().stream().noneMatch(o -> o.contains("Computation")), e.toString());
        Entities syllables = EXTRACTOR.extract("The former council president Sze-yuen Chung said on Friday he would "
                + "serve .");
        assertEquals(List.of("Sze-yuen Chung"), syllables.people(), syllables.toString());
    }

    @Test
    void aGivenNameTheModelFoundAloneAndAnUnknownWordAfterItAreAPerson() {
        Entities e = EXTRACTOR.extract("German Farm Minister Jochen Borchert and his French counterpart Philippe "
                + "Vaudrel backed the plan on Monday.");
        assertTrue(e.people().contains("Philippe Vaudrel"), e.toString());
        assertTrue(e.locations().isEmpty() && e.organizations().isEmpty(), e.toString());
        Entities according = EXTRACTOR.extract("According to Tarvo Melnik , the talks will resume next week . "
                + "According to Tarvik Securities , the market will rise .");
        assertEquals(List.of("Tarvo Melnik"), according.people(), according.toString());
        assertEquals(List.of("Tarvik Securities"), according.organizations(), according.toString());
    }

    @Test
    void theFieldersAndBowlersOfAScorecardArePeople() {
        Entities e = EXTRACTOR.extract("Brexley first innings:\nT. Haldsen c Kowan b Vlaar 45\nM. Ardent lbw b Novak "
                + "12\nJ. Ross c and b Tamm 3\nOpinion: a plan b Section 4 cannot fix.");
        assertTrue(e.people().containsAll(List.of("Kowan", "Vlaar", "Novak", "Tamm")), e.toString());
        assertTrue(e.organizations().stream().noneMatch(o -> o.equals("Novak") || o.equals("Section")), e.toString());
        assertTrue(e.people().stream().noneMatch(p -> p.startsWith("Section")), e.toString());
    }

    @Test
    void theBatsmenOfAScorecardArePeopleAndSoAreTheyNotOutOrRunOut() {
        Entities e = EXTRACTOR.extract("Vardonia first innings\nK. Haldsen c Kowan b Vlaar 45\nTamm not out 27\n"
                + "Orvik run out (Pellew) 8\nExtras (lb-4 nb-2) 6\nThe plan was not out 3\nyet.");
        assertEquals(List.of("K. Haldsen", "Kowan", "Vlaar", "Tamm", "Orvik", "Pellew"), e.people(), e.toString());
        assertEquals(List.of("Vardonia"), e.locations(), e.toString());
    }

    @Test
    void aNameBeforeACountrysDivisionInLowerCaseIsAPlace() {
        Entities e = EXTRACTOR.extract("Fighting broke out in the eastern Tarvik province and spread to the Oskarlund "
                + "district, where the Empty state screen of the app was shown.");
        assertEquals(List.of("Tarvik", "Oskarlund"), e.locations());
        assertEquals(List.of(), e.people());
        assertEquals(List.of(), e.organizations());
    }

    @Test
    void aNameWhoseChairmanOrShareholdersTheTextMentionsIsACompany() {
        Entities e = EXTRACTOR.extract("Grentham's chairman Peter Vale resigned on Monday, and Vexlan's shareholders "
                + "approved the merger.");
        assertEquals(List.of("Grentham", "Vexlan"), e.organizations());
        assertEquals(List.of("Peter Vale"), e.people());
        assertEquals(List.of(), e.locations());
    }

    @Test
    void initialsAndASurnameAreAPersonButNotAListItemOrAnAddress() {
        Entities e = EXTRACTOR.extract("Somerset 83 and 174 (P. Simmons 4-38), Durham 114 (A. Dale 69, H. J. "
                + "Morris 12).\nA. Costs\nB. Benefits\nThe shop at 201 E. Washington opens soon.");
        assertTrue(e.people().containsAll(List.of("P. Simmons", "A. Dale", "H. J. Morris")), e.toString());
        assertTrue(e.people().stream().noneMatch(p -> p.matches("[A-Z]\\. (Costs|Benefits|Washington)")),
                e.toString());
    }

    @Test
    void aNameWithParticlesIsOnePerson() {
        Entities e = EXTRACTOR.extract("Later, Charles de Gaulle visited Bonn, where Friedrich von Schlegel had lived."
                + " Commission President Ursula von der Leyen met Luiz Inacio Lula da Silva in Brasilia on Monday.");
        assertTrue(e.people().containsAll(List.of("Charles de Gaulle", "Friedrich von Schlegel",
                "Ursula von der Leyen", "Luiz Inacio Lula da Silva")), e.toString());
        assertTrue(e.people().stream().noneMatch(p -> List.of("Charles", "Gaulle", "Leyen", "Silva").contains(p)),
                e.toString());
        Entities titled = EXTRACTOR.extract("Spanish Farm Minister Loyola de Palacio accused the Commission.");
        assertEquals(List.of("Loyola de Palacio"), titled.people());
        Entities dutch = EXTRACTOR.extract("Manchester United sacked manager Erik ten Hag on Monday .");
        assertEquals(List.of("Erik ten Hag"), dutch.people(), dutch.toString());
    }

    @Test
    void particlesInPlacesAndInstitutionsMakeNoPerson() {
        Entities e = EXTRACTOR.extract("Flights from Rio de Janeiro landed late. The Museo del Prado reopened, and"
                + " the Banco de Portugal kept its rates.\nGames de Luxe\nPlays de la Cruz");
        assertTrue(e.locations().contains("Rio de Janeiro"), e.toString());
        assertTrue(e.people().stream().noneMatch(p -> p.contains(" de ") || p.contains(" del ")), e.toString());
    }

    @Test
    void aDatelineOfTwoWordsInCapitalsIsThePlace() {
        Entities e = EXTRACTOR.extract("NEW YORK 1996-08-28\nResults of first round matches on Tuesday.");
        assertEquals(List.of("New York"), e.locations());
    }

    @Test
    void aNameIsNeverCompletedAcrossASentenceEnd() {
        Entities e = EXTRACTOR.extract("Talks began with Kim Jong Un\nYonhap Said Nothing More Today. Kim Jong Un "
                + "left.\nLee Sang Hoon arrived");
        assertTrue(e.people().contains("Kim Jong Un"), e.toString());
    }

    @Test
    void extractingFromManyThreadsAtOnceGivesTheSameNames() throws Exception {
        String text = "Finance Minister Olga Petrenko met Ivo Marić, director of the Harbour Development Agency, "
                + "in Lisbon. Petrenko said the deal would hold.";
        Entities expected = EXTRACTOR.extract(text);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Entities>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> EXTRACTOR.extract(text)));
            }
            for (var r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aNameBeforeAPossessiveAndKinOrStaffIsAPersons() {
        Entities e = EXTRACTOR.extract("Yeltsin's spokesman told reporters the president was resting. Later that "
                + "day Gorbachev's wife visited the clinic, and a Gazprom spokesman declined to comment.");
        assertTrue(e.people().containsAll(List.of("Yeltsin", "Gorbachev")), e.toString());
        assertFalse(e.people().contains("Gazprom"), e.toString());
    }

    @Test
    void aPeopleWithNoCountryOfItsNameIsNoPlace() {
        Entities e = EXTRACTOR.extract("Hutu rebels attacked a camp near Goma, and Tamil refugees reached Chennai.");
        assertFalse(e.locations().contains("Hutu") || e.locations().contains("Tamil"), e.toString());
        assertFalse(e.organizations().contains("Hutu") || e.people().contains("Tamil"), e.toString());
    }

    @Test
    void aSurnameAfterALowerCaseTitleIsAPersonsAndAPersonNearSomethingIsAPlace() {
        Entities e = EXTRACTOR.extract("Opposition leader Abiola remains in detention, his lawyers said. Rebels "
                + "attacked a refugee camp near Goma on Monday.");
        assertEquals(List.of("Abiola"), e.people(), e.toString());
        assertTrue(e.locations().contains("Goma"), e.toString());
    }

    @Test
    void aNameABearingFromAnotherPlaceFollowsIsAPlace() {
        Entities e = EXTRACTOR.extract("Kenya's opposition leader spoke at a rally in Nyeri, north of Nairobi, on "
                + "Sunday. Police said the attack happened in Kasese, 300 km (190 miles) west of Kampala.");
        assertTrue(e.locations().containsAll(List.of("Nyeri", "Kasese", "Kampala")), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
        Entities bank = EXTRACTOR.extract("The Tarvik Development Bank, west of the market, was closed.");
        assertEquals(List.of("Tarvik Development Bank"), bank.organizations(), bank.toString());
    }

    @Test
    void aNameAfterAKindOfSettlementAndOfIsThePlacesButNotAfterANamesWord() {
        Entities e = EXTRACTOR.extract("Police beat its supporters during a protest in the port of Durres on Monday, "
                + "the party said. Rebels took the Albanian port of Vlorevik and the village of Kibumba.");
        assertTrue(e.locations().containsAll(List.of("Durres", "Vlorevik", "Kibumba")), e.toString());
        Entities software = EXTRACTOR.extract("There was only the PA-RISC port of Quelnix, a niche project, and the "
                + "state of American film was poor.");
        assertEquals(List.of(), software.locations(), software.toString());
    }

    @Test
    void aNameBeforeACommaAndItsRegionOrCountryIsAPlaceInIt() {
        Entities e = EXTRACTOR.extract("The company will cut 1,000 jobs at its Wixom, Michigan, assembly plant. The "
                + "meeting in Bad Quelsdorf , Germany , ended on Friday . She showed at the Musée d'Art Moderne, "
                + "Luxembourg.");
        assertTrue(e.locations().containsAll(List.of("Wixom", "Michigan", "Bad Quelsdorf", "Germany")),
                e.toString());
        assertFalse(e.locations().contains("Moderne"), e.toString());
    }

    @Test
    void aCountrysFirstLevelRegionIsAPlace() {
        Entities e = EXTRACTOR.extract("Floods hit Tamil Nadu and Kerala, while Sichuan and Lombardy reported snow.");
        assertTrue(e.locations().containsAll(List.of("Tamil Nadu", "Kerala", "Sichuan", "Lombardy")), e.toString());
        Entities more = EXTRACTOR.extract("Frost hit coffee in Minas Gerais , rebels held North Kivu and Cabinda , and "
                + "troops left Tigray and Vojvodina .");
        assertEquals(List.of("Minas Gerais", "North Kivu", "Cabinda", "Tigray", "Vojvodina"), more.locations(),
                more.toString());
    }

    @Test
    void companiesOfGeneralNewsAreOrganisationsEvenWhenTheyLookLikePeople() {
        Entities e = EXTRACTOR.extract("Eli Lilly raised its forecast on Tuesday. Netscape and Panasonic said sales "
                + "rose, while Royal Air Force jets flew over Kosovo Liberation Army positions.");
        assertTrue(e.organizations().containsAll(List.of("Eli Lilly", "Netscape", "Panasonic", "Royal Air Force",
                "Kosovo Liberation Army")), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void aPeoplesAdjectiveAfterAndStartsAnotherNameAndAPlaceEndsBeforeCommonWords() {
        Entities e = EXTRACTOR.extract("German Chancellor Helmut Kohl and French President Jacques Chirac met in "
                + "Bonn. Russian troops pulled out of Grozny, and rebels shelled Arbil. The flight landed at "
                + "Bratislava airport.");
        assertTrue(e.people().containsAll(List.of("Helmut Kohl", "Jacques Chirac")), e.toString());
        assertTrue(e.locations().containsAll(List.of("Bonn", "Grozny", "Erbil", "Bratislava")), e.toString());
        assertFalse(e.locations().contains("Bratislava airport"), e.toString());
    }

    @Test
    void aCallingOrAKinsWordBeforeANameMakesItAPersonsButNotAVerbsOrACompanysWord() {
        Entities historian = EXTRACTOR.extract("The French historian Pierre de Marca wrote that.");
        assertEquals(List.of("Pierre de Marca"), historian.people(), historian.toString());
        Entities magistrate = EXTRACTOR.extract("The suspect would be questioned by magistrate Jean-Marc Connerotte "
                + "in Brussels.");
        assertEquals(List.of("Jean-Marc Connerotte"), magistrate.people(), magistrate.toString());
        Entities referee = EXTRACTOR.extract("Referee Pierluigi Collina sent off two players.");
        assertEquals(List.of("Pierluigi Collina"), referee.people(), referee.toString());
        Entities verb = EXTRACTOR.extract("When February rolls in, you might witness Plum Blossom in the park.");
        assertEquals(List.of(), verb.people(), verb.toString());
    }

    @Test
    void aBodysPeopleAfterItsNameAreNoPartOfIt() {
        Entities e = EXTRACTOR.extract("Bundesbank council member Reimut Jochimsen said interest rates would stay "
                + "low. The SPD opposition attacked Finance Minister Theo Waigel over the budget.");
        assertEquals(List.of("Bundesbank", "Social Democratic Party"), e.organizations(), e.toString());
        assertEquals(List.of("Reimut Jochimsen", "Theo Waigel"), e.people(), e.toString());
    }

    @Test
    void inASportsStoryTheCitiesAroundAPlayersTransferAndBeforeItsPeopleAreItsClubs() {
        Entities transfer = EXTRACTOR.extract("SOCCER - SHEARER JOINS NEWCASTLE\nLONDON 1996-07-29\nNewcastle paid "
                + "Blackburn 15 million pounds for Alan Shearer. Shearer joined Newcastle from Blackburn, and he "
                + "signed for Newcastle on Monday.");
        assertEquals(List.of("Newcastle", "Blackburn"), transfer.organizations(), transfer.toString());
        assertEquals(List.of("London"), transfer.locations(), transfer.toString());
        Entities people = EXTRACTOR.extract("SOCCER - GERMAN RESULTS\nBONN 1996-08-24\nDortmund's Matthias Sammer "
                + "scored twice, and Hamburg's coach Felix Magath was sacked.");
        assertEquals(List.of("Dortmund", "Hamburg"), people.organizations(), people.toString());
        Entities mayor = EXTRACTOR.extract("POLITICS - GERMANY\nBONN 1996-08-24\nBerlin's Eberhard Diepgen said "
                + "the city would bid.");
        assertTrue(mayor.locations().contains("Berlin"), mayor.toString());
        Entities markets = EXTRACTOR.extract("MARKETS - DOLLAR\nLONDON 1996-07-29\nThe bank sold to Frankfurt "
                + "dealers, and investors paid London prices.");
        assertTrue(markets.locations().containsAll(List.of("London", "Frankfurt")), markets.toString());
        assertEquals(List.of(), markets.organizations(), markets.toString());
    }

    @Test
    void aForeignGroupsFirstWordOpensACompanysName() {
        Entities e = EXTRACTOR.extract("Canada's Sherritt International and Mexico's Grupo Domos invest in Cuba. "
                + "Grupo Televisa and Groupe Danone reported profits, and Empresas ICA rose.");
        assertEquals(List.of("Sherritt International", "Grupo Domos", "Grupo Televisa", "Groupe Danone",
                "Empresas ICA"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aBodysAcronymInItsOwnLanguageIsItsButACompanysTickerIsNone() {
        Entities party = EXTRACTOR.extract("Czech Prime Minister Vaclav Klaus's Civic Democratic Party (ODS) lost "
                + "ground in a poll by the STEM agency.");
        assertTrue(party.organizations().containsAll(List.of("Civic Democratic Party", "ODS")), party.toString());
        Entities tickers = EXTRACTOR.extract("Microsoft Corp (MSFT) shares rose, and Intel Corp (INTC) fell.");
        assertEquals(List.of("Microsoft", "Intel"), tickers.organizations(), tickers.toString());
    }

    @Test
    void aCompanyBeforeItsSharesMoveIsOneWithoutAPriceTooButNotTwoJoinedByAnd() {
        Entities mover = EXTRACTOR.extract("Skoda Plzen shares fell on the Prague Stock Exchange, dealers said.");
        assertEquals(List.of("Skoda Plzen", "Prague Stock Exchange"), mover.organizations(), mover.toString());
        Entities preferred = EXTRACTOR.extract("Vartobras preferred shares rose 3.2 percent on Friday , brokers "
                + "said .");
        assertEquals(List.of("Vartobras"), preferred.organizations(), preferred.toString());
        Entities two = EXTRACTOR.extract("Belgium's Generale de Banque and Petrofina shares rose on the bourse.");
        assertTrue(two.organizations().stream().noneMatch(o -> o.contains(" and ")), two.toString());
    }

    @Test
    void aPersonsNameBeforeOfAndAnotherNameIsAPersonsWhenTheWholeIsNoName() {
        Entities e = EXTRACTOR.extract("CYCLING - TOUR OF SPAIN\nMADRID 1996-09-10\nSwiss rider Alex Zuelle won "
                + "the stage. Miguel Indurain of Banesto withdrew from the race.");
        assertEquals(List.of("Alex Zuelle", "Miguel Indurain"), e.people(), e.toString());
    }

    @Test
    void aTitleAloneIsNoPersonAndAPlaceWordEndsNoPersonsName() {
        Entities e = EXTRACTOR.extract("Foreign Secretary said on Monday that the talks would resume. John Major "
                + "said he would stay. They trained at Carter Gym all week, and the team travelled on to "
                + "Harlan City for the final.");
        assertEquals(List.of("John Major"), e.people(), e.toString());
        assertTrue(e.locations().containsAll(List.of("Carter Gym", "Harlan City")), e.toString());
        Entities champion = EXTRACTOR.extract("Frentzen replaces world champion Damon Hill , who has joined Arrows .");
        assertEquals(List.of("Damon Hill"), champion.people(), champion.toString());
        Entities adjective = EXTRACTOR.extract("Jacques Villeneuve will drive next season alongside German "
                + "Heinz-Harald Frentzen , the team said on Tuesday .");
        assertTrue(adjective.people().contains("Heinz-Harald Frentzen"), adjective.toString());
        assertTrue(adjective.people().stream().noneMatch(p -> p.startsWith("German")), adjective.toString());
        Entities lake = EXTRACTOR.extract("White House national security adviser Anthony Lake said Clinton raised "
                + "human rights in the talks .");
        assertEquals(List.of("Anthony Lake", "Clinton"), lake.people(), lake.toString());
        assertTrue(lake.locations().isEmpty(), lake.toString());
    }

    @Test
    void aRunThatAPlacesWordEndsIsThatPlaceButNotAThingsName() {
        Entities e = EXTRACTOR.extract("Protesters marched down Kettering Road to the town hall. Ostby Parish was "
                + "merged in 1970. Yesterday Marlow Street was closed. The laptop has an Ice Lake chip and a "
                + "guide to Land and Sea.");
        assertTrue(e.locations().containsAll(List.of("Kettering Road", "Ostby Parish", "Marlow Street")),
                e.toString());
        assertFalse(e.locations().contains("Yesterday Marlow Street") || e.locations().contains("Ice Lake")
                || e.locations().contains("Land and Sea"), e.toString());
    }

    @Test
    void aCityAndAPluralAfterItAreAClubButNotACitysVotersOrTalks() {
        Entities e = EXTRACTOR.extract("The Cleveland Indians beat the Baltimore Orioles 5-3 on Tuesday, and he "
                + "signed with the Toronto Maple Leafs.\nChicago Voters Reject Tax Plan\nDelegates at the Paris Talks "
                + "said little.");
        assertTrue(e.organizations().containsAll(List.of("Cleveland Indians", "Baltimore Orioles",
                "Toronto Maple Leafs")), e.toString());
        assertFalse(e.organizations().stream().anyMatch(o -> o.startsWith("Chicago") || o.startsWith("Paris")),
                e.toString());
    }

    @Test
    void thePlaceAndANewspapersWordAreThatNewspaper() {
        Entities e = EXTRACTOR.extract("The Sacramento Bee and the Kansas City Star both ran the story, and the "
                + "Arizona Republic said so too.");
        assertTrue(e.organizations().containsAll(List.of("Kansas City Star", "Arizona Republic")), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
    }

    @Test
    void aRunThatABuildingsWordEndsIsAPlaceButNotAProductsName() {
        Entities e = EXTRACTOR.extract("Visitors crossed Penwick Bridge at noon. He was held in Carrow Prison for a year. "
                + "The shop sells a Portable Power Station for campers.");
        assertTrue(e.locations().containsAll(List.of("Penwick Bridge", "Carrow Prison")), e.toString());
        assertFalse(e.locations().contains("Portable Power Station"), e.toString());
    }

    @Test
    void whoSpeaksOrWorksForANameMakesItAnOrganisation() {
        Entities e = EXTRACTOR.extract("A spokeswoman for Quelmark declined to comment. Strategists at Verlan see "
                + "more gains. A spokesman for Kenya's foreign ministry said talks would resume.");
        assertTrue(e.organizations().containsAll(List.of("Quelmark", "Verlan")), e.toString());
        assertEquals(List.of("Kenya"), e.locations(), e.toString());
    }

    @Test
    void anAcronymNoListKnowsIsAnOrganisationAndAKnownOneKeepsItsType() {
        Entities e = EXTRACTOR.extract("Officials from ZTRC and the WMO met in NYC on Friday, and envoys of the UAE "
                + "joined them.");
        assertTrue(e.organizations().containsAll(List.of("ZTRC", "WMO")),
                e.toString());
        assertTrue(e.locations().containsAll(List.of("New York City", "United Arab Emirates")), e.toString());
        assertFalse(e.locations().contains("ZTRC"), e.toString());
    }

    @Test
    void initialsRunTogetherStartAPersonsNameAfterATitleButAloneNameNobody() {
        Entities e = EXTRACTOR.extract("Finance Minister R.K. Tandavar met bankers on Monday . Party chief M.S. "
                + "Orlevi spoke too . Haier is the new name for G.E. Appliances , based in Louisville .");
        assertTrue(e.people().containsAll(List.of("R.K. Tandavar", "M.S. Orlevi")), e.toString());
        assertFalse(e.people().stream().anyMatch(p -> p.contains("Appliances")), e.toString());
        assertTrue(e.locations().stream().noneMatch(l -> l.endsWith(".")), e.toString());
    }

    @Test
    void aTitleTheModelTookForAnOrganisationLeavesThePersonAfterIt() {
        Entities e = EXTRACTOR.extract("Kuwait 's Crown Prince Sheikh Saad al-Tarwani al-Sabah met the Egyptian "
                + "ambassador .");
        assertEquals(List.of("Saad al-Tarwani al-Sabah"), e.people(), e.toString());
        assertTrue(e.organizations().isEmpty(), e.toString());
    }

    @Test
    void aSentencesCommonFirstWordIsNoPartOfTheKnownCompanyAfterIt() {
        Entities e = EXTRACTOR.extract("Rival Motorola said sales fell . Giant Novartis said sales rose .");
        assertEquals(List.of("Motorola", "Novartis"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void anAcronymBeforeAKnownCityIsAClubNotAPerson() {
        Entities e = EXTRACTOR.extract("Fans watched AKS Lyon draw with PTK Ghent on Sunday . AEK Athens drew with "
                + "OFK Salonika .");
        assertTrue(e.organizations().containsAll(List.of("AKS Lyon", "PTK Ghent", "AEK Athens", "OFK Salonika")),
                e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void anArmedGroupsNameBeforeItsFightersIsNoPerson() {
        Entities e = EXTRACTOR.extract("Sri Lanka 's Tamil Tiger rebels killed 12 soldiers , the army said .");
        assertEquals(List.of("Tamil Tigers"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void aLegalFormAfterAnAmpersandIsNoNameOfItsOwn() {
        Entities e = EXTRACTOR.extract("Analysts at J.P. Morgan & Co said prices would fall .");
        assertFalse(e.people().contains("Co") || e.locations().contains("Co"), e.toString());
    }

    @Test
    void peoplesAdjectivesThatAreNoCountrysNamePlusAnEndingAreNoPlace() {
        Entities e = EXTRACTOR.extract("Philippine President Tovar Haldsen met Panamanian, Montenegrin and Mozambican "
                + "envoys in Manila on Monday to discuss the new shipping rules.");
        assertEquals(List.of("Manila"), e.locations());
        assertEquals(List.of("Tovar Haldsen"), e.people());
    }

    @Test
    void aPeoplesAdjectiveAndAPortfolioBeforeATitleAreNoName() {
        Entities e = EXTRACTOR.extract("Argentine Economy Minister Rolando Ferraz said the peso would hold . "
                + "Colombian Defence Minister Ivo Sarmiento agreed .");
        assertEquals(List.of("Rolando Ferraz", "Ivo Sarmiento"), e.people(), e.toString());
        assertTrue(e.organizations().isEmpty(), e.toString());
    }

    @Test
    void anInstitutionsNameIsKnownInEitherEnglishSpelling() {
        Entities e = EXTRACTOR.extract("The Organisation for Security and Cooperation in Europe said the vote was "
                + "fair . The World Health Organisation agreed .");
        assertEquals(List.of("OSCE", "World Health Organization"), e.organizations(), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
    }

    @Test
    void anAcronymBeforeATournamentsWordIsNoOrganisation() {
        Entities e = EXTRACTOR.extract("He reached the semifinals of the KVT Championships in Indianapolis , where "
                + "officials of the ZTRC watched .");
        assertEquals(List.of("ZTRC"), e.organizations(), e.toString());
    }

    @Test
    void theWordsOfATournamentsNameAreNoPlaceButACountryBeforeItIs() {
        Entities e = EXTRACTOR.extract("Stewart Calder shot a 66 to lead the Canon Greater Hartford Open . Frank "
                + "Tallis is in the England World Cup squad .");
        assertEquals(List.of("England"), e.locations(), e.toString());
        assertTrue(e.organizations().isEmpty(), e.toString());
    }

    @Test
    void aNameWithAnAcronymInItIsNoPersonsAndASentencesCommonFirstWordNoOrganisation() {
        Entities e = EXTRACTOR.extract("France 's Thomson-CSF said on Monday it would bid . Opposition group NADECO "
                + "rejected the plan .");
        assertEquals(List.of("Thomson-CSF", "NADECO"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
        Entities results = EXTRACTOR.extract("Results of European club matches on Thursday in Madrid were announced "
                + "by the Union of Tarvik Clubs .");
        assertEquals(List.of("Union of Tarvik Clubs"), results.organizations(), results.toString());
    }

    @Test
    void aSurnameListedWithAnotherIsAPersonsTooButPlacesAfterInStayPlaces() {
        Entities e = EXTRACTOR.extract("Ferguson said Cantona and Beckham would play against Leeds . He was born "
                + "in Aringay , Pangasinan .");
        assertTrue(e.people().containsAll(List.of("Ferguson", "Cantona", "Beckham")), e.toString());
        assertFalse(e.people().contains("Aringay"), e.toString());
    }

    @Test
    void aCountrysEmbassyIsThatCountryAndASundayPaperAPaper() {
        Entities e = EXTRACTOR.extract("The Sunday Times said about 200 protesters gathered outside the U.S. embassy "
                + "in Seoul .");
        assertEquals(List.of("United States", "Seoul"), e.locations(), e.toString());
        assertEquals(List.of("Sunday Times"), e.organizations(), e.toString());
    }

    @Test
    void aSportsRoleBeforeANameMakesItAPersons() {
        Entities e = EXTRACTOR.extract("Richard Krajicek was beaten by Argentine qualifier Hernan Gumo on Tuesday .");
        assertEquals(List.of("Richard Krajicek", "Hernan Gumo"), e.people(), e.toString());
    }

    @Test
    void aPlaceAResultAndItsScoreComeBeforeIsATeam() {
        Entities e = EXTRACTOR.extract("The visitors lost 3-0 to Southampton on Saturday , and Lyon drew 1-1 with "
                + "Nantes .");
        assertTrue(e.organizations().containsAll(List.of("Southampton", "Nantes")), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
    }

    @Test
    void namesJoinedByAnAmpersandAreOneCompanyButPlacesAndHeadingsAreNot() {
        Entities e = EXTRACTOR.extract("Shares of Cordiant Plc , the former Saatchi & Saatchi , rose . A Florida jury "
                + "ruled against Brown & Williamson . Prices rose in Alaska & Hawaii .\nResearch & Development");
        assertTrue(e.organizations().containsAll(List.of("Saatchi & Saatchi", "Brown & Williamson")), e.toString());
        assertTrue(e.locations().containsAll(List.of("Alaska", "Hawaii")), e.toString());
        assertFalse(e.organizations().contains("Research & Development"), e.toString());
    }

    @Test
    void aCurrencyIsNoPerson() {
        Entities e = EXTRACTOR.extract("The Deutsche Mark firmed against the dollar , traders said .");
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void aSurnameBeforeAPlayersRoleAndANameIsTheTeam() {
        Entities e = EXTRACTOR.extract("Williams driver Damon Hale won the race on Sunday .");
        assertEquals(List.of("Damon Hale"), e.people(), e.toString());
        assertEquals(List.of("Williams"), e.organizations(), e.toString());
        Entities staff = EXTRACTOR.extract("MOTOR RACING - HALE TO STAY .\nLONDON 1996-10-15\nWilliams technical "
                + "director Patrick Hedd said the team was delighted , and Damon Hale will drive again .");
        assertEquals(List.of("Williams"), staff.organizations(), staff.toString());
        Entities company = EXTRACTOR.extract("Smith technical director John Brown said the company was delighted "
                + "with the results .");
        assertTrue(company.organizations().isEmpty(), company.toString());
    }

    @Test
    void anUnknownWordThatReportedAtASentencesEndIsAnOrganisation() {
        Entities e = EXTRACTOR.extract("Moldovan President-elect Petru Lucinschi said he would seek closer ties with "
                + "Romania and Russia , Basapress reported .");
        assertEquals(List.of("Basapress"), e.organizations(), e.toString());
    }

    @Test
    void aGroupsNameAfterAPossessiveIsOneOrganisationButATournamentsGroupIsNone() {
        Entities e = EXTRACTOR.extract("Suharto 's eldest daughter said her Citra Lamtoro group would build a toll "
                + "road in Jakarta .");
        assertEquals(List.of("Citra Lamtoro"), e.organizations(), e.toString());
        assertEquals(List.of("Jakarta"), e.locations(), e.toString());
        Entities cup = EXTRACTOR.extract("Saudi Arabia beat Kuwait 2-0 in their Asian Cup group B match on Monday .");
        assertTrue(cup.organizations().isEmpty(), cup.toString());
    }

    @Test
    void aKnownTeamsLastWordAloneIsTheTeamTheTextNamesInFull() {
        Entities e = EXTRACTOR.extract("RUGBY LEAGUE - BRONCOS SIGN KIWI FORWARD .\nSYDNEY 1996-12-04\nBrisbane "
                + "Broncos have signed New Zealand forward Tawera Nikau from Castleford on a two-year contract .");
        assertEquals(List.of("Brisbane Broncos"), e.organizations(), e.toString());
    }

    @Test
    void aTitleOfNobilityOfAPlaceIsAPersonUnlessTheNameGoesOn() {
        Entities e = EXTRACTOR.extract("The newspaper reported that the Queen would open the hall , and the Prince of "
                + "Wales would attend a dinner at the Prince of Wales Hospital in Sydney .");
        assertEquals(List.of("Prince of Wales"), e.people(), e.toString());
        assertFalse(e.locations().contains("Wales"), e.toString());
    }

    @Test
    void theNameBeforeAirportIsAPlace() {
        Entities e = EXTRACTOR.extract("The jet crashed shortly after take-off from New York 's Kennedy airport , "
                + "officials said .");
        assertEquals(List.of("New York", "Kennedy"), e.locations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void aCityThatDrewACrowdIsNoTeamButOneThatDrewAMatchIs() {
        Entities e = EXTRACTOR.extract("The Olympic Games in Atlanta drew two million visitors , organisers said .");
        assertEquals(List.of("Atlanta"), e.locations(), e.toString());
        Entities match = EXTRACTOR.extract("SOCCER - RESULTS .\nLONDON 1996-12-07\nLeeds drew 1-1 at home on "
                + "Saturday .");
        assertEquals(List.of("Leeds"), match.organizations(), match.toString());
    }

    @Test
    void namesJoinedByAnAmpersandAreACompanyWhereNeitherIsACommonWord() {
        Entities e = EXTRACTOR.extract("Hoechst said it would sell its polyester business to Mossi & Ghisolfi of "
                + "Italy , and would keep its Sealants & Adhesives division .");
        assertEquals(List.of("Hoechst", "Mossi & Ghisolfi"), e.organizations(), e.toString());
    }

    @Test
    void theHolderOfAnOfficeOfAPlaceIsAPersonAndThePlaceAPlace() {
        Entities e = EXTRACTOR.extract("Fujimori said Cipriani , the archbishop of Ayacucho , would mediate with the "
                + "rebels . Selim Beslagic , the mayor of Tuzla , said the town was calm .");
        assertEquals(List.of("Fujimori", "Cipriani", "Selim Beslagic"), e.people(), e.toString());
        assertEquals(List.of("Ayacucho", "Tuzla"), e.locations(), e.toString());
    }

    @Test
    void oneUnknownWordBeforeACommaAndWhoIsAPersonButNotAfterThe() {
        Entities who = EXTRACTOR.extract("Dole , who lost to Clinton in November , said he would not run again , "
                + "citing the Stoics , who argue that fate decides .");
        assertEquals(List.of("Dole", "Clinton"), who.people(), who.toString());
    }

    @Test
    void aBodyOnItsSubjectIsOneNameWhereTheModelSplitIt() {
        Entities e = EXTRACTOR.extract("Its president would speak at the Council on Foreign Relations next week .");
        assertEquals(List.of("Council on Foreign Relations"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void aCrudeGradesNameAloneInAStoryOfOilIsNoPlaceButDubaiStays() {
        Entities e = EXTRACTOR.extract("Crude oil futures in New York rose 40 cents to $ 25.10 a barrel , while Brent "
                + "on London 's International Petroleum Exchange gained 30 cents , traders in Dubai said .");
        assertEquals(List.of("New York", "London", "Dubai"), e.locations(), e.toString());
        Entities borough = EXTRACTOR.extract("Voters in Brent and Camden went to the polls on Thursday .");
        assertTrue(borough.locations().contains("Brent"), borough.toString());
    }

    @Test
    void aSpanishBodysFirstWordOpensItsNameAndAPlaceRetakenIsAPlace() {
        Entities e = EXTRACTOR.extract("Guerrillas of the Ejercito de Liberacion Nacional blew up a pipeline near "
                + "Saravena , the army said . Barzani said his forces had retaken Sulaimaniya from the rebels .");
        assertEquals(List.of("Ejercito de Liberacion Nacional"), e.organizations(), e.toString());
        assertTrue(e.locations().contains("Sulaimaniya"), e.toString());
    }

    @Test
    void aLeaderboardsPlayersWithTheirRoundsScoresArePeople() {
        Entities e = EXTRACTOR.extract("GOLF - LEADING SCORES .\nBANGKOK 1996-12-13\nLeading scores after the second "
                + "round on Friday ( players British unless stated ) :\n135 Derren Holbeck 67 68 , Tavo Brennich ( "
                + "Spain ) 68 67\n137 Kerrin Olde 70 67 , Jeev Milkha Singh ( India ) 69 68\n138 Marlo Vesk 69 69 , "
                + "Paul Lawrie 71 67");
        assertEquals(List.of("Derren Holbeck", "Tavo Brennich", "Kerrin Olde", "Jeev Milkha Singh", "Marlo Vesk",
                "Paul Lawrie"), e.people(), e.toString());
        assertTrue(e.organizations().isEmpty(), e.toString());
    }

    @Test
    void aPlacesNameThatIsAGivenNameBeforeParticlesAndASurnameIsAPerson() {
        Entities e = EXTRACTOR.extract("Former South African police colonel Eugene de Kock was sentenced to two life "
                + "terms on Monday for murder .");
        assertEquals(List.of("Eugene de Kock"), e.people(), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
    }

    @Test
    void aPersonAfterAPrepositionAndTheIsABodyUnlessANounFollows() {
        Entities e = EXTRACTOR.extract("The Peruvian government of President Alberto Fujimori said it would not free "
                + "jailed members of the Tupac Amaru , Interior Minister Juan Briones said .");
        assertEquals(List.of("Tupac Amaru"), e.organizations(), e.toString());
        assertEquals(List.of("Alberto Fujimori", "Juan Briones"), e.people(), e.toString());
        Entities leader = EXTRACTOR.extract("Thousands marched against the Hun Sen government in Phnom Penh .");
        assertEquals(List.of("Hun Sen"), leader.people(), leader.toString());
    }

    @Test
    void aStateThatPlaysIsATeamInASportsStory() {
        Entities e = EXTRACTOR.extract("ICE HOCKEY - RED WINGS DOWN AVALANCHE .\nDETROIT 1996-12-05\nSergei Fedorov "
                + "scored twice on Thursday . Patrick Roy made 30 saves for Colorado , which had won four straight .");
        assertTrue(e.organizations().contains("Colorado"), e.toString());
        Entities law = EXTRACTOR.extract("The court compared the laws of Texas vs. Delaware on Thursday , and Roy "
                + "made 30 saves for Colorado on the trip .");
        assertEquals(List.of("Texas", "Delaware", "Colorado"), law.locations(), law.toString());
    }

    @Test
    void aPersonThatOpensWithANationsAdjectiveAndHoldsNoGivenNameIsABody() {
        Entities e = EXTRACTOR.extract("Officials at the Sellafield nuclear plant in Cumbria said a leak had been "
                + "contained , British Nuclear Fuels said .");
        assertEquals(List.of("British Nuclear Fuels"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void honorificsOfSouthAsiaAreTitlesBeforeAName() {
        Entities e = EXTRACTOR.extract("Thousands rallied in Dhaka to back the opposition Bangladesh Nationalist Party "
                + "led by Begum Khaleda Zia .");
        assertEquals(List.of("Khaleda Zia"), e.people(), e.toString());
    }

    @Test
    void aWordWithACapitalInsideBeforeSaidIsACompanyButASurnamesPrefixIsNot() {
        Entities e = EXTRACTOR.extract("European utilities gained on Monday . CalEnergy said it would raise its "
                + "offer , and MacAllister said he would not sell .");
        assertEquals(List.of("CalEnergy"), e.organizations(), e.toString());
    }

    @Test
    void theBidderAfterByAfterADealsCompanyIsACompany() {
        Entities e = EXTRACTOR.extract("The takeover of Yorkshire Electricity by Rexford was cleared on Monday , the "
                + "regulator said .");
        assertEquals(List.of("Yorkshire Electricity", "Rexford"), e.organizations(), e.toString());
    }

    @Test
    void aPlaceAndAnIndustrysWordAfterItAreACompany() {
        Entities e = EXTRACTOR.extract("The takeover of Yorkshire Electricity by CalEnergy was cleared on Monday . "
                + "The regulator said Yorkshire Mining and Thames Chemicals had broken the rules . Shares in Northern "
                + "Electric rose and Eastern Electricity fell , while prices in Yorkshire were flat .");
        assertEquals(List.of("Yorkshire Electricity", "CalEnergy", "Yorkshire Mining", "Thames Chemicals",
                "Northern Electric", "Eastern Electricity"), e.organizations(), e.toString());
        assertEquals(List.of("Yorkshire"), e.locations(), e.toString());
    }

    @Test
    void anUnknownAcronymBeforeSaidIsAnOrganisationButACommonOneIsNot() {
        Entities e = EXTRACTOR.extract("European airlines gained on Monday . Lufthansa and SAS said they would extend "
                + "their alliance , and the CEO said talks went well .");
        assertEquals(List.of("Lufthansa", "SAS"), e.organizations(), e.toString());
    }

    @Test
    void twoPeopleJoinedByAndAreTwoWhereEachStartsWithAGivenNameOfAnyList() {
        Entities e = EXTRACTOR.extract("The match ended 2-0 , Juergen Klinsmann and Mehmet Scholl scoring .");
        assertEquals(List.of("Juergen Klinsmann", "Mehmet Scholl"), e.people(), e.toString());
        Entities company = EXTRACTOR.extract("Shares of Barnes and Noble Inc rose 5 percent on Monday .");
        assertEquals(List.of("Barnes and Noble Inc"), company.organizations(), company.toString());
    }

    @Test
    void theNameBeforeAPlayersPositionAndThePlayerIsTheClubButANationStaysAPlace() {
        Entities e = EXTRACTOR.extract("RUGBY UNION - SQUAD NAMED .\nLONDON 1996-12-10\nThe coach named Orrell hooker "
                + "Martin Scolt , Sale scrum-half Richard Hardin and Blackburn striker Chris Sutten , while England "
                + "striker Alan Shearen and Dutch striker Patrick Kluivart watched from the stand .");
        assertEquals(List.of("Orrell", "Sale", "Blackburn"), e.organizations(), e.toString());
        assertEquals(List.of("Martin Scolt", "Richard Hardin", "Chris Sutten", "Alan Shearen", "Patrick Kluivart"),
                e.people(), e.toString());
        assertEquals(List.of("London", "England"), e.locations(), e.toString());
        // outside a sports story a word that is also a position's says nothing of the place before it
        Entities city = EXTRACTOR.extract("The Birmingham centre Jonathan Smyth opened on Monday with a new director , "
                + "the city council said .");
        assertEquals(List.of("Birmingham"), city.locations(), city.toString());
    }

    @Test
    void whatAPlaceIsTheBaseOfIsACompany() {
        Entities e = EXTRACTOR.extract("Hamburg-based Harvik-Lund said it would order three ships .");
        assertEquals(List.of("Harvik-Lund"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void aBodysWordBeforeForOrOfAndTheIsOneOrganisationWithThePlaceAfterIt() {
        Entities e = EXTRACTOR.extract("Leaders of the Front for the Liberation of Mali said on Monday they would "
                + "take part in the vote . The opposition Forum for the Renewal of Democracy ( FORDE ) called it a "
                + "cover-up .");
        assertTrue(e.organizations().containsAll(List.of("Front for the Liberation of Mali",
                "Forum for the Renewal of Democracy")), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void basketballResultsUnderAHeadingAreTeamsWhateverTheirCase() {
        Entities e = EXTRACTOR.extract("Results of games on Saturday ( home team in CAPS ) :\n\nPORT ELMSLEY 103 "
                + "Carville 96\n\nHarbin Falls 101 NORTH FENWICK 93\n");
        assertTrue(e.organizations().containsAll(List.of("PORT ELMSLEY", "NORTH FENWICK")), e.toString());
    }

    @Test
    void aHeadingOfALeaguesPartIsNoName() {
        Entities e = EXTRACTOR.extract("Results of league matches on Saturday :\n\nPremier league\n\nBrexley 2 "
                + "Tarnfield 1\n\nWestholm 0 Farrowby 0\n\nDivision one\n\nOldmere 3 Castlebury 1\n\nGlenrith 2 "
                + "Ashcombe 2\n");
        assertFalse(e.organizations().contains("Division"), e.toString());
        assertTrue(e.organizations().containsAll(List.of("Brexley", "Oldmere")), e.toString());
    }

    @Test
    void aPortfolioBeforeAMinisterIsNoParty() {
        Entities minister = EXTRACTOR.extract("Labour Minister Anton Brenner said the figures were disappointing but "
                + "blamed seasonal factors in the west of the country .");
        assertEquals(List.of("Anton Brenner"), minister.people(), minister.toString());
        assertEquals(List.of(), minister.organizations(), minister.toString());
        Entities leader = EXTRACTOR.extract("Labour leader Tom Hadley disagreed .");
        assertEquals(List.of("Labour Party"), leader.organizations(), leader.toString());
    }

    @Test
    void kalenjinAndBantuParticlesAndAMilitaryRankAreReadAsSuch() {
        Entities e = EXTRACTOR.extract("President Samuel arap Kiptoo sacked his ministers on Monday . Military "
                + "spokesman Brigadier Tilak Weerasooriya said two soldiers died . Prime Minister Kengo wa Dondo said "
                + "the army would counter-attack .");
        assertEquals(List.of("Samuel arap Kiptoo", "Tilak Weerasooriya", "Kengo wa Dondo"), e.people(),
                e.toString());
    }

    @Test
    void aWordOfABodysLongerNameIsThatBody() {
        Entities e = EXTRACTOR.extract("Tupac Amaru rebels freed 225 hostages on Sunday . The rebels of the Tupac "
                + "Amaru Revolutionary Movement ( MRTA ) demand the release of jailed comrades .");
        assertEquals(List.of("Tupac Amaru Revolutionary Movement", "MRTA"), e.organizations(), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
    }

    @Test
    void theSidesOfALineOfInningsAreTeamsAndItsGroundAPlace() {
        Entities e = EXTRACTOR.extract("Close of play scores on Friday :\n\nAshby-de-la-Marsh : Wexcombe 259 and 207 "
                + "( A. Dale 69 ; D. Brell 4-43 ) , Harrowdale 114 ( S. Watt 4-28 ) and 81-3 .\n");
        assertTrue(e.organizations().containsAll(List.of("Wexcombe", "Harrowdale")), e.toString());
        assertTrue(e.locations().contains("Ashby-de-la-Marsh"), e.toString());
        assertTrue(e.people().containsAll(List.of("A. Dale", "D. Brell", "S. Watt")), e.toString());
        assertFalse(e.people().contains("Ashby-de-la-Marsh"), e.toString());
    }

    @Test
    void aTitlesWordBeforeHalfANameTheModelTookForAPlaceMakesItAPerson() {
        Entities e = EXTRACTOR.extract("Egyptian President Hosni Mubarak met Israeli envoy Eliahu Ben-Elissar in "
                + "Cairo on Tuesday to discuss the stalled peace process .");
        assertTrue(e.people().contains("Eliahu Ben-Elissar"), e.toString());
        assertEquals(List.of("Cairo"), e.locations(), e.toString());
    }

    @Test
    void aFinnishLegalFormEndsACompanysName() {
        Entities e = EXTRACTOR.extract("Workers at paper mills owned by Harkko Oy will strike on Friday .");
        assertEquals(List.of("Harkko Oy"), e.organizations(), e.toString());
    }

    @Test
    void aKnownPlaceAfterAnAwayResultOrBeforeWhoIsATeam() {
        Entities e = EXTRACTOR.extract("Karlsruhe , who lost 3-1 at Hamburg on Saturday , are fourth in the table .");
        assertEquals(List.of("Karlsruhe", "Hamburg"), e.organizations(), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
    }

    @Test
    void aWordInCapitalsInASentenceIsNoOrganisationSpelledInTitleCase() {
        Entities e = EXTRACTOR.extract("The technology behind the new pages was AJAX , and it made them fast .");
        assertTrue(e.organizations().isEmpty(), e.toString());
        Entities club = EXTRACTOR.extract("SOCCER - AJAX HELD AT HOME .");
        assertEquals(List.of("Ajax"), club.organizations(), club.toString());
    }

    @Test
    void aPeoplesWordBeforeAPersonIsNoPartOfTheName() {
        Entities e = EXTRACTOR.extract("He met Australian Greg Norrish on the course on Sunday . Pete Sampras beat "
                + "fellow American Andre Agassi 6-2 6-1 to reach the final . Swede Stefan Edlund lost .");
        assertTrue(e.people().containsAll(List.of("Greg Norrish", "Andre Agassi", "Stefan Edlund")), e.toString());
        assertTrue(e.people().stream().noneMatch(p -> p.startsWith("Australian") || p.startsWith("American")
                || p.startsWith("Swede")), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
    }

    @Test
    void aMarketReportsMoversAreCompanies() {
        Entities e = EXTRACTOR.extract("Shares closed lower on Friday . Halvern Whitcombe lost 50 cents to 61.25 , "
                + "Tarvik Light and Power added 10 cents and Orlen Vask slipped 1.2 percent . Sales rose 5 percent .");
        assertTrue(e.organizations().containsAll(List.of("Halvern Whitcombe", "Tarvik Light and Power",
                "Orlen Vask")), e.toString());
        assertFalse(e.organizations().contains("Sales"), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
        Entities classes = EXTRACTOR.extract("In Stockholm , Trelvik B shares rose 3.50 crowns after a contract "
                + "in Brazil and Ostrand A fell 2 crowns .");
        assertEquals(List.of("Trelvik", "Ostrand"), classes.organizations(), classes.toString());
        assertEquals(List.of("Stockholm", "Brazil"), classes.locations(), classes.toString());
        assertTrue(classes.people().isEmpty(), classes.toString());
        Entities verb = EXTRACTOR.extract("Anglo Tarvik gained 2.50 rand to 268 and De Beers added 1.25 rand in "
                + "Johannesburg on Wednesday .");
        assertEquals(List.of("Anglo Tarvik", "De Beers"), verb.organizations(), verb.toString());
        Entities brackets = EXTRACTOR.extract("Tarvik Kong ( Holdings ) rose 1.25 dollars to 68.75 on Friday .");
        assertEquals(List.of("Tarvik Kong Holdings"), brackets.organizations(), brackets.toString());
        Entities vote = EXTRACTOR.extract("In the first round Boris Yelkin gained 35 percent of the vote .");
        assertEquals(List.of("Boris Yelkin"), vote.people(), vote.toString());
    }

    @Test
    void aTeamsPossessiveBeforeADriverAndACountrysBeforeAPerson() {
        Entities e = EXTRACTOR.extract("Britain's Damon Hill won the race on Sunday . Hill's Williams team-mate "
                + "Jacques Villon of Canada crashed out . Ferrari's Michael Schuler finished second and Benetton's "
                + "Gerhard Brenner was fourth .");
        assertTrue(e.people().containsAll(List.of("Damon Hill", "Jacques Villon", "Michael Schuler",
                "Gerhard Brenner")), e.toString());
        assertTrue(e.organizations().containsAll(List.of("Williams", "Ferrari", "Benetton")), e.toString());
        assertEquals(List.of("United Kingdom", "Canada"), e.locations(), e.toString());
    }

    @Test
    void aRivalOrALawyerBeforeANameIsNoPartOfIt() {
        Entities rival = EXTRACTOR.extract("Rival carrier AOM said it would add flights to the island during the "
                + "strike next week .");
        assertEquals(List.of("AOM"), rival.organizations(), rival.toString());
        Entities lawyer = EXTRACTOR.extract("Lawyer Franco Cappelli told reporters outside the courthouse that "
                + "justice had been done .");
        assertEquals(List.of("Franco Cappelli"), lawyer.people(), lawyer.toString());
    }

    @Test
    void aTitleBeforeAGivenNameMakesAPersonAndAnAcronymAfterAndAnotherName() {
        Entities governor = EXTRACTOR.extract("Governor Urban Baeckstroem said inflation remained low and the bank "
                + "would watch the crown .");
        assertEquals(List.of("Urban Baeckstroem"), governor.people(), governor.toString());
        assertTrue(governor.organizations().isEmpty(), governor.toString());
        Entities banks = EXTRACTOR.extract("Economists at Handelsbanken and SEB had expected the move .");
        assertFalse(banks.organizations().contains("Handelsbanken and SEB"), banks.toString());
        assertTrue(banks.organizations().contains("Handelsbanken"), banks.toString());
    }

    @Test
    void aGivenNameRightBeforeAnotherStaysInTheName() {
        Entities e = EXTRACTOR.extract("Spanish Prime Minister Jose Maria Aznar met leaders of the Basque Nationalist "
                + "Party on Wednesday .");
        assertEquals(List.of("Jose Maria Aznar"), e.people(), e.toString());
    }

    @Test
    void aStatesSideInALineOfResultsIsAClubAndACountrysANationalTeam() {
        Entities clubs = EXTRACTOR.extract("Results of games played on Thursday ( home team in CAPS ) :\n"
                + "CLEVELAND 6 Minnesota 4\nTEXAS 5 Boston 3\nColorado 8 MONTREAL 3\n");
        assertTrue(clubs.organizations().containsAll(List.of("Minnesota", "Texas", "Colorado", "Boston")),
                clubs.toString());
        assertTrue(clubs.locations().isEmpty(), clubs.toString());
        Entities nations = EXTRACTOR.extract("Results of World Cup qualifiers on Saturday :\nJapan 2 Syria 1\n"
                + "England 3 Moldova 0\n");
        assertEquals(List.of(), nations.organizations(), nations.toString());
        assertTrue(nations.locations().containsAll(List.of("Japan", "Syria", "England", "Moldova")),
                nations.toString());
    }

    @Test
    void aCityOrAStateAndAPluralAfterItAreAClubWhereverTheModelCutTheName() {
        Entities e = EXTRACTOR.extract("The Texas Comets beat the Kansas City Foxes 6-4 on Friday , while the New York "
                + "Ravens lost to the Chicago Pikes in overtime .");
        assertTrue(e.organizations().containsAll(List.of("Texas Comets", "Kansas City Foxes", "New York Ravens",
                "Chicago Pikes")), e.toString());
        assertTrue(e.people().isEmpty() && e.locations().isEmpty(), e.toString());
        Entities parks = EXTRACTOR.extract("Visitors to the Utah National Parks rose by a tenth last year .");
        assertFalse(parks.organizations().contains("Utah National Parks"), parks.toString());
    }

    @Test
    void aPlaceThatNamesAGradeOfCrudeIsNoPlaceThere() {
        Entities e = EXTRACTOR.extract("Brent crude for January delivery rose 20 cents , West Texas Intermediate was "
                + "steady and Urals blend fell . A tanker left Dubai for Rotterdam on Monday .");
        assertEquals(List.of("Dubai", "Rotterdam"), e.locations(), e.toString());
    }

    @Test
    void aSentencesFirstWordThatIsACallingOrAPeoplesNounIsNoPartOfAName() {
        Entities e = EXTRACTOR.extract("Promoter Don Kellett said a rematch was likely . Frenchman Laurent Jalin won "
                + "the stage .");
        assertEquals(List.of("Don Kellett", "Laurent Jalin"), e.people(), e.toString());
        Entities general = EXTRACTOR.extract("General Rosso Jose Serrano , head of the national police , said the men "
                + "had been sought for two years .");
        assertEquals(List.of("Rosso Jose Serrano"), general.people(), general.toString());
        Entities positions = EXTRACTOR.extract("Quarterback Troy Aikman threw for 233 yards . Opposition New Frontier "
                + "Party leader Ichiro Ozawa called the plan too timid .");
        assertEquals(List.of("Troy Aikman", "Ichiro Ozawa"), positions.people(), positions.toString());
        assertEquals(List.of("New Frontier Party"), positions.organizations(), positions.toString());
    }

    @Test
    void theSecondOfTwoEmployersAfterAnalystsAtIsACompanyToo() {
        Entities e = EXTRACTOR.extract("Dealers at Barclays and Deutsche Halvern Grenfell expected the dollar to test "
                + "115 yen .");
        assertEquals(List.of("Barclays", "Deutsche Halvern Grenfell"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
    }

    @Test
    void aPeoplesAdjectiveAndCommonWordsAreNoOrganisation() {
        Entities e = EXTRACTOR.extract("Fighting between rival Kurdish factions spread across the north on Monday , "
                + "and Bosnian Serb forces shelled the town .");
        assertTrue(e.organizations().isEmpty(), e.toString());
    }

    @Test
    void resultsRunOnAfterALeaguesOwnHeadingAndAClubsCityIsTheClub() {
        Entities e = EXTRACTOR.extract("Results of English league matches on Saturday : Premier league : Arsenal 2 "
                + "Derby 2 , Coventry 1 Tottenham 2 , Leicester 1 Blackburn 1 .");
        assertTrue(e.organizations().containsAll(List.of("Derby", "Coventry", "Leicester", "Blackburn")),
                e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
        Entities hockey = EXTRACTOR.extract("Results of hockey games on Saturday ( home team in CAPS ) :\n"
                + "Hartford 4 BOSTON 2\nNY RANGERS 3 Pittsburgh 3 ( OT )\n");
        assertTrue(hockey.organizations().contains("NY RANGERS"), hockey.toString());
        assertTrue(hockey.locations().isEmpty(), hockey.toString());
    }

    @Test
    void aSentencesFirstCommonWordAloneIsNoPersonWhomTheTextNeverNamedInFull() {
        Entities metal = EXTRACTOR.extract("Gold ended lower on Friday as the dollar firmed . Copper on the London "
                + "Metal Exchange rose to $ 2,210 a tonne .");
        assertTrue(metal.people().isEmpty(), metal.toString());
        Entities named = EXTRACTOR.extract("Craig Brown named his squad on Monday . Brown will lead the side "
                + "against Austria on Saturday .");
        assertEquals(List.of("Craig Brown"), named.people(), named.toString());
    }

    @Test
    void aPressDigestsPapersAreOrganisations() {
        Entities e = EXTRACTOR.extract("PRESS DIGEST - Bulgaria - Dec 12 .\nSOFIA 1996-12-12\nThese are the leading "
                + "stories in the Sofia press on Thursday .\nVESTNIK\n- Students continue protests in Sofia .\n"
                + "KONTINENT\n- The central bank raises its base rate .\n");
        assertTrue(e.organizations().containsAll(List.of("VESTNIK", "KONTINENT")), e.toString());
        Entities review = EXTRACTOR.extract("What we liked about the phone\nPROS\n- fast\n- cheap\nCONS\n- loud\n");
        assertTrue(review.organizations().isEmpty(), review.toString());
    }

    @Test
    void aCallingInLowerCaseBeforeAGivenNameMakesAPersonAndThePolesArePlaces() {
        Entities e = EXTRACTOR.extract("1972 - Apollo 17 astronaut Eugene Carnell became the last man to walk on the "
                + "moon .\n1911 - Norwegian explorer Roald Amsel became the first man to reach the South Pole .");
        assertTrue(e.people().containsAll(List.of("Eugene Carnell", "Roald Amsel")), e.toString());
        assertTrue(e.organizations().isEmpty(), e.toString());
        assertEquals(List.of("South Pole"), e.locations(), e.toString());
    }

    @Test
    void aSonsSuffixAndATitlesWordAsASurnameStayInAName() {
        Entities e = EXTRACTOR.extract("Chief executive Edgar Branwell Jr. said the company would focus on drinks . "
                + "Interior Minister Jaime Mayor Orbeta said the arrests had dealt a blow to the group .");
        assertEquals(List.of("Edgar Branwell Jr.", "Jaime Mayor Orbeta"), e.people(), e.toString());
    }

    @Test
    void aPrizesNameIsNoPlaceNorPerson() {
        Entities e = EXTRACTOR.extract("Sagan , a professor at Cornell University , won a Pulitzer Prize in 1978 , "
                + "and the Camera Tarvik Award went to Ann Druyan .");
        assertEquals(List.of("Cornell University"), e.organizations(), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
    }

    @Test
    void anAirlinesNameEndsAtItsWord() {
        Entities e = EXTRACTOR.extract("A Tarvik Airlines Boeing 747 and a Kazakh Airlines Ilyushin-76 collided near "
                + "the capital on Tuesday . Skiplagging : Lawsuits And Airline Bans .");
        assertEquals(List.of("Tarvik Airlines", "Kazakh Airlines"), e.organizations().subList(0, 2), e.toString());
        assertFalse(e.organizations().contains("Bans"), e.toString());
    }

    @Test
    void aPlaceListedAmongOrganisationsIsOneButACountryStaysAPlace() {
        Entities e = EXTRACTOR.extract("Barclays , NatWest and Midland declined to comment on the inquiry .");
        assertEquals(List.of("Barclays", "NatWest", "Midland"), e.organizations(), e.toString());
        assertTrue(e.locations().isEmpty(), e.toString());
        Entities country = EXTRACTOR.extract("Barclays , NatWest and Canada declined to comment on the inquiry .");
        assertEquals(List.of("Canada"), country.locations(), country.toString());
    }

    @Test
    void aNameListedWithTwoOrganisationsIsOne() {
        Entities e = EXTRACTOR.extract("The strike hit plants of General Motors , Ford and Stellantis in Michigan .");
        assertEquals(List.of("General Motors", "Ford", "Stellantis"), e.organizations(), e.toString());
        Entities person = EXTRACTOR.extract("Suppliers to Ford , Toyota and Veltrano raised their prices on Tuesday .");
        assertEquals(List.of("Ford", "Toyota", "Veltrano"), person.organizations(), person.toString());
        assertTrue(person.people().isEmpty(), person.toString());
        Entities described = EXTRACTOR.extract("Its customers include Ford , Toyota and Airline Norvasta , it said .");
        assertEquals(List.of("Ford", "Toyota"), described.organizations(), described.toString());
        Entities one = EXTRACTOR.extract("The deal was backed by Pfizer , Kellan and Brisby , the agency said .");
        assertEquals(List.of("Pfizer"), one.organizations(), one.toString());
    }

    @Test
    void aMediumNamedAfterItsWordAndALearnedJournalAreOrganisations() {
        Entities journal = EXTRACTOR.extract("The findings , published in the New England Journal of Medicine ,"
                + " surprised doctors .");
        assertEquals(List.of("New England Journal of Medicine"), journal.organizations(), journal.toString());
        assertTrue(journal.locations().isEmpty(), journal.toString());
        Entities media = EXTRACTOR.extract("The magazine Der Stern said on Friday that the diaries were fake , and"
                + " state television HRT reported it . The results appeared in the journal Nature on Wednesday .");
        assertEquals(List.of("Der Stern", "HRT", "Nature"), media.organizations(), media.toString());
        assertTrue(media.people().isEmpty(), media.toString());
        Entities words = EXTRACTOR.extract("Nurses in daily HR work and the weekly Sunday meeting were praised , he"
                + " said on television Monday .");
        assertTrue(words.organizations().isEmpty(), words.toString());
    }

    @Test
    void theWordsBeforeACompanyOfficersTitleAndAPersonAreTheEmployer() {
        Entities e = EXTRACTOR.extract("Veltrano CEO Marta Quist said on Monday the company would cut jobs .");
        assertEquals(List.of("Veltrano"), e.organizations(), e.toString());
        assertEquals(List.of("Marta Quist"), e.people(), e.toString());
        Entities former = EXTRACTOR.extract("Former CEO John Smith said on Monday the company would cut jobs .");
        assertTrue(former.organizations().isEmpty(), former.toString());
    }

    @Test
    void anAgeBeforeAGivenNameAndASurnameMakesAPersonOverAPlace() {
        Entities e = EXTRACTOR.extract("Police named the victim as 19-year-old Georgia Hart , a student from Leeds .");
        assertEquals(List.of("Georgia Hart"), e.people(), e.toString());
        assertEquals(List.of("Leeds"), e.locations(), e.toString());
        Entities city = EXTRACTOR.extract("A 35-year-old Virginia Beach man was arrested on Monday .");
        assertEquals(List.of("Virginia Beach"), city.locations(), city.toString());
        assertTrue(city.people().isEmpty(), city.toString());
    }

    @Test
    void wordsInCapitalsForStressAreNoNamesWhereTheTextWritesThemInLowerCase() {
        Entities e = EXTRACTOR.extract("You can also search for travel insurance that ONLY covers medical expenses ,"
                + " or ONLY covers other things . It is the only way to save , the WHO said , and the NIH agreed"
                + " ( see nih.gov ) .");
        assertEquals(List.of("World Health Organization", "NIH"), e.organizations(), e.toString());
        Entities same = EXTRACTOR.extract("I had plotted out the SAME arrangement for every room , and the same"
                + " lamps , the same chairs .");
        assertTrue(same.organizations().isEmpty(), same.toString());
    }

    @Test
    void theObjectOfAVerbOfWarOnPlacesIsAPlace() {
        Entities e = EXTRACTOR.extract("The army said troops recaptured Wad Madani on Tuesday , and the rebels "
                + "shelled Kurakhove overnight . Police seized Wagner positions and captured Ahmed Ali , it said .");
        assertEquals(List.of("Wad Madani", "Kurakhove"), e.locations(), e.toString());
        assertFalse(e.people().contains("Wad Madani"), e.toString());
        assertFalse(e.locations().contains("Ahmed Ali"), e.toString());
    }

    @Test
    void aChurchServiceIsNoPlaceAndANationalAgencyKeepsItsFirstWord() {
        Entities mass = EXTRACTOR.extract("The Pope celebrated Mass in St Peter 's Square on Sunday before thousands"
                + " of pilgrims .");
        assertFalse(mass.locations().contains("Mass"), mass.toString());
        Entities agency = EXTRACTOR.extract("A police official told the News Agency of Nigeria that 12 people died"
                + " in the crash near Kano .");
        assertEquals(List.of("News Agency of Nigeria"), agency.organizations(), agency.toString());
    }

    @Test
    void aSecondBodysMembersMakeNoRunOfTwoParties() {
        Entities e = EXTRACTOR.extract("Senate Republicans and House Democrats agreed on a spending bill on Friday ,"
                + " averting a shutdown .");
        assertEquals(List.of("US Senate"), e.organizations(), e.toString());
    }

    @Test
    void theCompanyADealIsForIsAnOrganisation() {
        Entities e = EXTRACTOR.extract("The group said it had acquired Veltrano , a maker of car parts , for 200"
                + " million euros . Shareholders approved the plan to merge with Kellan Marvest , the bank said .");
        assertEquals(List.of("Veltrano", "Kellan Marvest"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
        Entities things = EXTRACTOR.extract("He bought Manhattan real estate and acquired Brisbo paintings for his"
                + " collection .");
        assertTrue(things.organizations().isEmpty(), things.toString());
    }

    @Test
    void aBodyDescribedAsAnothersWingIsAnOrganisationAndFerriesAreACompanys() {
        Entities e = EXTRACTOR.extract("Herrin Batalde , the group's political wing , called a protest on Monday . "
                + "Brenna Ferries said its ships were unaffected .");
        assertEquals(List.of("Herrin Batalde", "Brenna Ferries"), e.organizations(), e.toString());
        assertTrue(e.people().isEmpty(), e.toString());
        Entities possessive = EXTRACTOR.extract("Herrin Batalde , ETA's political wing , called a protest on Monday .");
        assertTrue(possessive.organizations().contains("Herrin Batalde"), possessive.toString());
        Entities apart = EXTRACTOR.extract("Herrin Batalde , ETA 's political wing , called a protest on Monday .");
        assertTrue(apart.organizations().contains("Herrin Batalde"), apart.toString());
    }

    @Test
    void aPossessiveWrittenApartReadsAsOneWrittenOn() {
        Entities e = EXTRACTOR.extract("Britain 's Damon Hull won the race . Ferrari 's Michael Schuler was second "
                + "and Yeltsin 's spokesman said so .");
        assertEquals(List.of("Damon Hull", "Michael Schuler"), e.people().subList(0, 2), e.toString());
        assertEquals(List.of("Ferrari"), e.organizations(), e.toString());
        assertFalse(e.locations().contains("Ferrari"), e.toString());
        Entities rebels = EXTRACTOR.extract("Sri Lanka's Tamil Tiger rebels killed 12 soldiers, the army said.");
        assertEquals(List.of("Tamil Tigers"), rebels.organizations(), rebels.toString());
    }

    @Test
    void standingsOfWonLostAndAPercentageAreTeams() {
        Entities e = EXTRACTOR.extract("Standings after games played on Thursday :\nATLANTIC DIVISION\n"
                + "W L PCT GB\nMIAMI 14 4 .778 -\nBOSTON 10 6 .625 3\nORLANDO 8 8 .500 5 1/2\n");
        assertTrue(e.organizations().containsAll(List.of("Miami", "Boston", "Orlando")), e.toString());
        assertFalse(e.locations().contains("Miami") || e.locations().contains("Orlando"), e.toString());
        Entities prices = EXTRACTOR.extract("Prices on Thursday :\nApples 14 .778\nPears 10 .625\n");
        assertTrue(prices.organizations().isEmpty(), prices.toString());
    }

    @Test
    void aNameBeforeALandformInLowerCaseIsAPlace() {
        Entities e = EXTRACTOR.extract("Forces loyal to the ousted military chief regrouped in the Panjshir valley "
                + "north of the capital on Wednesday .");
        assertEquals(List.of("Panjshir"), e.locations(), e.toString());
        assertTrue(e.organizations().isEmpty(), e.toString());
    }

    @Test
    void aTitlesWordBeforeInitialsParticlesAndASurnameMakesAPersonAndSanAloneIsNoPlace() {
        Entities e = EXTRACTOR.extract("President Nelson Mandela and his deputy F.W. de Klerkman clashed on Wednesday "
                + "over the work of the commission .");
        assertTrue(e.people().contains("F.W. de Klerkman"), e.toString());
        Entities san = EXTRACTOR.extract("The junta detained more than 200 members of Aung San Suu Kyi 's party before "
                + "a congress , diplomats said .");
        assertFalse(san.locations().contains("San"), san.toString());
    }

    @Test
    void aDatelinesShortenedStateIsAPlaceAndAStormsNameIsNoName() {
        Entities e = EXTRACTOR.extract("SANTA MONICA , Calif. 1996-09-17\nJury selection began on Tuesday in the civil "
                + "trial , lawyers said .\nWILMINGTON , N.C. 1996-09-06\nHurricane Fran slammed into the coast late on "
                + "Thursday .");
        assertTrue(e.locations().containsAll(List.of("Santa Monica", "California", "Wilmington", "North Carolina")),
                e.toString());
        assertFalse(e.locations().contains("Fran") || e.people().contains("Fran"), e.toString());
    }

    @Test
    void aPeoplesAdjectiveAndWhatACompanyIsAreNoPartOfItsName() {
        Entities e = EXTRACTOR.extract("Swissair said on Friday it was in talks to raise its stake in Belgian carrier "
                + "Sabrena , the newspaper said on Monday .");
        assertTrue(e.organizations().contains("Sabrena"), e.toString());
        assertFalse(e.organizations().contains("Belgian carrier Sabrena"), e.toString());
    }

    @Test
    void aPlaceAStoryNamesAsAResultsSideIsThatTeamThroughoutTheStory() {
        Entities e = EXTRACTOR.extract("Barcelona went top of the league on Sunday after a 3-1 win at Valencia . "
                + "Valencia have now lost three games in a row .");
        assertTrue(e.organizations().contains("Valencia"), e.toString());
        assertFalse(e.locations().contains("Valencia"), e.toString());
    }

    @Test
    void aResultsSideTheModelTookForAPersonIsAClub() {
        Entities e = EXTRACTOR.extract("Results of Dutch first division matches on Sunday : PSV Eindhoven 3 Fortuna "
                + "Sittard 0 Ajax Amsterdam 2 NAC Breda 1 Feyenoord 1 Vitesse Arnhem 1");
        assertTrue(e.organizations().contains("Fortuna Sittard"), e.toString());
        assertFalse(e.people().contains("Fortuna Sittard"), e.toString());
    }

    @Test
    void aSeededPlayerBeatenInSetsIsAPerson() {
        Entities e = EXTRACTOR.extract("Results on Wednesday : Andrei Olhovskiy ( Russia ) beat 5 - Petr Korda ( Czech "
                + "Republic ) 7-6 6-2");
        assertTrue(e.people().containsAll(List.of("Andrei Olhovskiy", "Petr Korda")), e.toString());
        assertFalse(e.organizations().contains("Petr Korda"), e.toString());
    }

    @Test
    void analystsAtANameWorkForACompanyAndASpokesmanForAPersonSpeaksForThem() {
        Entities analysts = EXTRACTOR.extract("Analysts at Dresdner Kleinwort Benson said the move was expected by "
                + "the market .");
        assertTrue(analysts.organizations().contains("Dresdner Kleinwort Benson"), analysts.toString());
        assertFalse(analysts.people().contains("Dresdner Kleinwort Benson"), analysts.toString());
        Entities spokesman = EXTRACTOR.extract("A spokesman for Jacques Santer said on Tuesday that the commission "
                + "would not change its position on the beef ban .");
        assertTrue(spokesman.people().contains("Jacques Santer"), spokesman.toString());
        assertFalse(spokesman.organizations().contains("Jacques Santer"), spokesman.toString());
        Entities company = EXTRACTOR.extract("A spokesman for Quelmark said on Tuesday that the company would not "
                + "change its position on the beef ban .");
        assertTrue(company.organizations().contains("Quelmark"), company.toString());
    }

    @Test
    void resultsThatRunOnThroughTheirDivisionsHeadingsAreTeams() {
        Entities e = EXTRACTOR.extract("Results of English league matches on Saturday : Premier league Arsenal 2 "
                + "Tottenham 0 Chelsea 1 Newcastle 1 Division one Barnsley 3 Bolton 1 Norwich 2 Wolverhampton 2");
        assertTrue(e.organizations().containsAll(List.of("Newcastle", "Barnsley", "Norwich", "Wolverhampton")),
                e.toString());
        assertFalse(e.locations().contains("Newcastle"), e.toString());
        Entities baseball = EXTRACTOR.extract("Results of Major League Baseball games played on Saturday : American "
                + "League CLEVELAND 9 Chicago 4 NEW YORK 5 Detroit 3");
        assertTrue(baseball.organizations().contains("CLEVELAND"), baseball.toString());
        assertFalse(baseball.organizations().contains("American League CLEVELAND"), baseball.toString());
    }

    @Test
    void airAndAPlaceIsAnAirline() {
        Entities e = EXTRACTOR.extract("Fares fell while Air India and Air New Zealand cut prices , the companies said "
                + "in a statement in Auckland .");
        assertTrue(e.organizations().containsAll(List.of("Air India", "Air New Zealand")), e.toString());
        assertFalse(e.locations().contains("India") || e.locations().contains("New Zealand"), e.toString());
        Entities force = EXTRACTOR.extract("The Royal Air Force flew over Canada on Monday , the ministry said in "
                + "Ottawa .");
        assertTrue(force.locations().contains("Canada"), force.toString());
    }

    @Test
    void aWarIsNoNameAndAPersonsCompanyAfterOfIsAnOrganisation() {
        Entities war = EXTRACTOR.extract("About 300,000 people marched on Sunday in the biggest demonstration in "
                + "Belgium since World War Two , police said .");
        assertEquals(List.of(), war.organizations(), war.toString());
        Entities analyst = EXTRACTOR.extract("Analyst Egizio Bianchini of Nesbitt Burns said the stock could go "
                + "higher on Wednesday .");
        assertTrue(analyst.organizations().contains("Nesbitt Burns"), analyst.toString());
        assertFalse(analyst.people().contains("Nesbitt Burns"), analyst.toString());
    }

    @Test
    void aSurnameTheModelTookForAPlaceEndsThePersonsName() {
        Entities e = EXTRACTOR.extract("Arantxa Sanchez Vicario and Conchita Martinez of Spain won the doubles title "
                + "on Sunday in Tokyo .");
        assertTrue(e.people().contains("Arantxa Sanchez Vicario"), e.toString());
        assertFalse(e.locations().contains("Vicario"), e.toString());
    }

    @Test
    void aNameBetweenTheAndTeamIsATeamAndAPlaceThatHeldOthersToADrawToo() {
        Entities cycling = EXTRACTOR.extract("Indurain of the Banesto team finished 11th on Sunday , and Riis of the "
                + "German Telekom team won the race in Paris .");
        assertTrue(cycling.organizations().containsAll(List.of("Banesto", "Telekom")), cycling.toString());
        Entities national = EXTRACTOR.extract("Hoddle named the England team for the match against Moldova . The "
                + "Australian team arrived in Sydney , and the Quality Assurance team met in London .");
        assertEquals(List.of(), national.organizations(), national.toString());
        Entities his = EXTRACTOR.extract("Miguel Indurain has withdrawn from the world championships , his Banesto "
                + "team said on Friday .");
        assertEquals(List.of("Banesto"), his.organizations(), his.toString());
        Entities draw = EXTRACTOR.extract("Leicestershire were held to a draw by Somerset at Taunton on Thursday .");
        assertTrue(draw.organizations().contains("Somerset"), draw.toString());
        assertTrue(draw.locations().contains("Taunton"), draw.toString());
    }

    @Test
    void newswiresTransliteratedGivenNamesStartANameTheModelLeftAlone() {
        Entities e = EXTRACTOR.extract("Fighting between the Kurdistan Democratic Party of Massoud Barzani and the "
                + "Patriotic Union of Kurdistan of Jalal Talabani spread on Monday . President Suharto said that "
                + "Megawati Sukarnoputri could not lead the party . Serb nationalist Momcilo Krajisnik also won a seat .");
        assertTrue(e.people().containsAll(List.of("Jalal Talabani", "Megawati Sukarnoputri", "Momcilo Krajisnik")),
                e.toString());
    }

    @Test
    void aPlaceRightBeforeAnInstitutionsNameIsPartOfItAndABodysWordAloneOpeningASentenceNoName() {
        Entities e = EXTRACTOR.extract("Bank shares were hit by worries over bad loans at Hokkaido Takushoku Bank , "
                + "and the Osaka District Court said on Friday it would hear the case .");
        assertEquals(List.of("Hokkaido Takushoku Bank", "Osaka District Court"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aSportOpeningAHeadlineIsNoNameAndAGivenNameOfTheLongListEndsAPersonsNameTheModelHalved() {
        Entities headline = EXTRACTOR.extract("Athletics - Johnson sets world record . Michael Johnson won the 200 "
                + "metres in Atlanta on Thursday .");
        assertEquals(List.of(), headline.organizations(), headline.toString());
        Entities jagoda = EXTRACTOR.extract("German unemployment rose by 100,000 in November . The head of the "
                + "Nuremberg-based office , Bernhard Jagoda , said he expected it to rise further .");
        assertEquals(List.of("Bernhard Jagoda"), jagoda.people(), jagoda.toString());
    }

    @Test
    void aStageRacesCountryAndAContractsCrudeAreNoPlaces() {
        Entities e = EXTRACTOR.extract("The five-times Tour de France winner will ride the Giro d'Italia and the Tour "
                + "of Britain next year , his team said in Madrid . February Brent rose 22 cents in London .");
        assertEquals(List.of("Madrid", "London"), e.locations(), e.toString());
    }

    @Test
    void aNameTheModelLeftAloneAfterACitysOrATownsOfIsThatPlace() {
        Entities e = EXTRACTOR.extract("The two presidents met in the southern city of Punta Arenas on Friday , after "
                + "rebels attacked the town of Kalehe and the village of Mulamba . Only the port of MkLinux works .");
        assertEquals(List.of("Punta Arenas", "Kalehe", "Mulamba"), e.locations(), e.toString());
    }

    @Test
    void aCampaignOrACentreForSomethingIsABodyNotAPersonOfItsLastWord() {
        Entities e = EXTRACTOR.extract("The Campaign for Democracy said the aide , Ola Oni , was freed on Thursday , "
                + "and the Centre for Policy Studies agreed .");
        assertEquals(List.of("Campaign for Democracy", "Centre for Policy Studies"), e.organizations(), e.toString());
        assertEquals(List.of("Ola Oni"), e.people(), e.toString());
    }

    @Test
    void accordsNamedAfterAPlaceAreNoBodyButARegimeIs() {
        Entities e = EXTRACTOR.extract("The Bosnian Serbs were in breach of the Dayton peace accords , and Arafat "
                + "said the Oslo peace process was dead , while the Assad regime said nothing .");
        assertTrue(e.organizations().stream().noneMatch(o -> o.contains("peace")), e.toString());
        assertTrue(e.locations().contains("Oslo"), e.toString());
        assertTrue(e.organizations().contains("Assad regime"), e.toString());
    }

    @Test
    void christianBeforeASurnameIsAGivenNameButBeforeCommonWordsOrAPartysWordsNot() {
        Entities e = EXTRACTOR.extract("A spokesman for the tribunal , Christian Chartier , said the accords were "
                + "breached . The Christian Democrats won , and Christian Aid said Christian Counseling Centers opened .");
        assertEquals(List.of("Christian Chartier"), e.people(), e.toString());
        assertTrue(e.organizations().containsAll(List.of("Christian Democrats", "Christian Aid")), e.toString());
    }

    @Test
    void twoWordsNoListKnowsAfterACountrysPossessiveAreAPersonButACompanyIsNot() {
        Entities race = EXTRACTOR.extract("Morocco 's Salah Hissou won the race on Friday , Mexico 's Dionicio Ceron "
                + "was third and Argentina 's Lisandro Arbizu fourth .");
        assertTrue(race.people().containsAll(List.of("Salah Hissou", "Dionicio Ceron", "Lisandro Arbizu")),
                race.toString());
        assertEquals(List.of("Morocco", "Mexico", "Argentina"), race.locations(), race.toString());
        Entities shares = EXTRACTOR.extract("Shares in Britain 's Hanson Plc and France 's Credit Lyonnais rose "
                + "sharply on Friday after both said they would sell their stakes .");
        assertEquals(List.of(), shares.people(), shares.toString());
    }

    @Test
    void inATextOfCricketTheCountiesAreTheirSidesButNotWhereTheyArePlaces() {
        Entities cricket = EXTRACTOR.extract("Phil Simmons took four for 38 on Friday as Leicestershire beat Somerset "
                + "by an innings and 39 runs to take over at the head of the county championship . Title rivals Essex , "
                + "Derbyshire and Surrey all closed in on victory while Kent made up for lost time in their match "
                + "against Nottinghamshire .");
        assertTrue(cricket.organizations().containsAll(List.of("Leicestershire", "Somerset", "Essex", "Derbyshire",
                "Surrey", "Kent", "Nottinghamshire")), cricket.toString());
        assertEquals(List.of("Phil Simmons"), cricket.people(), cricket.toString());
        Entities rain = EXTRACTOR.extract("Rain stopped play in Kent , where Sussex had reached 120 for two wickets .");
        assertTrue(rain.locations().contains("Kent"), rain.toString());
        Entities floods = EXTRACTOR.extract("Rivers burst their banks in Kent and Essex on Friday , and roads across "
                + "Surrey were closed , police said .");
        assertTrue(floods.locations().containsAll(List.of("Kent", "Surrey")), floods.toString());
        assertFalse(floods.organizations().contains("Kent"), floods.toString());
    }

    @Test
    void aSurnameAloneIsAPlayerWhereWhatFollowsOrPrecedesItIsWhatOnlyAPlayerDoes() {
        Entities match = EXTRACTOR.extract("Inzaghi scored twice for Atalanta . Pizzi added the third . Bergkamp "
                + "headed in a cross from Overmars . Juventus goalkeeper Peruzzi saved from Batistuta . Espanyol 's "
                + "goal came from Lardin . Parry birdied the last . Els parred the 18th . Schalke equalised through "
                + "Thon . Ambrose took two wickets for 70 .");
        assertTrue(match.people().containsAll(List.of("Inzaghi", "Pizzi", "Bergkamp", "Overmars", "Peruzzi",
                "Batistuta", "Lardin", "Parry", "Els", "Thon", "Ambrose")), match.toString());
        assertEquals(List.of(), match.locations(), match.toString());
        Entities clubs = EXTRACTOR.extract("Barcelona scored twice in the first half . Espanyol equalised through a "
                + "penalty . Refugees came from Goma .");
        assertFalse(clubs.people().contains("Barcelona"), clubs.toString());
        assertFalse(clubs.people().contains("Goma"), clubs.toString());
    }

    @Test
    void standingsWithAPerfectRecordOrRunOnAreTeamsAndTheirDivisionsHeadingNoPlace() {
        Entities lines = EXTRACTOR.extract("Standings after Tuesday 's games :\nATLANTIC DIVISION\nW L PCT GB\n"
                + "MIAMI 8 2 .800 -\nORLANDO 4 4 .500 3\nCHICAGO 10 0 1.000 -\nDETROIT 8 2 .800 2\n"
                + "CLEVELAND 7 3 .700 3\n");
        assertTrue(lines.organizations().containsAll(List.of("Miami", "Orlando", "Chicago", "Detroit", "Cleveland")),
                lines.toString());
        assertEquals(List.of(), lines.locations(), lines.toString());
        Entities runOn = EXTRACTOR.extract("Standings after Tuesday 's games : W L PCT GB MIAMI 8 2 .800 - NEW YORK 7 "
                + "2 .778 1/2 ORLANDO 4 4 .500 3 WASHINGTON 4 5 .444 3 1/2");
        assertTrue(runOn.organizations().containsAll(List.of("Miami", "Orlando", "Washington")), runOn.toString());
    }

    @Test
    void aDatelinesPlaceStaysAPlaceWhereTheStoryMakesItsNameAClub() {
        Entities e = EXTRACTOR.extract("SOCCER - BARCELONA BEAT VALENCIA . BARCELONA 1996-12-01 . Barcelona beat "
                + "Valencia 3-1 on Sunday to go top of the Spanish league .");
        assertTrue(e.organizations().containsAll(List.of("Barcelona", "Valencia")), e.toString());
        assertTrue(e.locations().contains("Barcelona"), e.toString());
        Entities city = EXTRACTOR.extract("WASHINGTON 1996-08-22 . President Bill Clinton said in Washington on "
                + "Thursday that the bill would pass .");
        assertEquals(List.of("Washington"), city.locations(), city.toString());
        assertEquals(List.of(), city.organizations(), city.toString());
    }

    @Test
    void aSeriesIsAnEventNoPerson() {
        Entities e = EXTRACTOR.extract("Mark Waugh scored 104 as Australia beat India by 101 runs in the Singer World "
                + "Series on Friday in Colombo .");
        assertEquals(List.of("Mark Waugh"), e.people(), e.toString());
    }

    @Test
    void aWordAPersonsNameTookBackIsNoNameOfItsOwnAndAnInvitationalIsAnEvent() {
        Entities e = EXTRACTOR.extract("Tiger Woods won his first professional title on Sunday , beating Davis Love "
                + "in a playoff at the Las Vegas Invitational . Woods , who turned professional in August , earned "
                + "$ 297,000 .");
        assertEquals(List.of("Tiger Woods", "Davis Love"), e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aClassicAndAMastersAreEventsNoPeople() {
        Entities e = EXTRACTOR.extract("Ian Woosnam led the Johnnie Walker Classic on Friday . Greg Norman won the "
                + "Dunhill Masters in Sydney last week .");
        assertEquals(List.of("Ian Woosnam", "Greg Norman"), e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void aBanksNameInOneWordIsAnOrganisationAndEndsItsName() {
        Entities e = EXTRACTOR.extract("Shares in Hypobank rose 5 percent , while Volksbank fell 2 percent in Munich . "
                + "Analysts at Bayerische Vereinsbank and Deutsche Genossenschaftsbank said Sweden 's Handelsbanken "
                + "and Austria 's Creditanstalt would follow . Interbank rates were steady .");
        assertEquals(List.of("Hypobank", "Volksbank", "Bayerische Vereinsbank", "Deutsche Genossenschaftsbank",
                "Handelsbanken", "Creditanstalt"), e.organizations(), e.toString());
        assertEquals(List.of("Munich", "Sweden", "Austria"), e.locations(), e.toString());
        Entities place = EXTRACTOR.extract("The studio moved its offices from Hollywood to Burbank last year , the "
                + "company said in a statement on Tuesday .");
        assertTrue(place.organizations().isEmpty(), place.toString());
    }

    @Test
    void aCricketTextsCountiesAreSidesAndItsBatsmenAndBowlersInParenthesesArePeople() {
        Entities e = EXTRACTOR.extract("Cricket - County scores . LONDON 1996-09-20 .\n\nAt Chelmsford : Essex 532-8 "
                + "declared ( Nasser Hussain 158 , Paul Prichard 102 ) . Derbyshire 328 and 150-4 ( Kim Barnett 72 ) "
                + ".\n\nAt Trent Bridge : Nottinghamshire 210 ( Tim Robinson 64 ; Andrew Caddick 5-41 ) .");
        assertEquals(List.of("Nasser Hussain", "Paul Prichard", "Kim Barnett", "Tim Robinson", "Andrew Caddick"),
                e.people(), e.toString());
        assertEquals(List.of("Essex", "Derbyshire", "Nottinghamshire"), e.organizations(), e.toString());
        Entities shield = EXTRACTOR.extract("Cricket - Sheffield Shield . HOBART 1996-12-06 .\n\nScores on Friday :"
                + "\n\nAdelaide : South Australia 230 , Queensland 410-6 declared .");
        assertEquals(List.of("South Australia", "Queensland"), shield.organizations(), shield.toString());
    }

    @Test
    void aTablesHeadingBeforeAColonIsNoGround() {
        Entities e = EXTRACTOR.extract("Soccer - Argentine championship results . BUENOS AIRES 1996-12-08 .\n\n"
                + "Results of Argentine championship matches on Sunday :\n\nBoca Juniors 2 Velez Sarsfield 1\n\n"
                + "River Plate 3 Independiente 0\n\nStandings : River Plate 30 points , Velez Sarsfield 28 , "
                + "Boca Juniors 27 .");
        assertEquals(List.of("Buenos Aires"), e.locations(), e.toString());
    }

    @Test
    void aPersonOfAnInstitutionIsAPersonAndTheInstitutionAfterOf() {
        Entities e = EXTRACTOR.extract("\" Investors are waiting for the outcome of talks with the International "
                + "Monetary Fund , \" said Kamran Ahmed of Jahangir Siddiqui and Co in Karachi . The Bank of Tokyo "
                + "and the Office of Fair Trading agreed .");
        assertEquals(List.of("Kamran Ahmed"), e.people(), e.toString());
        assertEquals(List.of("International Monetary Fund", "Jahangir Siddiqui and Co", "Bank of Tokyo",
                "Office of Fair Trading"), e.organizations(), e.toString());
    }

    @Test
    void aNameBeforeTheWordOfAGroupIsAnOrganisationEvenWithTheArabicArticle() {
        Entities e = EXTRACTOR.extract("President Hosni Mubarak said on Friday Egypt would crush Moslem militants of "
                + "the Gama'a al-Islamiya group . Police also arrested members of the al-Jihad group and the Hizb "
                + "ut-Tahrir movement in Cairo . The Kurdish movement and the Abu Sayyaf group were not involved , said "
                + "Omar al-Bashir .");
        assertEquals(List.of("Hosni Mubarak", "Omar al-Bashir"), e.people(), e.toString());
        assertEquals(List.of("Gama'a al-Islamiya", "al-Jihad", "Hizb ut-Tahrir", "Abu Sayyaf"), e.organizations(),
                e.toString());
        Entities coalition = EXTRACTOR.extract("Protests in Nairobi were led by the Azimio coalition , and the Western "
                + "alliance stayed silent .");
        assertEquals(List.of("Azimio"), coalition.organizations(), coalition.toString());
    }

    @Test
    void aCompanysNameWithoutItsLegalFormIsTheCompanyAndWhereItIsBasedNoPartOfIt() {
        Entities e = EXTRACTOR.extract("Malaysia 's Sime Darby to buy stake in bank . KUALA LUMPUR 1996-12-06 .\n\n"
                + "Sime Darby Bhd said on Friday it would buy a 32 percent stake in the bank . Sime Darby chairman "
                + "Tunku Ahmad Yahaya said the deal was good . Analysts at Kuala Lumpur-based Rashid Hussain "
                + "Securities said the price was fair .");
        assertEquals(List.of("Tunku Ahmad Yahaya"), e.people(), e.toString());
        assertTrue(e.organizations().containsAll(List.of("Sime Darby", "Sime Darby Bhd", "Rashid Hussain Securities")),
                e.toString());
        assertTrue(e.organizations().stream().noneMatch(o -> o.contains("based")), e.toString());
    }

    @Test
    void aSaintsAbbreviationTheModelEndsANameWithTakesTheWordsAfterIt() {
        Entities e = EXTRACTOR.extract("Rugby league - Wigan beat St Helens in Challenge Cup final . LONDON 1996-04-27 ."
                + "\n\nWigan beat St Helens 40-32 at Wembley on Saturday to win the Challenge Cup for the ninth "
                + "successive season .");
        assertTrue(e.organizations().contains("St Helens"), e.toString());
        assertTrue(e.organizations().stream().noneMatch(o -> o.equals("St")), e.toString());
    }

    @Test
    void twoUnknownWordsAfterAMembersTitleAreAPerson() {
        Entities e = EXTRACTOR.extract("German government bonds firmed in thin trade on Friday , helped by a firmer "
                + "dollar and by comments from Bundesbank council member Reimut Jochimsen .");
        assertEquals(List.of("Reimut Jochimsen"), e.people(), e.toString());
    }

    @Test
    void aPlacesNameThatIsTheSurnameOfAPersonNamedInFullIsThePersonBeforeAVerb() {
        Entities e = EXTRACTOR.extract("Basketball - Jordan scores 40 as Bulls beat Knicks . CHICAGO 1996-12-05 . "
                + "Michael Jordan scored 40 points and Scottie Pippen added 22 as the Chicago Bulls beat the New York "
                + "Knicks 101-94 on Thursday . Jordan also had eight assists .");
        assertEquals(List.of("Chicago"), e.locations(), e.toString());
        assertTrue(e.people().contains("Michael Jordan"), e.toString());
        Entities country = EXTRACTOR.extract("Bill Jordan , general secretary of the ICFTU , said on Friday that "
                + "unions in Jordan and Israel would meet . Jordan 's King Hussein said the talks would be hard .");
        assertTrue(country.locations().contains("Jordan"), country.toString());
        Entities capitals = EXTRACTOR.extract("BASKETBALL - BULLS BEAT KNICKS AS JORDAN SCORES 40 . CHICAGO 1996-12-05 "
                + ". Michael Jordan scored 40 points as the Chicago Bulls beat the New York Knicks 101-94 .");
        assertEquals(List.of("Chicago"), capitals.locations(), capitals.toString());
        assertEquals(List.of("Michael Jordan"), capitals.people(), capitals.toString());
    }

    @Test
    void aMarketIndexIsNoOrganisationButABodysIndexesLeaveTheBody() {
        Entities e = EXTRACTOR.extract("French shares ended higher on Friday . The CAC-40 index closed up 14.82 points"
                + " . In Frankfurt the DAX index rose while the FTSE 100 index fell in London and the Nikkei average "
                + "fell in Tokyo . The Hang Seng index rose . Shares of Hang Seng Bank rose .");
        assertEquals(List.of("Hang Seng Bank"), e.organizations(), e.toString());
        Entities body = EXTRACTOR.extract("Journals want to be listed in all National Library of Medicine indexes , "
                + "the editors said in a statement on Monday .");
        assertEquals(List.of("National Library of Medicine"), body.organizations(), body.toString());
    }

    @Test
    void aTownThatIsAGivenNameAfterATitlesWordStartsAPersonsNameAndAForeignPartysHeadStartsAParty() {
        Entities e = EXTRACTOR.extract("Reform Party leader Preston Manning accused the government of breaking its "
                + "promises . Quebec Premier Lucien Bouchard , leader of the separatist Parti Quebecois , said Quebec "
                + "would hold another referendum . The Bloc Quebecois and Spain 's Partido Popular agreed .");
        assertEquals(List.of("Preston Manning", "Lucien Bouchard"), e.people(), e.toString());
        assertEquals(List.of("Reform Party", "Parti Quebecois", "Bloc Quebecois", "Partido Popular"),
                e.organizations(), e.toString());
    }

    @Test
    void aNameSetOffByCommasBeforeAVerbOfSpeechIsAPerson() {
        Entities e = EXTRACTOR.extract("The U.N. High Commissioner for Refugees , Sadako Ogata , said the return was "
                + "the largest in the agency 's history .");
        assertEquals(List.of("Sadako Ogata"), e.people(), e.toString());
    }

    @Test
    void aBodysHeadWordAfterAnAdjectiveStillHeadsTheNameAndItsTeamIsNoPartOfIt() {
        Entities e = EXTRACTOR.extract("South Korea 's militant Korean Confederation of Trade Unions threatened on "
                + "Friday to call a general strike . Opposition leader Kim Dae-jung of the National Congress for New "
                + "Politics said the law favoured big business . Deputy President Thabo Mbeki , who will lead the ANC "
                + "team , welcomed the move .");
        assertEquals(List.of("Kim Dae-jung", "Thabo Mbeki"), e.people(), e.toString());
        assertEquals(List.of("Korean Confederation of Trade Unions", "National Congress for New Politics",
                "African National Congress"), e.organizations(), e.toString());
    }

    @Test
    void aNameBeforeNewsAgencyIsAnOrganisation() {
        Entities e = EXTRACTOR.extract("A bomb exploded in a crowded market in Blida , 50 km south of Algiers , "
                + "killing 12 people , the official APS news agency said on Friday .");
        assertEquals(List.of("APS"), e.organizations(), e.toString());
    }

    @Test
    void aMinistersPortfolioIsNoNameAndASpeakersNameIsAPersons() {
        Entities e = EXTRACTOR.extract("Ukrainian President Leonid Kuchma vetoed a law on Friday . Parliament speaker "
                + "Oleksander Moroz , a Socialist , said deputies would try to override the veto . Bayero replaces Aret "
                + "Adams , who was sacked by Petroleum Minister Dan Etete last month .");
        assertEquals(List.of("Leonid Kuchma", "Oleksander Moroz", "Aret Adams", "Dan Etete"), e.people(),
                e.toString());
        assertTrue(e.organizations().stream().noneMatch(o -> o.equals("Petroleum")), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aDatelineInCapitalsWithParticlesIsThePlaceAndATitleAfterAPortfolioOfTwoStartsAName() {
        Entities e = EXTRACTOR.extract("Brazil 's Petrobras to raise output . RIO DE JANEIRO 1996-12-06 .\n\nBrazil 's"
                + " state oil company said on Friday it would raise crude output by 10 percent next year . Mines and "
                + "Energy Minister Raimundo Brito said the government would open the oil sector to private investors .");
        assertEquals(List.of("Brazil", "Rio de Janeiro"), e.locations(), e.toString());
        assertEquals(List.of("Raimundo Brito"), e.people(), e.toString());
    }

    @Test
    void twoOneWordPlacesAfterSaidOrBeforeARoleAreOnePerson() {
        Entities e = EXTRACTOR.extract("Tokyo stocks ended lower on Friday as investors sold high-technology shares . "
                + "\" Foreign investors were sellers , \" said Hiroshi Ota , an analyst at Nikko Securities .");
        assertEquals(List.of("Hiroshi Ota"), e.people(), e.toString());
        assertEquals(List.of("Tokyo"), e.locations(), e.toString());
    }

    @Test
    void aScorecardsBowlersBeforeTheirFiguresArePeopleAndTheHeadingNoName() {
        Entities e = EXTRACTOR.extract("Cricket - Zimbabwe v England scoreboard . BULAWAYO 1996-12-18 .\n\nZimbabwe "
                + "first innings\n\nG. Flower c Stewart b Gough 43\n\nBowling : Gough 26-6-70-2 , Mullally 23-4-69-0 , "
                + "Croft 44-15-77-3 , Wasim Akram 10-1-37-2");
        assertTrue(e.people().containsAll(List.of("Gough", "Mullally", "Croft", "Wasim Akram")), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void aTitledPersonOfAFirmIsAPersonWhateverTheModelMadeOfTheirGivenName() {
        Entities e = EXTRACTOR.extract("The U.S. unemployment rate rose to 5.4 percent in November . \" It 's a mixed "
                + "report , \" said economist Sung Won Sohn of Norwest Corp in Minneapolis . The Guatemalan National "
                + "Revolutionary Unity signed a peace accord .");
        assertEquals(List.of("Sung Won Sohn"), e.people(), e.toString());
        assertEquals(List.of("Norwest Corp", "Guatemalan National Revolutionary Unity"), e.organizations(),
                e.toString());
    }

    @Test
    void aBodyOfTwoWordsForTheSomethingIsOneNameAndAnEventOfABankNone() {
        Entities e = EXTRACTOR.extract("Army spokesman Isaie Nibizi said the rebels belonged to the National Council "
                + "for the Defence of Democracy of Leonard Nyangoma . Martina Hingis beat Monica Seles 6-4 6-2 on "
                + "Friday to reach the semi-finals of the Bank of the West Classic .");
        assertEquals(List.of("Isaie Nibizi", "Leonard Nyangoma", "Martina Hingis", "Monica Seles"), e.people(),
                e.toString());
        assertEquals(List.of("National Council for the Defence of Democracy"), e.organizations(), e.toString());
    }

    @Test
    void aForeignBanksHeadWordStartsItsNameAndAPlacesLastWordEndsNoPersons() {
        Entities e = EXTRACTOR.extract("Argentine Brady bonds rallied on Friday , dealers at Banco Rio said . Golf - "
                + "Faldo , Norman tied at Sun City . Nick Faldo and Greg Norman were tied for the lead on Friday .");
        assertEquals(List.of("Nick Faldo", "Greg Norman"), e.people(), e.toString());
        assertEquals(List.of("Banco Rio"), e.organizations(), e.toString());
    }

    @Test
    void aForeignBanksOfAndAUnionAfterAndAndAPortfolioAreOneNameEach() {
        Entities e = EXTRACTOR.extract("The peso closed at 7.86 per dollar , according to Banco de Mexico data . The "
                + "Transport and General Workers Union said it would fight the cuts . Shares in Ford and General "
                + "Motors fell . Trade and Industry Secretary Ian Lang said the deal would be referred to regulators .");
        assertEquals(List.of("Ian Lang"), e.people(), e.toString());
        assertEquals(List.of("Banco de Mexico", "Transport and General Workers Union", "Ford", "General Motors"),
                e.organizations(), e.toString());
    }

    @Test
    void aNorthAmericanTeamByItsNicknameIsItsClubUnlessTheNicknameIsAWordOfItsOwn() {
        Entities e = EXTRACTOR.extract("Michael Jordan scored 36 points for the Bulls on Friday , while Eric Lindros "
                + "added a goal for the Flyers . The Jazz festival opened in Montreux with the Utah Jazz owner "
                + "there .");
        assertEquals(List.of("Michael Jordan", "Eric Lindros"), e.people(), e.toString());
        assertEquals(List.of("Chicago Bulls", "Philadelphia Flyers", "Utah Jazz"), e.organizations(), e.toString());
    }

    @Test
    void aGroupNamedAfterItsWordIsAnOrganisationAndItsFaithNone() {
        Entities e = EXTRACTOR.extract("Abdurrahman Wahid , leader of the Moslem organisation Nahdlatul Ulama , "
                + "apologised to Christians on Friday . The company said the group ID would stay the same .");
        assertEquals(List.of("Abdurrahman Wahid"), e.people(), e.toString());
        assertEquals(List.of("Nahdlatul Ulama"), e.organizations(), e.toString());
    }

    @Test
    void aGroundAfterItsCityAndARegionAfterItsCountryArePlaces() {
        Entities e = EXTRACTOR.extract("Shane Warne was recalled for the second test at the Sydney Cricket Ground on "
                + "Friday . Heating oil futures rose as forecasts of cold weather in the U.S. Northeast supported "
                + "prices , traders said .");
        assertEquals(List.of("Shane Warne"), e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of("Sydney Cricket Ground", "U.S. Northeast"), e.locations(), e.toString());
    }

    @Test
    void firmsNamedAfterPeopleAndAMoverInFractionsAreCompanies() {
        Entities e = EXTRACTOR.extract("Dean Witter Discover rose 1-1/4 after analysts at Smith Barney and Kidder "
                + "Peabody raised their ratings , while Harbinger Brands fell 3/8 . Nick Price rose 1/2 a stroke .");
        assertEquals(List.of("Nick Price"), e.people(), e.toString());
        assertEquals(List.of("Dean Witter", "Smith Barney", "Kidder Peabody", "Harbinger Brands"), e.organizations(),
                e.toString());
    }

    @Test
    void theTreasuryIsAnInstitutionAndNoPlace() {
        Entities e = EXTRACTOR.extract("Blue-chip stocks ended mixed on Friday as Treasury bond prices slipped , "
                + "traders said . Treasury Secretary Robert Rubin declined to comment .");
        assertEquals(List.of("Robert Rubin"), e.people(), e.toString());
        assertEquals(List.of("Treasury"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void anEventsPlaceIsNoPlaceATeamOfAPersonsNameIsATeamAndAnElidedDeIsPartOfAName() {
        Entities e = EXTRACTOR.extract("British-trained Pilsudski won the Japan Cup in Tokyo on Sunday . Jacques "
                + "Villeneuve signed a new contract with the Williams Formula One team on Tuesday . Marc Girardelli "
                + "won a World Cup downhill in Val d'Isere on Saturday .");
        assertEquals(List.of("Jacques Villeneuve", "Marc Girardelli"), e.people(), e.toString());
        assertEquals(List.of("Williams Formula One"), e.organizations(), e.toString());
        assertEquals(List.of("Tokyo", "Val d'Isere"), e.locations(), e.toString());
    }

    @Test
    void aDivisionOfTwoTeamsInAStandingsTableIsTeamsToo() {
        Entities e = EXTRACTOR.extract("Basketball - NBA standings . NEW YORK 1996-12-08 .\n\nATLANTIC DIVISION\n\n"
                + "W L PCT GB\n\nMIAMI 14 5 .737 -\n\nNEW YORK 12 6 .667 1 1/2\n\nORLANDO 7 9 .438 5 1/2\n\n"
                + "CENTRAL DIVISION\n\nCHICAGO 18 2 .900 -\n\nDETROIT 15 4 .789 2 1/2");
        assertEquals(List.of("NBA", "Miami", "New York", "Orlando", "Chicago", "Detroit"), e.organizations(),
                e.toString());
    }

    @Test
    void aHyphenedGivenNameOrARoleOneIsNamedAsMakesAPersonAndAStadiumIsAPlace() {
        Entities e = EXTRACTOR.extract("China 's parliament approved Tung Chee-hwa 's nominees on Friday , including "
                + "Anson Chan as chief secretary . Moi , speaking at Jamhuri Day celebrations at Nyayo National "
                + "Stadium , said the churches were acting like an opposition party . Sales of the Power Plug-in "
                + "rose .");
        assertEquals(List.of("Tung Chee-hwa", "Anson Chan"), e.people(), e.toString());
        assertEquals(List.of("China", "Nyayo National Stadium"), e.locations(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void aKnownFirmNextToAnotherAFirmAfterItsPeoplesAdjectiveAndAnArmOfOneAreCompanies() {
        Entities e = EXTRACTOR.extract("Australian Qantas posts record profit . Analyst Rob Kelder of ABN AMRO Hoare "
                + "Govett said the figure was above expectations . Gencor Ltd agreed on Monday to buy Billiton , the "
                + "metals arm of Royal Dutch / Shell , for $ 1.1 billion .");
        assertEquals(List.of("Rob Kelder"), e.people(), e.toString());
        assertEquals(List.of("Qantas", "ABN Amro", "Hoare Govett", "Gencor", "Billiton", "Shell"),
                e.organizations(), e.toString());
    }

    @Test
    void aClubIsNamedAsSpeltAndACommonWordCutFromANameIsNoPlace() {
        Entities e = EXTRACTOR.extract("Soccer - Celtic beat Rangers in Old Firm derby . GLASGOW 1996-12-07 . Real "
                + "Madrid stayed two points behind after a 2-0 win at Sevilla on Sunday .");
        assertEquals(List.of("Glasgow"), e.locations(), e.toString());
        assertTrue(e.organizations().contains("Sevilla"), e.toString());
    }

    @Test
    void initialsOfAStorysSurnameAFamilysNameAndAGeorgianSurnameArePeopleAndAnAirportAPlace() {
        Entities e = EXTRACTOR.extract("Jury selection began in the civil trial of O.J. Simpson , who is accused of "
                + "killing his former wife Nicole Brown Simpson . Daniel Petrocelli , the lawyer for the Goldman "
                + "family , spoke . Police named Otari Kvantrishvili 's associate Vyacheslav Ivankov . O'Hare "
                + "International Airport in Chicago cancelled 400 flights .");
        assertEquals(List.of("O.J. Simpson", "Nicole Brown Simpson", "Daniel Petrocelli", "Goldman",
                "Otari Kvantrishvili", "Vyacheslav Ivankov"), e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of("O'Hare International Airport", "Chicago"), e.locations(), e.toString());
    }

    @Test
    void aKnownBodysNameBeforePartyIsThatPartyThroughoutTheStory() {
        Entities e = EXTRACTOR.extract("The Congress party , which supports the United Front , said the coalition "
                + "would survive . P.V. Narasimha Rao resigned as Congress president last week . In Harare , Robert "
                + "Mugabe said the ruling ZANU-PF party had a mandate .");
        assertEquals(List.of("Congress", "United Front", "Zanu-PF"), e.organizations(), e.toString());
    }

    @Test
    void aCityWrittenWithoutItsAccentsIsThatCityButAShortOneNeedsThem() {
        Entities e = EXTRACTOR.extract("Sao Paulo 's Bovespa index rose 1.5 percent on Wednesday , and stocks in "
                + "Malmo fell . The shop sells Philips Hue lights and Aqara motion sensors .");
        assertEquals(List.of(), e.people(), e.toString());
        assertTrue(e.locations().containsAll(List.of("Sao Paulo", "Malmo")), e.toString());
        assertFalse(e.locations().contains("Hue"), e.toString());
    }

    @Test
    void aLegalFormBeforeItsNameOpensACompanysName() {
        Entities e = EXTRACTOR.extract("Swedish carmaker AB Halvern said on Thursday its profit fell . OAO Vostrak "
                + "said it would bid for the field . PT Tarvik Mandiri reported higher sales . Does an LLC Need "
                + "Licenses ?");
        assertEquals(List.of("AB Halvern", "OAO Vostrak", "PT Tarvik Mandiri"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void whatACompanyMakesOrDigsBeforeItsNameMakesItACompany() {
        Entities e = EXTRACTOR.extract("Swedish truckmaker Halvda said on Tuesday its first-half profit rose 12 "
                + "percent . Dutch brewer Vennstra will buy a stake in a Polish rival , and the Australian miner "
                + "Kelbrook lifted its output forecast . Shares in toymaker Marvane fell after Japanese tyremaker "
                + "Ozuki cut prices .");
        assertEquals(List.of("Halvda", "Vennstra", "Kelbrook", "Marvane", "Ozuki"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aNameThatOpensWithAKnownCompanyIsACompanyOfItsGroup() {
        Entities e = EXTRACTOR.extract("Shares of Mitsubishi Estate rose on Monday , while Mitsui Fudosan fell and "
                + "the market was quiet , dealers said .");
        assertTrue(e.organizations().contains("Mitsui Fudosan"), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aPlaceThatLostOrWonAMatchOrLostToAHomeSideIsATeam() {
        Entities e = EXTRACTOR.extract("SOCCER - LEADERS SLIP .\nLONDON 1996-08-24\nSouthampton lost on Saturday , "
                + "Nottingham lost at home to Wimbledon and Coventry won 2-0 in the rain .");
        assertEquals(List.of("Southampton", "Nottingham", "Wimbledon", "Coventry"), e.organizations(), e.toString());
        assertEquals(List.of("London"), e.locations(), e.toString());
    }

    @Test
    void aPeoplesPossessiveInsideABodysNameIsPartOfIt() {
        Entities e = EXTRACTOR.extract("Troops of the People 's Liberation Army held exercises on Monday . Police "
                + "detained activists of the People 's Democratic Party on Wednesday . The Workers ' Party of Tarvik "
                + "rejected the plan , and the Brazilian Workers' Party opposed it .");
        assertTrue(e.organizations().containsAll(List.of("People 's Liberation Army", "People 's Democratic Party",
                "Workers ' Party of Tarvik")), e.toString());
        assertFalse(e.organizations().contains("Workers' Party of Korea"), e.toString());
        assertFalse(e.organizations().contains("Liberation Army"), e.toString());
    }

    @Test
    void aSentencesOpeningParticipleIsNoPartOfTheNameAfterIt() {
        Entities e = EXTRACTOR.extract("Ousted Tarvik Democratic Party leader Megawati Sukarnoputri denied any link "
                + "with the riots . Jailed Halvern Liberation Front leader Orlen Vask began a hunger strike .");
        assertEquals(List.of("Tarvik Democratic Party", "Halvern Liberation Front"), e.organizations(),
                e.toString());
    }

    @Test
    void aGroupItsFightersAreCalledByIsAnOrganisation() {
        Entities e = EXTRACTOR.extract("Kelvar Omru rebels freed 38 hostages on Friday . Police said Shining Path "
                + "guerrillas attacked the town , while Hutu militiamen and Chechen separatists fought elsewhere .");
        assertEquals(List.of("Kelvar Omru", "Shining Path"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aSettlementsNameIsAPlaceAndACompanysBusinessInBracketsMakesItACompany() {
        Entities e = EXTRACTOR.extract("The cabinet approved 1,800 new homes in the settlement of Kfar Odem on "
                + "Friday . Shares rose after Halvern Kong ( Holdings ) Ltd reported strong results .");
        assertEquals(List.of("Kfar Odem"), e.locations(), e.toString());
        assertEquals(List.of("Halvern Kong"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aDateInAPressDigestsHeadingIsNoScore() {
        Entities e = EXTRACTOR.extract("PRESS DIGEST - Jordan - August 22 . AMMAN 1996-08-22 .\n\nThese are the "
                + "leading stories in the Jordanian press on Thursday .");
        assertEquals(List.of("Jordan", "Amman"), e.locations(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void commonWordsThatSpeakAreABodyNotAPerson() {
        Entities e = EXTRACTOR.extract("The opposition Democratic Convention said it would win the November "
                + "elections . Tarvik Light and Power added 10 cents .");
        assertEquals(List.of("Democratic Convention", "Tarvik Light and Power"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void twoWordsOfOnePlaceAfterAPrepositionAreOnePlace() {
        Entities e = EXTRACTOR.extract("The tanker , which ran aground off Milford Haven in February , was refloated "
                + "on Tuesday , the coastguard said .");
        assertEquals(List.of("Milford Haven"), e.locations(), e.toString());
    }

    @Test
    void aStormsNameIsNoNameWhereverTheStoryRepeatsIt() {
        Entities e = EXTRACTOR.extract("Hurricane Fran headed for the coast on Thursday . Forecasters said Fran "
                + "could reach Wilmington by nightfall .");
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("Wilmington"), e.locations(), e.toString());
    }

    @Test
    void aSentencesCommonFirstWordIsNoPartOfThePersonsNameAfterIt() {
        Entities e = EXTRACTOR.extract("The show was taped on Monday . Host Carol Klein said the garden would open "
                + "in May .");
        assertEquals(List.of("Carol Klein"), e.people(), e.toString());
    }

    @Test
    void twoUnknownWordsOfJapaneseSyllablesAreAPersonsNameButNotAListsLine() {
        Entities e = EXTRACTOR.extract("Takuya Takagi scored the winner in the 88th minute , rising to head a "
                + "Hiroshige Yanagimoto cross into the net .\n\nWhere to stay\n\nHakone Yutowa ($$$)\n\nHotel "
                + "Tarvik ($$)");
        assertEquals(List.of("Takuya Takagi", "Hiroshige Yanagimoto"), e.people(), e.toString());
        Entities family = EXTRACTOR.extract("\" Investors are worried about the banks , \" said Hiroshi Watanabe , a "
                + "strategist at Nikko Securities .");
        assertEquals(List.of("Hiroshi Watanabe"), family.people(), family.toString());
        assertTrue(family.locations().isEmpty(), family.toString());
    }

    @Test
    void aPlaceAfterBeatingIsATeam() {
        Entities e = EXTRACTOR.extract("Wigan finished second after beating Warrington 66-14 on Saturday , and "
                + "Leeds were relegated after defeating Sheffield .");
        assertTrue(e.organizations().containsAll(List.of("Warrington", "Sheffield")), e.toString());
        assertFalse(e.locations().contains("Warrington") || e.locations().contains("Sheffield"), e.toString());
    }

    @Test
    void aSentencesPeriodAndAnAndAfterACompanysLastWordEndItsName() {
        Entities e = EXTRACTOR.extract("\" The Aussie is well supported , \" said a dealer at Westpac Banking Corp .\n"
                + "The ANZ Bank and National Australia Bank both said they expected a rate cut in the new year .");
        assertEquals(List.of("Westpac Banking Corp", "ANZ Bank", "National Australia Bank"), e.organizations(),
                e.toString());
    }

    @Test
    void aContractionOfIIsNoPartOfAName() {
        Entities e = EXTRACTOR.extract("Hi , I'm Russell . I’ve worked with Anna Lindqvist for years .");
        assertEquals(List.of("Russell", "Anna Lindqvist"), e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void anIndexsNameBeforeItsKindIsNoOrganisationButAnExchangeStaysOne() {
        Entities e = EXTRACTOR.extract("The Dow Jones industrial average fell 55.16 points , while the Nasdaq "
                + "composite index rose 3.16 . The Karachi Stock Exchange 100-share index was up 12.34 points .");
        assertEquals(List.of("Karachi Stock Exchange"), e.organizations(), e.toString());
    }

    @Test
    void aPlaceAndTwoPapersWordsJoinedAreANewspaper() {
        Entities e = EXTRACTOR.extract("The Atlanta Journal-Constitution first reported on Monday that the guard "
                + "was under investigation .");
        assertEquals(List.of("Atlanta Journal-Constitution"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aPartyAfterOppositionOrRulingIsAnOrganisationAndATunnelAPlace() {
        Entities e = EXTRACTOR.extract("Halvern Vask of the opposition Democratic Convention of Teldoria won the "
                + "run-off on Sunday . A fire closed the Channel Tunnel linking the two countries .");
        assertTrue(e.organizations().stream().anyMatch(o -> o.startsWith("Democratic Convention")), e.toString());
        assertEquals(List.of("Channel Tunnel"), e.locations().stream().filter(l -> l.contains("Tunnel")).toList(),
                e.toString());
        assertFalse(e.organizations().contains("Channel Tunnel"), e.toString());
    }

    @Test
    void aBoxingBodyAStageRaceInAHeadlineAndAPersonOfACountry() {
        Entities e = EXTRACTOR.extract("CYCLING - TOUR DE FRANCE TEAMS NAMED .\nPARIS 1996-12-05\nKelvo Ardun will "
                + "fight for the vacant IBF title in February . Anuta Catuna of Romania won the women 's race .");
        assertEquals(List.of("Paris", "Romania"), e.locations(), e.toString());
        assertEquals(List.of("IBF"), e.organizations(), e.toString());
        assertTrue(e.people().contains("Anuta Catuna"), e.toString());
    }

    @Test
    void aCityAfterPlayOrLeadersInASportsStoryIsATeamButNotElsewhere() {
        Entities sports = EXTRACTOR.extract("SOCCER - FERGUSON BACKS CANTONA .\nMANCHESTER 1996-12-05\nUnited , who "
                + "play Leeds on Saturday , are fifth , eight points behind leaders Liverpool .");
        assertTrue(sports.organizations().containsAll(List.of("Leeds", "Liverpool")), sports.toString());
        Entities news = EXTRACTOR.extract("The minister will visit Leeds on Saturday and meet students there .");
        assertEquals(List.of("Leeds"), news.locations(), news.toString());
    }

    @Test
    void theWorldsNewspapersAreOrganisationsWhetherTheListsKnowThemOrTheirWordsTellThem() {
        Entities e = EXTRACTOR.extract("Russia 's Nezavisimaya Gazeta said the aides were divided . The Chunkai "
                + "Shimbun and the Diario Valdorano said the talks had failed , while Torvik Dagbladet said they would "
                + "go on .");
        assertEquals(List.of("Nezavisimaya Gazeta", "Chunkai Shimbun", "Diario Valdorano", "Torvik Dagbladet"),
                e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aNotablePersonsSurnameAloneIsAPersonButNotAsAPartOfALongerName() {
        Entities e = EXTRACTOR.extract("Argentina 's Clarin said Menem would veto the bill . Egypt 's Al-Ahram said "
                + "Mubarak would meet Netanyahu . Tourists queued outside Trump Tower on Friday .");
        assertEquals(List.of("Menem", "Mubarak", "Netanyahu"), e.people(), e.toString());
        assertEquals(List.of("Clarin", "Al-Ahram"), e.organizations(), e.toString());
    }

    @Test
    void aNotablePersonsFullNameIsAPersonWhateverWasFoundWithinIt() {
        Entities e = EXTRACTOR.extract("Burma 's military government detained 500 supporters of Aung San Suu Kyi in "
                + "Rangoon on Saturday .");
        assertEquals(List.of("Aung San Suu Kyi"), e.people(), e.toString());
        assertEquals(List.of("Myanmar", "Yangon"), e.locations(), e.toString());
    }

    @Test
    void aCountryBeforeARegionOrACountryIsTwoPlacesButACountryBeforeACityIsAClub() {
        Entities e = EXTRACTOR.extract("Dennis Ross , the U.S. Middle East envoy , met officials at the Turkey Iraq "
                + "border on Friday .");
        assertEquals(List.of("United States", "Middle East", "Turkey", "Iraq"), e.locations(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
        Entities clubs = EXTRACTOR.extract("Austria Vienna beat Austria Salzburg 2-1 on Saturday . Asia Pacific is "
                + "the fastest-growing region .");
        assertEquals(List.of("Austria Vienna", "Austria Salzburg"), clubs.organizations(), clubs.toString());
        assertFalse(clubs.locations().contains("Pacific"), clubs.toString()); // two regions are one name
    }

    @Test
    void europesCompaniesOfTheNinetiesAreOrganisations() {
        Entities e = EXTRACTOR.extract("Norway 's Statoil signed gas sale contracts with Ruhrgas and Thyssengas . "
                + "Gazprom signed a deal with Italy 's ENI . ABB Asea Brown Boveri lost the tender . Chairman Juergen "
                + "Strube spoke in Ludwigshafen .");
        assertEquals(List.of("Statoil", "Ruhrgas", "Thyssengas", "Gazprom", "Eni", "ABB"), e.organizations(),
                e.toString());
        assertEquals(List.of("Juergen Strube"), e.people(), e.toString());
        assertTrue(e.locations().contains("Ludwigshafen"), e.toString());
    }

    @Test
    void aCityAPlayerMadePointsForIsAClubAndMultiSportGamesAreNoBody() {
        Entities e = EXTRACTOR.extract("BASKETBALL - BULLS BEAT KNICKS .\nCHICAGO 1996-12-06\nScottie Pippen added 22 "
                + "for Chicago , while Patrick Ewing had 26 points for New York .");
        assertEquals(List.of("Chicago Bulls", "New York Knicks", "Chicago", "New York"), e.organizations(),
                e.toString());
        assertEquals(List.of("Chicago"), e.locations(), e.toString()); // the dateline's
        Entities games = EXTRACTOR.extract("ATHLETICS - JOHNSON SETS RECORD .\nATLANTA 1996-08-01\nMichael Johnson "
                + "set a world record at the Olympic Games on Thursday , and Kenya won six gold medals at the "
                + "Commonwealth Games .");
        assertEquals(List.of(), games.organizations(), games.toString());
    }

    @Test
    void theVaticanIsAPlaceAndTheKurdishPartiesAreOrganisations() {
        Entities e = EXTRACTOR.extract("Pope John Paul visited Slovenia on Saturday , the Vatican said . Troops "
                + "backed Massoud Barzani 's Kurdistan Democratic Party , and the Patriotic Union of Kurdistan fled .");
        assertEquals(List.of("Slovenia", "Vatican City"), e.locations(), e.toString());
        assertEquals(List.of("Kurdistan Democratic Party", "Patriotic Union of Kurdistan"), e.organizations(),
                e.toString());
    }

    @Test
    void aConsortiumOrASecretariatEndsABodysName() {
        Entities e = EXTRACTOR.extract("Christmas shoppers spent 5 percent more than last year , the British Retail "
                + "Consortium said . The Commonwealth Secretariat disagreed .");
        assertEquals(List.of("British Retail Consortium", "Commonwealth Secretariat"), e.organizations(),
                e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aPortfolioBetweenTitlesIsNoPartOfTheName() {
        Entities e = EXTRACTOR.extract("The offensive was led by Deputy Defence Minister Anuruddha Ratwatte .");
        assertEquals(List.of("Anuruddha Ratwatte"), e.people(), e.toString());
    }

    @Test
    void namesOfNorthernIrelandOJSimpsonAndAnAirlinesFlight() {
        Entities e = EXTRACTOR.extract("N.IRELAND - IRA BOMB DEFUSED .\nBELFAST 1996-12-06\nA jury in Santa Monica , "
                + "California , found O.J. Simpson liable for the deaths of his former wife and her friend . "
                + "Investigators found the black box of TWA Flight 800 . BSkyB said British Sky Broadcasting would bid .");
        assertEquals(List.of("Northern Ireland", "Belfast", "Santa Monica", "California"), e.locations(),
                e.toString());
        assertEquals(List.of("O.J. Simpson"), e.people(), e.toString());
        assertEquals(List.of("IRA", "Trans World Airlines", "BSkyB"), e.organizations(), e.toString());
    }

    @Test
    void theCommodityExchangesAreKnownByTheirShortNames() {
        Entities e = EXTRACTOR.extract("LME COPPER ENDS LOWER .\nLONDON 1996-12-06\nCopper ended lower on Friday , "
                + "traders said . Comex copper in New York also fell , and CBOT soybeans rose .");
        assertEquals(List.of("London Metal Exchange", "Comex", "Chicago Board of Trade"), e.organizations(),
                e.toString());
    }

    @Test
    void aShipsNameIsNoName() {
        Entities e = EXTRACTOR.extract("The Panama-flagged vessel Ocean Pearl loaded 20,000 tonnes of palm oil for "
                + "Rotterdam .");
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of("Rotterdam"), e.locations(), e.toString());
    }

    @Test
    void aKnownNameInCapitalsInASentenceThatIsNotAndTheCaribbeansSmallStates() {
        Entities e = EXTRACTOR.extract("SPAIN - PORT STRIKE .\nLAS PALMAS , Canary Islands 1996-12-06\nDock workers "
                + "went on strike on Friday , as did those of Antigua , St Kitts and Nevis and St Lucia .");
        assertEquals(List.of("Spain", "Las Palmas", "Canary Islands", "Antigua and Barbuda", "Saint Kitts and Nevis",
                "Saint Lucia"), e.locations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void anEditorsAndASubcommandersTitleIsNoPartOfTheirNameAndBnpBeforeTheMergerIsBnp() {
        Entities e = EXTRACTOR.extract("Subcommander Marcos signed the statement . I texted the founder and Gear "
                + "Editor Bryon Vell to confirm it . Banks led by Natwest Markets and Banque Nationale de Paris agreed .");
        assertEquals(List.of("Marcos", "Bryon Vell"), e.people(), e.toString());
        assertEquals(List.of("NatWest Markets", "BNP"), e.organizations(), e.toString());
    }

    @Test
    void aBodyOfAKnownPlaceIsOneNameButACompanyOfAPlaceIsBasedThere() {
        Entities e = EXTRACTOR.extract("The Democratic League of Kosovo said the killing was deliberate , and the "
                + "Monetary Authority of Singapore agreed . Cragin Financial Corp of Chicago rose 2 percent .");
        assertEquals(List.of("Democratic League of Kosovo", "Monetary Authority of Singapore", "Cragin Financial Corp"),
                e.organizations(), e.toString());
        assertEquals(List.of("Chicago"), e.locations(), e.toString());
    }

    @Test
    void asiasAndAustraliasCompaniesOfTheNinetiesAreOrganisations() {
        Entities e = EXTRACTOR.extract("Malaysia 's Bank Negara said shares in Tenaga and Maybank rose , while PIA "
                + "and Asiana cut flights and SingTel fell .");
        assertEquals(List.of("Bank Negara Malaysia", "Tenaga Nasional", "Maybank", "Pakistan International Airlines",
                "Asiana Airlines", "SingTel"), e.organizations(), e.toString());
    }

    @Test
    void turkeysAndCentralEuropesCompaniesAreOrganisations() {
        Entities e = EXTRACTOR.extract("The Istanbul Stock Exchange 's index rose 2.3 percent , led by Akbank and Yapi "
                + "Kredi , dealers said . In Warsaw investors sold Elektrim and Pekao .");
        assertEquals(List.of("Istanbul Stock Exchange", "Akbank", "Yapi Kredi", "Elektrim", "Bank Pekao"),
                e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void todaysOdesaAnthropicNetworkRailAndLiveNation() {
        Entities e = EXTRACTOR.extract("Russian drones struck Kharkiv and Odesa overnight. Anthropic announced a rival "
                + "system, Network Rail cancelled trains, and promoter Live Nation said the tour grossed $2 billion.");
        assertEquals(List.of("Kharkiv", "Odesa"), e.locations(), e.toString());
        assertEquals(List.of("Anthropic", "Network Rail", "Live Nation"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void townsOfTheNewsTooSmallForTheCitiesAreKnownPlaces() {
        Entities e = EXTRACTOR.extract("Fighting was reported in Ramallah on Tuesday , officials said . Leaders met "
                + "in Davos , and shelling hit Bakhmut .");
        assertEquals(List.of("Ramallah", "Davos", "Bakhmut"), e.locations(), e.toString());
    }

    @Test
    void aCrudeGradeFoundWholeIsNoName() {
        Entities e = EXTRACTOR.extract("Prices rose after the American Petroleum Institute reported a drop in U.S. "
                + "stocks , traders said . West Texas Intermediate gained 35 cents .");
        assertEquals(List.of("American Petroleum Institute"), e.organizations(), e.toString());
    }

    @Test
    void congressOrTheSenateOfAnotherStateIsThatStatesAsSpelt() {
        Entities india = EXTRACTOR.extract("INDIA - CONGRESS CHIEF RESIGNS .\nNEW DELHI 1996-09-21\nCongress party "
                + "president P.V. Narasimha Rao resigned on Saturday .");
        assertEquals(List.of("Congress"), india.organizations(), india.toString());
        Entities italy = EXTRACTOR.extract("ITALY - PRODI SURVIVES CONFIDENCE VOTE .\nROME 1996-12-06\nPrime Minister "
                + "Romano Prodi 's government survived a confidence vote in the Senate on Friday .");
        assertEquals(List.of("Senate"), italy.organizations(), italy.toString());
        Entities us = EXTRACTOR.extract("Congress voted to fund the war in Iraq , Republican leaders said in "
                + "Washington .");
        assertEquals(List.of("US Congress"), us.organizations(), us.toString());
    }

    @Test
    void aBulgarianGivenNameStartsAPersonsName() {
        Entities e = EXTRACTOR.extract("Bulgaria 's ruling Socialist Party elected Georgi Parvanov as its leader on "
                + "Saturday .");
        assertEquals(List.of("Georgi Parvanov"), e.people(), e.toString());
        assertEquals(List.of("Bulgaria"), e.locations(), e.toString());
    }

    @Test
    void aScorecardsLastLineNotOutEndingTheTextNamesItsBatsman() {
        Entities e = EXTRACTOR.extract("Vardonia first innings\nK. Haldsen c Kowan b Vlaar 45\nR. Pellew not out 23");
        assertEquals(List.of("K. Haldsen", "Kowan", "Vlaar", "R. Pellew"), e.people(), e.toString());
    }

    @Test
    void aWordJoiningPeoplesAdjectivesIsNoNameAndIndustrieEndsACompanysName() {
        Entities e = EXTRACTOR.extract("Anglo-Dutch group Unilever rose 2 percent . Vardel Industrie said the deal "
                + "would hurt competition .");
        assertEquals(List.of("Unilever", "Vardel Industrie"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aBlockOfFixturesInASportsStoryNamesItsTeams() {
        Entities e = EXTRACTOR.extract("SOCCER - CUP DRAW .\nGENEVA 1996-12-06\nDraw for the quarter-finals made on "
                + "Friday :\nTenerife v Brondby\nSchalke 04 v Valencia\nDenmark v Norway");
        assertEquals(List.of("Tenerife", "Brondby", "Schalke 04", "Valencia"), e.organizations(), e.toString());
        assertEquals(List.of("Geneva", "Denmark", "Norway"), e.locations(), e.toString());
    }

    @Test
    void aLineUpOfShirtNumbersNamesItsPlayersWhateverTheirWords() {
        Entities e = EXTRACTOR.extract("SOCCER - CUP RESULT .\nAL-AIN 1996-12-06\nSyria : 1 - Salem Bitar , 2 - Bachar "
                + "Srour , 3 - Ali Dib\nChina : 1 - Ou Chuliang ; 2 - Fan Zhiyi ; 3 - Wei Qun");
        assertTrue(e.people().containsAll(List.of("Salem Bitar", "Bachar Srour", "Ali Dib", "Ou Chuliang",
                "Fan Zhiyi", "Wei Qun")), e.toString());
        assertEquals(List.of("Al-Ain", "Syria", "China"), e.locations(), e.toString());
    }

    @Test
    void aLineListingMostlyPeopleListsPeopleButNotTheirDegrees() {
        Entities e = EXTRACTOR.extract("Syria - Salem Bitar , Bachar Srour , Ali Dib , Mohammed Khaddour , Nader "
                + "Jokhadar\nAuthors : Jennifer Huberty , PhD ; Jeni Green , MS ; Linda Larkey , PhD");
        assertTrue(e.people().containsAll(List.of("Salem Bitar", "Bachar Srour", "Ali Dib", "Mohammed Khaddour")),
                e.toString());
        assertFalse(e.people().contains("PhD") || e.people().contains("MS"), e.toString());
        assertFalse(e.locations().contains("Salem"), e.toString());
    }

    @Test
    void majorCompaniesOfEmergingMarketsAreOrganisationsNotTheirPlaces() {
        Entities e = EXTRACTOR.extract("Brazilian stocks rose , led by Telebras , while Vale do Rio Doce fell . De "
                + "Beers and Gencor also fell in Johannesburg .");
        assertEquals(List.of("Telebras", "Vale do Rio Doce", "De Beers", "Gencor"), e.organizations(), e.toString());
        assertEquals(List.of("Johannesburg"), e.locations(), e.toString());
    }

    @Test
    void aKnownNameEndingWithTheArabicArticleIsFoundWholeAndAPartyOfKenyaIsNoPerson() {
        Entities e = EXTRACTOR.extract("Police said suspected militants of the Gama'a al-Islamiya killed two "
                + "officers in Assiut . Kenneth Matiba 's Ford-Asili party is split .");
        assertEquals(List.of("Gama'a al-Islamiya", "Ford-Asili"), e.organizations(), e.toString());
        assertEquals(List.of("Kenneth Matiba"), e.people(), e.toString());
    }

    @Test
    void famousGroundsAreThePlacesOfTheirMatchesNotTeamsNorPeople() {
        Entities e = EXTRACTOR.extract("SOCCER - ARSENAL WIN .\nLONDON 1996-12-06\nArsenal beat Southampton 3-1 at "
                + "Highbury on Saturday . Manchester United play at Old Trafford , England meet Italy at Twickenham and "
                + "Pakistan play at Lord 's in July .");
        assertTrue(e.locations().containsAll(List.of("Highbury", "Old Trafford", "Twickenham", "Lord's")),
                e.toString());
        assertEquals(List.of("Arsenal", "Southampton", "Manchester United"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aCityThatWonAtAGroundOrAwayInASportsStoryIsItsClub() {
        Entities e = EXTRACTOR.extract("SOCCER - SPANISH RESULTS .\nMADRID 1996-12-06\nBarcelona won at the Nou Camp "
                + "and Valencia won away on Saturday .");
        assertEquals(List.of("Barcelona", "Valencia"), e.organizations(), e.toString());
        Entities news = EXTRACTOR.extract("Barcelona won at the polls for the 2030 bid , the mayor said .");
        assertEquals(List.of(), news.organizations(), news.toString());
    }

    @Test
    void aCityOfACommonWordIsAPlaceAfterAPlacesPrepositionOnly() {
        Entities e = EXTRACTOR.extract("The prime minister returned to Kinshasa from Nice on Friday , and the talks in "
                + "Split went on . Nice to meet you , he said . The Mobile Phone Group met .");
        assertEquals(List.of("Kinshasa", "Nice", "Split"), e.locations(), e.toString());
    }

    @Test
    void aSentencesOpeningTitleWordIsNoPartOfTheNameAfterIt() {
        Entities e = EXTRACTOR.extract("Sprinter Linford Christie said on Friday he would retire at the end of next "
                + "season .");
        assertEquals(List.of("Linford Christie"), e.people(), e.toString());
    }

    @Test
    void anAirlineBeforeItsAircraftsMakerIsTheAirline() {
        Entities e = EXTRACTOR.extract("A Garuda Indonesia Airbus A300 made an emergency landing in Medan after an "
                + "engine failure , the airline said .");
        assertEquals(List.of("Garuda Indonesia"), e.organizations(), e.toString());
        assertEquals(List.of("Medan"), e.locations(), e.toString());
    }

    @Test
    void aTeamADriverDrivesForIsATeamAndTheAgencysHoldingIsACompany() {
        Entities e = EXTRACTOR.extract("FORMULA ONE - VILLENEUVE STAYS AT WILLIAMS .\nLONDON 1996-12-06\nJacques "
                + "Villeneuve will drive for Williams again next season alongside Heinz-Harald Frentzen , the team "
                + "said . Reuters Holdings Plc said its pre-tax profit rose 14 percent .");
        assertEquals(List.of("Jacques Villeneuve", "Heinz-Harald Frentzen"), e.people(), e.toString());
        assertEquals(List.of("Williams", "Reuters Holdings Plc"), e.organizations(), e.toString());
    }

    @Test
    void theLoneSurnamesOfNewsmakersOfTheNinetiesArePeople() {
        Entities e = EXTRACTOR.extract("Holbrooke met Kucan and Balladur on Friday . Habyarimana 's plane was shot "
                + "down in 1994 . Rakhmonov and Niyazov signed the pact , and Qaboos received the envoy .");
        assertEquals(List.of("Holbrooke", "Kucan", "Balladur", "Habyarimana", "Rakhmonov", "Niyazov", "Qaboos"),
                e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void aCityHeadingALineUpIsTheClubAndACountryStaysAPlace() {
        Entities e = EXTRACTOR.extract("SOCCER - LINE-UPS .\nLONDON 1996-12-07\nLeeds : Nigel Martyn ; Gary Kelly , "
                + "David Wetherall , Lucas Radebe ; Brian Deane , Ian Rush .\nSyria - Salem Bitar , Bachar Srour , "
                + "Ali Dib , Nader Jokhadar .");
        assertEquals(List.of("Leeds"), e.organizations(), e.toString());
        assertEquals(List.of("London", "Syria"), e.locations(), e.toString());
    }

    @Test
    void aSpacecraftIsNoPlaceAndAStatesSecurityCouncilIsItsOwn() {
        Entities e = EXTRACTOR.extract("NASA said the space shuttle Columbia would land at Cape Canaveral . Boris "
                + "Berezovsky , deputy secretary of Russia 's Security Council , met the U.N. Security Council 's "
                + "envoy .");
        assertEquals(List.of("Cape Canaveral", "Russia"), e.locations(), e.toString());
        assertEquals(List.of("NASA", "Security Council", "UN Security Council"), e.organizations(), e.toString());
        assertEquals(List.of("Boris Berezovsky"), e.people(), e.toString());
    }

    @Test
    void aScaleNamedAfterAPersonIsNoPlaceAndTheGreatLakesAreOnePlace() {
        Entities e = EXTRACTOR.extract("An earthquake measuring 6.5 on the Richter scale hit northern Chile on Friday "
                + ", officials in Santiago said . The Organisation of African Unity called for a summit on the Great "
                + "Lakes crisis in Addis Ababa .");
        assertEquals(List.of("Chile", "Santiago", "Great Lakes", "Addis Ababa"), e.locations(), e.toString());
    }

    @Test
    void aBodysNameGoesOnThroughForAAndARallyForTheRepublicIsAParty() {
        Entities e = EXTRACTOR.extract("The Movement for a Democratic Slovakia said Kovac should resign . Gaullist "
                + "Rally for the Republic leader Alain Juppe watched the Rally of Australia on television .");
        assertEquals(List.of("Movement for a Democratic Slovakia", "Gaullist Rally for the Republic"),
                e.organizations(), e.toString());
        assertEquals(List.of("Kovac", "Alain Juppe"), e.people(), e.toString());
    }

    @Test
    void aRegionsPeopleAndAPartysFollowersAreNoNames() {
        Entities e = EXTRACTOR.extract("Catalan leader Jordi Pujol met the Gaullist RPR and Walloon ministers in "
                + "Brussels .");
        assertEquals(List.of("RPR"), e.organizations(), e.toString());
        assertEquals(List.of("Brussels"), e.locations(), e.toString());
    }

    @Test
    void nationalOilCompaniesNamedAfterTheirCountryAreCompanies() {
        Entities e = EXTRACTOR.extract("Petroecuador said exports were normal , and Petroperu and Greece 's New "
                + "Democracy disagreed with Freeport-McMoRan .");
        assertEquals(List.of("Petroecuador", "Petroperu", "New Democracy", "Freeport-McMoRan"), e.organizations(),
                e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aPlayersGivenNameAndSurnameBeforeAPlayAreAPersonAndAThingsNameIsNot() {
        Entities e = EXTRACTOR.extract("BASKETBALL - ROCKETS BEAT LAKERS .\nHOUSTON 1996-12-06\nHakeem Olajuwon "
                + "scored 32 points as the Houston Rockets beat the Los Angeles Lakers 102-95 . Mutombo had 12 "
                + "rebounds for Atlanta . Tests found the Mustang Mach-E scored above 80 .");
        assertEquals(List.of("Hakeem Olajuwon", "Mutombo"), e.people(), e.toString());
    }

    @Test
    void aLanguageIsNoPlaceAndBroadcastersAndCarMakersAreCompanies() {
        Entities e = EXTRACTOR.extract("Star TV said it would launch a Hindi channel with Zee Telefilms , and "
                + "Doordarshan said it would respond . Alfa Romeo and Lancia sales fell , Fiat said .");
        assertEquals(List.of("Star TV", "Zee Telefilms", "Doordarshan", "Alfa Romeo", "Lancia", "Fiat"),
                e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aResultToldScoreFirstMakesBothSidesTeams() {
        Entities e = EXTRACTOR.extract("SOCCER - BELGIAN LEAGUE .\nBRUSSELS 1996-12-08\nStandard Liege drew 1-1 with "
                + "Lierse , while Mouscron won 3-0 at Charleroi . Genk lost 2-1 to Lokeren , and Lommel and Ekeren "
                + "drew 0-0 . Pete Sampras lost 6-4 to a rain delay .");
        assertEquals(List.of("Standard Liege", "Lierse", "Mouscron", "Charleroi", "Genk", "Lokeren", "Lommel",
                "Ekeren"), e.organizations(), e.toString());
        assertEquals(List.of("Pete Sampras"), e.people(), e.toString());
    }

    @Test
    void aPeoplesOwnBodyOfAKnownNameAndAWorkplaceOpenedByAGivenNameAreOrganisations() {
        Entities e = EXTRACTOR.extract("The Norwegian Red Cross said one of the dead was a nurse . Analysts at Zona "
                + "Research said the browser was gaining , and a spokesman for Jacques Santer said the CGT and Force "
                + "Ouvriere unions had signed .");
        assertEquals(List.of("Norwegian Red Cross", "Zona Research", "CGT", "Force Ouvriere"), e.organizations(),
                e.toString());
        assertEquals(List.of("Jacques Santer"), e.people(), e.toString());
    }

    @Test
    void aSurnamesCapitalisedParticleIsPartOfTheNameAndAPlaceBeforeItsCountryIsTwoPlaces() {
        Entities e = EXTRACTOR.extract("Belgium 's Etienne De Wilde and Matthew Gilmore of Australia were second in "
                + "the Six Days of Ghent . The next race is in Rome , Italy , in March .");
        assertEquals(List.of("Etienne De Wilde", "Matthew Gilmore"), e.people(), e.toString());
        assertEquals(List.of("Belgium", "Australia", "Ghent", "Rome", "Italy"), e.locations(), e.toString());
    }

    @Test
    void aDatelinesPlaceTheModelTookForACompanyIsAPlace() {
        Entities e = EXTRACTOR.extract("PONTIAC , Michigan 1996-12-06\nJack Kevorkian attended the death of a "
                + "woman , his lawyer Geoffrey Fieger said .");
        assertEquals(List.of("Pontiac", "Michigan"), e.locations(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void aSpeakingNameThatEndsWithACountryIsABodysArmThere() {
        Entities e = EXTRACTOR.extract("Burley Marketing Zimbabwe said prices averaged $ 2.65 a kg , and Kenneth "
                + "Kaunda said Zambia would vote .");
        assertEquals(List.of("Burley Marketing Zimbabwe"), e.organizations(), e.toString());
        assertEquals(List.of("Kenneth Kaunda"), e.people(), e.toString());
    }

    @Test
    void aTreatyAndTheCentennialGamesAreNoBodies() {
        Entities e = EXTRACTOR.extract("The Montreal Protocol on ozone was praised by Greenpeace , and the Olympic "
                + "flame arrived in Atlanta for the Centennial Games , Twentieth Century Fox said .");
        assertEquals(List.of("Greenpeace", "Twentieth Century Fox"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aCityBeforeAFixturesVerbIsAClubAndClubsOfTheAmericasAndAfricaAreKnown() {
        Entities e = EXTRACTOR.extract("SOCCER - EUROPEAN CUPS DRAW .\nGENEVA 1996-12-13\nIn the Cup Winners ' Cup , "
                + "Barcelona face Benfica and Liverpool meet Brann Bergen .\nVelez Sarsfield 3 Newell 's Old Boys 0\n"
                + "Kaizer Chiefs beat Cruz Azul , and Zamalek drew with Shooting Stars .");
        assertEquals(List.of("Barcelona", "Benfica", "Liverpool", "Brann", "Velez Sarsfield", "Newell's Old Boys",
                "Kaizer Chiefs", "Cruz Azul", "Zamalek", "Shooting Stars"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aPeoplesAdjectiveBeforeAKnownBodyTheModelTookForAPlaceIsThatBody() {
        Entities e = EXTRACTOR.extract("Afghan Taleban leader Mullah Mohammad Omar ordered men to grow beards , the "
                + "Kabul radio said .");
        assertEquals(List.of("Taliban"), e.organizations(), e.toString());
        assertEquals(List.of("Kabul"), e.locations(), e.toString());
    }

    @Test
    void restaurantChainsAndAComputerMakerWithANumberAreCompanies() {
        Entities e = EXTRACTOR.extract("PepsiCo Inc said it would spin off its Pizza Hut , Taco Bell and KFC "
                + "restaurants , and Gateway 2000 Inc reported strong sales .");
        assertEquals(List.of("PepsiCo", "Pizza Hut", "Taco Bell", "KFC", "Gateway 2000"), e.organizations(),
                e.toString());
    }

    @Test
    void anUnknownWordJoinedToANotablePersonsSurnameIsASurname() {
        Entities e = EXTRACTOR.extract("Nazarbayev and Akayev signed a customs pact , Interfax news agency reported . "
                + "Izetbegovic and Zubak met in Sarajevo .");
        assertEquals(List.of("Nazarbayev", "Akayev", "Izetbegovic", "Zubak"), e.people(), e.toString());
    }

    @Test
    void aRoleAfterACommaMakesAPersonOfANameAndAPlacesYearDoesNot() {
        Entities e = EXTRACTOR.extract("Nnamdi Azikiwe , Nigeria 's first president , died on Monday aged 92 . The "
                + "award went to Wislawa Szymborska , the Polish poet . She studied in Washington, D.C., 1995 .");
        assertEquals(List.of("Nnamdi Azikiwe", "Wislawa Szymborska"), e.people(), e.toString());
        assertEquals(List.of("Nigeria", "Washington, D.C."), e.locations(), e.toString());
    }

    @Test
    void grainTradersAreCompaniesEachOnItsOwn() {
        Entities e = EXTRACTOR.extract("Soybeans were lower on the Chicago Board of Trade , traders at Refco and "
                + "Cargill said , while Continental Grain and Bunge bought wheat .");
        assertEquals(List.of("Chicago Board of Trade", "Refco", "Cargill", "Continental Grain", "Bunge"),
                e.organizations(), e.toString());
    }

    @Test
    void aFleetIsABodyAndFleetStreetAPlace() {
        Entities e = EXTRACTOR.extract("Ukraine and Russia failed again to agree on dividing the Black Sea Fleet , "
                + "officials said , and the papers of Fleet Street agreed .");
        assertEquals(List.of("Black Sea Fleet"), e.organizations(), e.toString());
        assertEquals(List.of("Ukraine", "Russia", "Fleet Street"), e.locations(), e.toString());
    }

    @Test
    void aPeoplesAdjectiveOrStanceBeforeAKnownNameThatIsNoCommonWordSaysWhoseItIs() {
        Entities e = EXTRACTOR.extract("Officials said Lebanese Hizbollah guerrillas attacked an Israeli post . "
                + "Pro-Iranian Hizbollah fighters fired rockets , and Brazilian Petrobras said output rose .");
        assertEquals(List.of("Hezbollah", "Petrobras"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aPeoplesAdjectiveBeforeAUsBodysShortNameMakesAnotherStatesBodyUnlessANameRunsThroughIt() {
        Entities e = EXTRACTOR.extract("The Philippine Senate approved the bill , and the Colombian Congress cleared "
                + "President Ernesto Samper . The World Jewish Congress and the European Jewish Congress welcomed "
                + "it .");
        assertEquals(List.of("Senate", "Congress", "World Jewish Congress", "European Jewish Congress"),
                e.organizations(), e.toString());
        Entities american = EXTRACTOR.extract("The Senate passed the bill , and Congress sent it to the White House .");
        assertEquals(List.of("US Senate", "US Congress", "White House"), american.organizations(),
                american.toString());
    }

    @Test
    void aNameAfterItsOwnersWordAndBeforeAUnitsWordIsTheCompanysUnit() {
        Entities e = EXTRACTOR.extract("Ford said its Jaguar subsidiary would build a new model in Coventry , and "
                + "BMW 's Rover unit lost money . Siemens said its Nixdorf computer unit returned to profit ; its AI "
                + "consulting division grew , and its Brazil unit shrank .");
        assertEquals(List.of("Ford", "Jaguar", "BMW", "Rover", "Siemens", "Nixdorf"), e.organizations(),
                e.toString());
        assertEquals(List.of("Coventry", "Brazil"), e.locations(), e.toString());
    }

    @Test
    void aCompanysFullNameIsItsKnownName() {
        Entities e = EXTRACTOR.extract("Gains were led by International Business Machines and Philip Morris Cos , "
                + "traders said .");
        assertEquals(List.of("IBM", "Philip Morris"), e.organizations(), e.toString());
    }

    @Test
    void aTreatysNameThatOpensAKnownBodysNameIsThatBody() {
        Entities e = EXTRACTOR.extract("Poland asked to join the North Atlantic Treaty Organisation , officials said , "
                + "and the Chemical Weapons Convention took effect .");
        assertEquals(List.of("NATO"), e.organizations(), e.toString());
        assertEquals(List.of("Poland"), e.locations(), e.toString());
    }

    @Test
    void aChurchsTitlesAreCutFromThePersonsName() {
        Entities e = EXTRACTOR.extract("Russian Orthodox Patriarch Alexiy II met the Dalai Lama in Moscow , and "
                + "Ecumenical Patriarch Bartholomew visited Athens .");
        assertEquals(List.of("Alexiy II", "Dalai Lama", "Bartholomew"), e.people(), e.toString());
        assertEquals(List.of("Moscow", "Athens"), e.locations(), e.toString());
    }

    @Test
    void commonWordsThatAHeadingCapitalisesNameNothingButABodysOrAPlacesName() {
        Entities e = EXTRACTOR.extract("How to Save on Heating\n\nMany homes now have a smart thermostat, which "
                + "learns when you are in.\n\nEnergy Usage Reports & Insights\n\nSmart thermostats provide "
                + "detailed reports on your heating.\n\nIntegration with Other Smart Home Devices\n\nThey work with "
                + "speakers and lights.\n\nWest Palm Beach Rules\n\nThe city pays for some of them.");
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("West Palm Beach"), e.locations(), e.toString());
    }

    @Test
    void markAndANumeralIsAModelsVersionNoPerson() {
        Entities e = EXTRACTOR.extract("The camera is a successor to the Mark II and the Mark III , both popular with "
                + "wedding photographers , director Mark Thompson said .");
        assertEquals(List.of("Mark Thompson"), e.people(), e.toString());
    }

    @Test
    void aKnownAcronymInItsOtherSenseNamesNoBody() {
        Entities review = EXTRACTOR.extract("The earbuds offer adaptive ANC , and their noise cancelling rivals "
                + "Sony 's . Put the savings in a Roth IRA or a 401(k) .");
        assertEquals(List.of("Sony"), review.organizations(), review.toString());
        Entities news = EXTRACTOR.extract("The ANC said Nelson Mandela would speak in Soweto . The IRA claimed the "
                + "bomb in London .");
        assertEquals(List.of("African National Congress", "IRA"), news.organizations(), news.toString());
    }

    @Test
    void twoClubsBeforeAPlayersRoleAreBothTeams() {
        Entities e = EXTRACTOR.extract("Former Liverpool and Tottenham striker Ian Rush signed on Friday , and the "
                + "Arsenal and England defender Tony Adams was injured .");
        assertEquals(List.of("Liverpool", "Tottenham Hotspur", "Arsenal"), e.organizations(), e.toString());
        assertEquals(List.of("England"), e.locations(), e.toString());
    }

    @Test
    void marketsByTheirNames() {
        Entities e = EXTRACTOR.extract("Lloyd 's of London names lost an appeal , and the Paris Bourse was closed "
                + "for a holiday .");
        assertEquals(List.of("Lloyd's", "Paris Bourse"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aBodyBeforeAPartysLeadersTitleIsTheirEmployer() {
        Entities e = EXTRACTOR.extract("Senate Majority Leader Trent Lott said Republicans would push a balanced "
                + "budget amendment .");
        assertEquals(List.of("US Senate"), e.organizations(), e.toString());
        assertEquals(List.of("Trent Lott"), e.people(), e.toString());
        Entities members = EXTRACTOR.extract("Senate Republicans agreed on a budget deal on Friday , aides said , and "
                + "the Liberal Democrats gained seats .");
        assertEquals(List.of("US Senate", "Liberal Democrats"), members.organizations(), members.toString());
    }

    @Test
    void aLanguageLeftOfABasedCompoundIsNoName() {
        Entities e = EXTRACTOR.extract("Algeria 's Armed Islamic Group claimed the bombing , the London-based Arabic "
                + "newspaper Al-Hayat said .");
        assertEquals(List.of("Armed Islamic Group", "Al-Hayat"), e.organizations(), e.toString());
    }

    @Test
    void aDirectionBeforeAPlaceIsARegionAndPluralRolesAfterACommaNameNoPerson() {
        Entities e = EXTRACTOR.extract("Nelson Mandela 's African National Congress won the local elections in the "
                + "Western Cape , officials said .");
        assertEquals(List.of("Western Cape"), e.locations(), e.toString());
        assertEquals(List.of("Nelson Mandela"), e.people(), e.toString());
    }

    @Test
    void aRunEndsBeforeAndAfterAKnownOrganisation() {
        Entities e = EXTRACTOR.extract("Heineken said profit rose , beating forecasts by analysts at ABN AMRO Hoare "
                + "Govett and Kempen & Co .");
        assertEquals(List.of("Heineken", "ABN AMRO Hoare Govett", "Kempen & Co"), e.organizations(), e.toString());
    }

    @Test
    void aMeetingsNameIsNoPersonsAndAPeoplesAdjectiveNoPartOfAOneWordName() {
        Entities e = EXTRACTOR.extract("A senior official of the All Parties Hurriyat Conference said talks were "
                + "held . Brazilian Ronaldo scored twice as Barcelona beat Valencia .");
        assertEquals(List.of("Ronaldo"), e.people(), e.toString());
    }

    @Test
    void scorersApartBySemicolonsArePlayers() {
        Entities e = EXTRACTOR.extract("Leading scorers : 11 - Fredi Bobic ( VfB Stuttgart ) ; 9 - Ulf Kirsten ( "
                + "Bayer Leverkusen ) , Giovane Elber ( VfB Stuttgart ) .");
        assertEquals(List.of("Fredi Bobic", "Ulf Kirsten", "Giovane Elber"), e.people(), e.toString());
    }

    @Test
    void twoWordsNoListKnowsAfterAPersonsRoleWordAreAPersonNotAPlace() {
        Entities e = EXTRACTOR.extract("Hundreds of Muslim fundamentalists marched through Dhaka demanding the "
                + "execution of writer Taslima Nasrin .");
        assertEquals(List.of("Taslima Nasrin"), e.people(), e.toString());
        assertEquals(List.of("Dhaka"), e.locations(), e.toString());
    }

    @Test
    void companiesOfTheNinetiesAreKnown() {
        Entities e = EXTRACTOR.extract("British Gas said Centrica would hold its supply business , while Pennzoil "
                + "and Unocal bid for the field , and the Bremer Vulkan shipyards were idle .");
        assertEquals(List.of("British Gas", "Centrica", "Pennzoil", "Unocal", "Bremer Vulkan"), e.organizations(),
                e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aCountryAfterFormerIsTheCountry() {
        Entities e = EXTRACTOR.extract("BELFAST 1996-09-09\nFormer U.S. Senator George Mitchell reconvened the talks "
                + "on Monday .");
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of("Belfast", "United States"), e.locations(), e.toString());
    }

    @Test
    void aCityAfterInBeforeCompaniesIsWhereTheyTradeAndTheHongKongBankIsKnown() {
        Entities e = EXTRACTOR.extract("In Frankfurt , Daimler-Benz and Siemens gained , while the Hong Kong and "
                + "Shanghai Banking Corporation raised its prime rate .");
        assertEquals(List.of("Daimler", "Siemens", "HSBC"), e.organizations(), e.toString());
        assertEquals(List.of("Frankfurt"), e.locations(), e.toString());
    }

    @Test
    void landmarksAndAPartyNamedAfterItsCountryAreKnown() {
        Entities e = EXTRACTOR.extract("Zhu Rongji met Anwar Ibrahim at the Great Hall of the People , and New "
                + "Zealand First leader Winston Peters met Jim Bolger .");
        assertEquals(List.of("New Zealand First"), e.organizations(), e.toString());
        assertEquals(List.of("Great Hall of the People"), e.locations(), e.toString());
    }

    @Test
    void aSurnameAloneBeforeTeamMateIsTheTeam() {
        Entities e = EXTRACTOR.extract("Britain 's Damon Hill won the Japanese Grand Prix , with Williams team mate "
                + "Jacques Villeneuve retiring .");
        assertEquals(List.of("Damon Hill", "Jacques Villeneuve"), e.people(), e.toString());
        assertEquals(List.of("Williams"), e.organizations(), e.toString());
    }

    @Test
    void aPlaceAfterInStaysAPlaceBeforeARoleAndAGivenNameTakenForAPlaceOpensAName() {
        Entities e = EXTRACTOR.extract("A bomb exploded in San Sebastian , a spokesman for the Basque regional police "
                + "said . Nawaz Sharif said the caretaker government of Malik Meraj Khalid would rig the election .");
        assertEquals(List.of("Nawaz Sharif", "Malik Meraj Khalid"), e.people(), e.toString());
        assertEquals(List.of("San Sebastian"), e.locations(), e.toString());
    }

    @Test
    void aGivenNameAndAWordEndARunBeforeAnd() {
        Entities e = EXTRACTOR.extract("Microsoft chairman Bill Gates and Netscape Communications Corp chief "
                + "executive Jim Barksdale clashed over browsers .");
        assertEquals(List.of("Bill Gates", "Jim Barksdale"), e.people(), e.toString());
        assertEquals(List.of("Microsoft", "Netscape Communications Corp"), e.organizations(), e.toString());
    }

    @Test
    void aHeadingOfTopScorersOpensAListOfPlayers() {
        Entities e = EXTRACTOR.extract("NBA - NBA RESULTS .\nResults of NBA games on Saturday :\n"
                + "Houston 108 Denver 96\nTop scorers : Hakeem Olajuwon ( Houston ) 33 , Karl Malone ( Utah ) 29");
        assertEquals(List.of("Hakeem Olajuwon", "Karl Malone"), e.people(), e.toString());
    }

    @Test
    void anAcronymOfTheNamesInitialsInAnotherOrderIsItsForeignAcronym() {
        Entities e = EXTRACTOR.extract("The government and the Guatemalan National Revolutionary Unity ( URNG ) "
                + "signed a peace accord in Guatemala City . URNG commanders attended .");
        assertEquals(List.of("Guatemalan National Revolutionary Unity", "URNG"), e.organizations(), e.toString());
    }

    @Test
    void aStateOilCompanyNamedAfterItsCountryIsTheCompany() {
        Entities e = EXTRACTOR.extract("President Rafael Caldera met executives of Petroleos de Venezuela and Exxon "
                + ". Juventus are second in Serie A .");
        assertEquals(List.of("PDVSA", "Exxon", "Juventus", "Serie A"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aCommonWordInLowerCaseBetweenTwoNamesEndsTheFirst() {
        Entities e = EXTRACTOR.extract("Under this arrangement , U.S. Bank assumed State Farm Bank 's deposit and "
                + "credit card accounts .");
        assertEquals(List.of("U.S. Bank", "State Farm Bank"), e.organizations(), e.toString());
    }

    @Test
    void foreignBodiesAndPartiesAreKnownAsTheyAreWritten() {
        Entities e = EXTRACTOR.extract("Reporters sans Frontieres and Medecins sans Frontieres criticised the Caisse "
                + "des Depots et Consignations and Kreditanstalt fuer Wiederaufbau . Ulster Unionist leader David "
                + "Trimble met British Telecommunications executives .");
        assertEquals(List.of("Reporters Without Borders", "Medecins Sans Frontieres", "Caisse des Depots", "KfW",
                "Ulster Unionist Party", "British Telecom"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aListWithACommaBeforeItsLastAndListsCompaniesToo() {
        Entities e = EXTRACTOR.extract("Mirrorless sales grew at the best-known makers , including Nikon , Panasonic "
                + ", Sony , and Canon .");
        assertEquals(List.of("Nikon", "Panasonic", "Sony", "Canon"), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aGenerationIsNoPerson() {
        Entities e = EXTRACTOR.extract("Gen Z shoppers prefer TikTok , and Gen Z workers want flexibility .");
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("TikTok"), e.organizations(), e.toString());
    }

    @Test
    void aWordListedBesideAProgrammingLanguageIsALanguageNotAPlaceOrPerson() {
        Entities e = EXTRACTOR.extract("Spark supports many languages , including Java , Scala , Python , and R . "
                + "Android apps are built in Kotlin or Java , and small projects use Python , Ruby or PHP . First , "
                + "you will delve into Java and Computer Science and master high-level programming .");
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
        Entities island = EXTRACTOR.extract("Java and Sumatra were hit by floods , and Ruby Wax visited Java .");
        assertEquals(List.of("Java", "Sumatra"), island.locations(), island.toString());
    }

    @Test
    void acronymsOfThingsNumbersWordsDiseasesAndColoursNameNothing() {
        Entities e = EXTRACTOR.extract("The explosion of IoT devices drove demand , and UGC and PPC campaigns grew . "
                + "The AC unit failed . UltraTax CS beat the No. 2 software , the firm at 110 Gough St. Suite 301 said "
                + ". He navigated his father 's journey through Alzheimer 's . Rates were higher among White "
                + "adolescents .");
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void todaysConsultanciesAndPlatformsAreKnown() {
        Entities e = EXTRACTOR.extract("Analysts at Gartner and Forrester Research said Coursera and Duolingo grew , "
                + "while Klarna , Zapier and Coinbase fell , McKinsey said .");
        assertEquals(List.of("Gartner", "Forrester Research", "Coursera", "Duolingo", "Klarna", "Zapier", "Coinbase",
                "McKinsey & Company"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aModelsVersionPluralAcronymsAndAGenerationWithItsPeriodNameNoOne() {
        Entities e = EXTRACTOR.extract("I shoot with the Canon 5D Mark IV as my main camera , and Gen Z. buyers want "
                + "DSLRs . LLMs , APIs and PCs changed , and the ORM and the LAN too .");
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("Canon"), e.organizations(), e.toString());
    }

    @Test
    void universitiesKnownByShortNamesAreKnownUnderTheirFullNames() {
        Entities e = EXTRACTOR.extract("Researchers at MIT , Stanford and UC Berkeley , and Tufts University "
                + "biologist Michael Levin , said the UCLA Anderson rankings rose .");
        assertEquals(List.of("Massachusetts Institute of Technology", "Stanford University",
                "University of California, Berkeley", "Tufts University", "UCLA Anderson School of Management"),
                e.organizations(), e.toString());
        assertEquals(List.of("Michael Levin"), e.people(), e.toString());
    }

    @Test
    void softwareInATextAboutCodeAndACarsModelNameNoOne() {
        Entities e = EXTRACTOR.extract("Data scientists use Python with Pandas , Matplotlib and Keras , run Spark on "
                + "Hadoop , and build apps in Django or Laravel . The Tesla Model Y sold well .");
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
        assertEquals(List.of(), e.locations(), e.toString());
    }

    @Test
    void aCommonWordInATitleCaseHeadingIsNoNameWhereTheTextWritesItInLowerCase() {
        Entities e = EXTRACTOR.extract("6. Track Usage with Smart Plugs\nUse a smart plug with energy monitoring to "
                + "cut waste .\nKeeping Your Home Spotless : Trends in House Cleaning\nA house cleaning service "
                + "helps .\nArsenal 2 Derby 2\nThe derby was tense .");
        assertEquals(List.of("Arsenal", "Derby"), e.organizations(), e.toString());
    }

    @Test
    void winesNamedByTheirGrapesAndARecipesFieldsNameNoOne() {
        Entities e = EXTRACTOR.extract("Popular red wines include Cabernet Sauvignon and Malbec , and whites include "
                + "Sauvignon Blanc and Chenin Blanc . Prep Time : 10 minutes . Cook Time : 20 minutes . Muscat is the "
                + "capital of Oman .");
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("Muscat", "Oman"), e.locations(), e.toString());
    }

    @Test
    void theLiberationTigersAreTheTamilTigers() {
        Entities e = EXTRACTOR.extract("Sri Lankan President Chandrika Kumaratunga said her People's Alliance would "
                + "negotiate with the Liberation Tigers only if they laid down arms .");
        assertEquals(List.of("People's Alliance", "Tamil Tigers"), e.organizations(), e.toString());
    }

    @Test
    void twoWordsNoListKnowsBeforeOfTheAndABodysNameAreAPerson() {
        Entities e = EXTRACTOR.extract("President Punsalmaagiin Ochirbat conceded defeat to Natsagiin Bagabandi of the "
                + "Mongolian People's Revolutionary Party . The award went to Sipho Mthembu of the Inkatha Freedom "
                + "Party .");
        assertEquals(List.of("Punsalmaagiin Ochirbat", "Natsagiin Bagabandi", "Sipho Mthembu"), e.people(),
                e.toString());
    }

    @Test
    void aPartysRallyIsNoCarRallyAndATitlesFirstWordNoBody() {
        Entities e = EXTRACTOR.extract("Saudi Crown Prince Abdullah bin Abdul-Aziz met Syrian President Hafez al-Assad "
                + "in Damascus . Tunisian President Zine al-Abidine Ben Ali's Constitutional Democratic Rally won all "
                + "144 seats .");
        assertEquals(List.of("Constitutional Democratic Rally"), e.organizations(), e.toString());
    }

    @Test
    void aPeoplesAdjectiveIsNoPartOfANameWhoseSurnameIsACommonWord() {
        Entities e = EXTRACTOR.extract("American Fred Couples and Zimbabwean Nick Price were tied , and he beat "
                + "Canadian Mike Weir .");
        assertEquals(List.of("Fred Couples", "Nick Price", "Mike Weir"), e.people(), e.toString());
    }

    @Test
    void aWordListedWithKnownPlacesAfterAWordOfPlacesIsAPlace() {
        Entities e = EXTRACTOR.extract("Mexican rebels attacked army posts in the southern states of Guerrero and "
                + "Oaxaca , killing 13 people . It is headquartered in Boston , Massachusetts , Zentrix is a data "
                + "company . Hotels in New York and Hôtel de Crillon in Paris .");
        assertEquals(List.of("Guerrero", "Oaxaca", "Boston", "Massachusetts", "New York", "Paris"), e.locations(),
                e.toString());
    }

    @Test
    void aMovementsAcronymInItsOwnLanguageAndAPersonsMovementAreOrganisations() {
        Entities e = EXTRACTOR.extract("Rebels of the Popular Revolutionary Army ( EPR ) attacked army posts on "
                + "Wednesday . Peacekeepers disarmed fighters of Charles Taylor 's NPFL . Cybereason 's XDR and "
                + "Nvidia 's DLSS are products .");
        assertEquals(List.of("Popular Revolutionary Army", "EPR", "NPFL", "Nvidia"), e.organizations(),
                e.toString());
    }

    @Test
    void aWordJoinedByAHyphenToAKnownCompanyIsACompany() {
        Entities e = EXTRACTOR.extract("Damon Hill won in his Williams-Renault ahead of the Benetton-Renault of Jean "
                + "Alesi . Anglo-Dutch Unilever fell , and Ex-Renault engineers joined .");
        assertEquals(List.of("Williams-Renault", "Benetton-Renault", "Unilever"), e.organizations(), e.toString());
    }

    @Test
    void aPrefixedAdjectiveBeforeAGroupsWordIsNoGroupsName() {
        Entities e = EXTRACTOR.extract("Israeli troops shot dead two Hizbollah guerrillas in south Lebanon , and the "
                + "pro-Iranian group said it would retaliate . The non-Arab militia and the al-Jihad group clashed .");
        assertEquals(List.of("Hezbollah", "al-Jihad"), e.organizations(), e.toString());
    }

    @Test
    void namesAfterAKindOfOrganisationsAndSuchAsOrIncludingAreOrganisations() {
        Entities e = EXTRACTOR.extract("It agreed to merge its unit with three cable companies , including Bell "
                + "Cablemedia and Videotron , while clubs like Leeds and Everton spent heavily , and companies such as "
                + "US-based Quorvane gained . Exports to countries such as France rose .");
        assertEquals(List.of("Bell Cablemedia", "Videotron", "Leeds", "Everton", "Quorvane"), e.organizations(),
                e.toString());
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("France"), e.locations(), e.toString());
    }

    @Test
    void theToriesAreTheConservativeParty() {
        Entities e = EXTRACTOR.extract("Blair , speaking in Manchester , said the Tories had broken their promises .");
        assertEquals(List.of("Conservative Party"), e.organizations(), e.toString());
        assertEquals(List.of("Manchester"), e.locations(), e.toString());
    }

    @Test
    void aBodyOnWhatItDealsWithIsOneOrganisation() {
        Entities e = EXTRACTOR.extract("Ross Perot , who was excluded by the Commission on Presidential Debates , said "
                + "a member of the Council on Foreign Relations had told the Conference on Disarmament in Geneva . The "
                + "European Commission on Monday fined Volvo near the Woodruff Arts Center on Peachtree Street .");
        assertTrue(e.organizations().containsAll(List.of("Commission on Presidential Debates",
                "Council on Foreign Relations", "Conference on Disarmament", "European Commission", "Volvo")),
                e.toString());
        assertTrue(e.organizations().stream().noneMatch(o -> o.contains("Monday") || o.contains("Peachtree")),
                e.toString());
    }

    @Test
    void aPlacesFirstWordTheModelFoundAloneTakesTheWordAfterIt() {
        Entities e = EXTRACTOR.extract("Hurricane Fran slammed into the coast of North Carolina near Cape Fear on "
                + "Thursday night .\nRead more : Design Tips for Your Ground Mount Installation\nThe end .");
        assertEquals(List.of("North Carolina", "Cape Fear"), e.locations(), e.toString());
    }

    @Test
    void aGivenNameTheModelTookForAPlaceOpensAPersonsNameWithTheUnknownWordAfterIt() {
        Entities e = EXTRACTOR.extract("Del Piero , 22 , curled a shot past the goalkeeper after a corner by Vladimir "
                + "Jugovic . Juventus coach Marcello Lippi said it . Each Park Hyatt property is designed well .");
        assertEquals(List.of("Del Piero", "Vladimir Jugovic", "Marcello Lippi"), e.people(), e.toString());
    }

    @Test
    void aBodyOfAPersonIsTheBodyAndThePerson() {
        Entities e = EXTRACTOR.extract("The opposition Pakistan Muslim League of Nawaz Sharif condemned the move , "
                + "and the Bank of Nova Scotia and the Organisation of African Unity said nothing .");
        assertEquals(List.of("Nawaz Sharif"), e.people(), e.toString());
        assertTrue(e.organizations().containsAll(List.of("Pakistan Muslim League", "Scotiabank")),
                e.toString());
    }

    @Test
    void anAcronymBeforeItsFightersIsTheirGroup() {
        Entities e = EXTRACTOR.extract("Police said ETA guerrillas had killed a policeman in San Sebastian . The "
                + "flight 's ETA is 10 pm , and the CEO rebels against the plan .");
        assertEquals(List.of("ETA"), e.organizations(), e.toString());
    }

    @Test
    void aGivenNameAndASurnameTheModelTookForAnOrganisationAreAPerson() {
        Entities e = EXTRACTOR.extract("Hoddle is likely to pair Les Ferdinand with Teddy Sheringham , while Paul "
                + "Gascoigne returns after suspension . Shares of Urban Outfitters rose .");
        assertTrue(e.people().containsAll(List.of("Teddy Sheringham", "Paul Gascoigne")), e.toString());
        assertFalse(e.people().contains("Urban Outfitters"), e.toString());
    }

    @Test
    void aFaithAloneIsNoName() {
        Entities e = EXTRACTOR.extract("Iran 's supreme leader Ayatollah Ali Khamenei said on Wednesday that the "
                + "United States was the enemy of Islam , Tehran radio reported .");
        assertEquals(List.of("Iran", "United States", "Tehran"), e.locations(), e.toString());
    }

    @Test
    void aPlaceBeforeATitleOfTwoWordsEndingWithGeneralIsThePlace() {
        Entities e = EXTRACTOR.extract("U.S. Attorney General Janet Reno said on Thursday the Justice Department would "
                + "investigate the bombing .");
        assertEquals(List.of("Justice Department"), e.organizations(), e.toString());
        assertEquals(List.of("United States"), e.locations(), e.toString());
    }

    @Test
    void aGroupsCompanyIsNoSpellingOfItsParent() {
        Entities e = EXTRACTOR.extract("Philippine Long Distance Telephone Co and Ayala Land fell , while Ayala Corp "
                + "rose .");
        assertEquals(List.of("PLDT", "Ayala Land", "Ayala Corp"), e.organizations(), e.toString());
    }

    @Test
    void aBodysNameGoesOnThroughASecondOfThe() {
        Entities e = EXTRACTOR.extract("Shell faces protests by the Movement for the Survival of the Ogoni People , "
                + "and the Alliance of Democratic Forces for the Liberation of Congo-Zaire took Uvira .");
        assertEquals(List.of("Shell", "Movement for the Survival of the Ogoni People",
                "Alliance of Democratic Forces for the Liberation of Congo-Zaire"), e.organizations(), e.toString());
    }

    @Test
    void aNameTheModelRunsOnIntoABracketEndsBeforeIt() {
        Entities e = EXTRACTOR.extract("SOCCER - UEFA CUP RESULTS .\nLONDON 1996-12-03\nResults of UEFA Cup matches on "
                + "Tuesday :\nDinamo Bucharest 0 Newcastle United ( England ) 2\n"
                + "Inter Milan 3 Boavista ( Portugal ) 1");
        assertEquals(List.of("UEFA", "Dinamo Bucharest", "Newcastle United", "Inter Milan", "Boavista"),
                e.organizations(), e.toString());
        assertEquals(List.of("London", "England", "Portugal"), e.locations(), e.toString());
    }

    @Test
    void aBodysNameHoldsAPluralPossessive() {
        Entities e = EXTRACTOR.extract("Gordon Taylor of the Professional Footballers ' Association backed the "
                + "ruling . Ford said it would cut 1,300 jobs at Dagenham , and the Transport and General Workers ' "
                + "Union threatened to strike . The Writers ' Guild of America and the Lawyers ' Committee for Human "
                + "Rights joined them .");
        assertEquals(List.of("Professional Footballers ' Association", "Ford",
                "Transport and General Workers ' Union", "Writers ' Guild of America",
                "Lawyers ' Committee for Human Rights"), e.organizations(), e.toString());
        assertEquals(List.of("Dagenham"), e.locations(), e.toString());
    }

    @Test
    void aPersonTheModelFoundAfterAKindOfCompanyIsTheCompany() {
        Entities e = EXTRACTOR.extract("Analysts at Santiago brokerage Larrain Vial said the figure was better than "
                + "expected , and publisher Rupert Murdoch agreed .");
        assertEquals(List.of("Larrain Vial"), e.organizations(), e.toString());
        assertEquals(List.of("Rupert Murdoch"), e.people(), e.toString());
    }

    @Test
    void aWordNeverANameAloneEndsABodysNameAfterOf() {
        Entities e = EXTRACTOR.extract("China 's Ministry of Posts and Telecommunications ordered switches , and "
                + "Hizbollah , the Party of God , fired rockets .");
        assertEquals(List.of("Ministry of Posts and Telecommunications", "Hezbollah", "Party of God"),
                e.organizations(), e.toString());
    }

    @Test
    void aSentencesCommonFirstWordBeforeOfIsNoName() {
        Entities e = EXTRACTOR.extract("Members of the Church of God met in Atlanta . Leaders of the Commonwealth of "
                + "Independent States met in Moscow .");
        assertEquals(List.of("Church of God", "Commonwealth of Independent States"), e.organizations(),
                e.toString());
    }

    @Test
    void aGivenNameAndASurnameTheModelTookForAPlaceAreAPerson() {
        Entities e = EXTRACTOR.extract("Glenn McGrath took five wickets as Australia bowled out the West Indies for "
                + "172 in Perth , and the team trained at Santa Monica .");
        assertEquals(List.of("Glenn McGrath"), e.people(), e.toString());
        assertEquals(List.of("Australia", "West Indies", "Perth", "Santa Monica"), e.locations(), e.toString());
    }

    @Test
    void aSlumOfANameAndTheSerbRepublicArePlaces() {
        Entities e = EXTRACTOR.extract("Police arrested 40 people after riots in the Nairobi slum of Kibera , and "
                + "Krajisnik said the Serb Republic would not hand over suspects .");
        assertEquals(List.of("Nairobi", "Kibera", "Republika Srpska"), e.locations(), e.toString());
    }

    @Test
    void aLeaderboardsLinesMayEndWithATime() {
        Entities e = EXTRACTOR.extract("ATHLETICS - RESULTS IN BRUSSELS .\nBRUSSELS 1996-08-23\nResults on Friday :\n"
                + "Men 1,500 metres\n1. Venuste Niyongabo ( Burundi ) 3:32.45\n2. Hicham El Guerrouj ( Morocco ) "
                + "3:32.80\n3. William Tanui ( Kenya ) 3:33.74");
        assertEquals(List.of("Venuste Niyongabo", "Hicham El Guerrouj", "William Tanui"), e.people(),
                e.toString());
    }

    @Test
    void aRankingOfPlacesIsNoLeaderboard() {
        Entities e = EXTRACTOR.extract("Top Large Cities Score\n1. San Jose, CA 84.7\n2. Virginia Beach, VA 65.2\n"
                + "3. Long Beach, CA 65.0\n4. San Diego, CA 64.0");
        assertEquals(List.of(), e.people(), e.toString());
        assertTrue(e.locations().containsAll(List.of("Virginia Beach", "Long Beach", "San Diego")), e.toString());
    }

    @Test
    void aNameWithAMiddleParticleOfACountryIsAPerson() {
        Entities e = EXTRACTOR.extract("Hicham El Guerrouj of Morocco won the 1,500 metres in Brussels on Friday .");
        assertEquals(List.of("Hicham El Guerrouj"), e.people(), e.toString());
    }

    @Test
    void aGivenNameAndAWordJoinedToAPersonAreAPerson() {
        Entities e = EXTRACTOR.extract("France named Cedric Pioline and Arnaud Boetsch for the singles and Guy Forget "
                + "and Guillaume Raoux for the doubles . The article was edited by Adrienne Maxwell and Grant "
                + "Clauser . Police said Virginia Beach and John Smith were named .");
        assertEquals(List.of("Cedric Pioline", "Arnaud Boetsch", "Guy Forget", "Guillaume Raoux", "Adrienne Maxwell",
                "Grant Clauser", "John Smith"), e.people(), e.toString());
    }

    @Test
    void aPersonsWordJoinedToAKnownCompanyIsACompany() {
        Entities e = EXTRACTOR.extract("Carlsberg and Tetley said they would merge their British brewing operations . "
                + "The group owns Peabody Coal in the United States .");
        assertEquals(List.of("Carlsberg", "Tetley", "Peabody Coal"), e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aNameOfSeveralWordsJoinedToAKnownCompanyIsACompanyUnlessItHasAGivenName() {
        Entities e = EXTRACTOR.extract("Analysts at Deutsche Bank and Dresdner Kleinwort Benson said the move was "
                + "expected . Siemens and Heinrich Vogel said nothing .");
        assertEquals(List.of("Deutsche Bank", "Dresdner Kleinwort Benson", "Siemens"), e.organizations(),
                e.toString());
        assertEquals(List.of("Heinrich Vogel"), e.people(), e.toString());
    }

    @Test
    void aKnownCompanyOfAKnownPlaceIsTheCompanyAndThePlace() {
        Entities e = EXTRACTOR.extract("Rival Nokia of Finland and Motorola also bid for the contract , as did Real "
                + "Madrid of Spain . The Bank of Japan declined to comment .");
        assertEquals(List.of("Nokia", "Motorola", "Real Madrid", "Bank of Japan"), e.organizations(), e.toString());
        assertEquals(List.of("Finland", "Spain"), e.locations(), e.toString());
    }

    @Test
    void aMinistryKeepsTheSpellingOfItsCountrysEnglish() {
        Entities e = EXTRACTOR.extract("Colombia's Defence Ministry said the drugs were seized . In Washington , the "
                + "Ministry of National Defense of Taiwan was not mentioned .");
        assertEquals(List.of("Defence Ministry", "Defense Ministry"), e.organizations(), e.toString());
    }

    @Test
    void aNameInAppositionAfterAPersonsRoleIsThePersonsNotAfterARoleFirmsHold() {
        Entities e = EXTRACTOR.extract("The judge said the defendant , Drazen Erdemovic , had shown remorse . His "
                + "coach , Graeme West , praised the forwards . The broker , Smith New Court , said shares were "
                + "cheap .");
        assertEquals(List.of("Drazen Erdemovic", "Graeme West"), e.people(), e.toString());
        assertEquals(List.of("Smith New Court"), e.organizations(), e.toString());
    }

    @Test
    void anIndustrysWordEndsACompanysName() {
        Entities e = EXTRACTOR.extract("Quanyong Motor said it would cut jobs . Taverny Chemical and Ostrava Electric "
                + "shares fell , and Kanto Aerospace lost .");
        assertEquals(List.of("Quanyong Motor", "Taverny Chemical", "Ostrava Electric", "Kanto Aerospace"),
                e.organizations(), e.toString());
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aTitledSurnameThatOpensACompanysNameIsStillAPerson() {
        Entities e = EXTRACTOR.extract("Hanson Plc completed the demerger on Monday . The conglomerate 's chairman , "
                + "Lord Hanson , said the move would benefit shareholders .");
        assertEquals(List.of("Hanson"), e.people(), e.toString());
        assertEquals(List.of("Hanson Plc"), e.organizations(), e.toString());
    }

    @Test
    void aCountyScoresGroundIsNamedWithoutItsAt() {
        Entities e = EXTRACTOR.extract("CRICKET - ENGLISH COUNTY SCORES .\nLONDON 1996-08-30\nClose of play scores on "
                + "Friday :\nAt Chester-le-Street : Durham 326 ( J. Morris 95 ) ; Leicestershire 162-4\n"
                + "At Taunton : Somerset 452-8 declared ( P. Bowler 138 ) v Essex");
        assertEquals(List.of("London", "Chester-le-Street", "Taunton"), e.locations(), e.toString());
    }

    @Test
    void aNotablePersonAfterASentencesOpeningTheIsAPerson() {
        Entities e = EXTRACTOR.extract("The Dalai Lama , Tibet 's exiled spiritual leader , arrived in Taipei on "
                + "Saturday .");
        assertEquals(List.of("Dalai Lama"), e.people(), e.toString());
    }

    @Test
    void aNationsCapitalWithoutItsAccentsIsAPlaceThoughAGivenName() {
        Entities e = EXTRACTOR.extract("Paraguay 's president told reporters in Asuncion on Friday that the army "
                + "chief would be tried .");
        assertEquals(List.of("Paraguay", "Asuncion"), e.locations(), e.toString());
    }

    @Test
    void anIberoAmericanSummitHasNoPlaceOfItsAdjective() {
        Entities e = EXTRACTOR.extract("Chilean President Eduardo Frei opened the Ibero-American summit in Santiago "
                + "on Saturday .");
        assertEquals(List.of("Santiago"), e.locations(), e.toString());
    }

    @Test
    void aWordAloneInWhatHappenedOnADayIsAPlace() {
        Entities e = EXTRACTOR.extract("Jordan 's King Hussein met Israeli Prime Minister Benjamin Netanyahu in Aqaba "
                + "on Thursday , and Proton bought a stake in Lotus on Monday .");
        assertEquals(List.of("Jordan", "Aqaba"), e.locations(), e.toString());
    }

    @Test
    void standardAndPoorsWrittenOutIsTheRatingsAgency() {
        Entities e = EXTRACTOR.extract("Standard and Poor 's said it would review Banque Paribas .");
        assertEquals(List.of("Standard & Poor's", "Paribas"), e.organizations(), e.toString());
    }

    @Test
    void aCityWithItsUmlautsTransliteratedIsAPlace() {
        Entities e = EXTRACTOR.extract("The minister flew from Duesseldorf to Muenster and then to Saarbruecken on "
                + "Friday , and talks were held in Goeteborg and Koeln .");
        assertEquals(List.of("Duesseldorf", "Muenster", "Saarbruecken", "Goeteborg", "Koeln"), e.locations(),
                e.toString());
    }

    @Test
    void citiesOfTheFormerSovietUnionByTheirFormerSpellings() {
        Entities e = EXTRACTOR.extract("Talks were held in Alma-Ata , Ashkhabad and Kishinev on Friday , and in Lvov , "
                + "Zaporozhye , Nizhny Novgorod and Rostov-on-Don on Saturday .");
        assertEquals(List.of("Almaty", "Ashgabat", "Chisinau", "Lviv", "Zaporizhia", "Nizhny Novgorod",
                "Rostov-on-Don"), e.locations(), e.toString());
    }

    @Test
    void aListOfUnknownNamesAfterAKindOfPlacesIsOfPlaces() {
        Entities e = EXTRACTOR.extract("Floods killed 200 people in the districts of Thanjavur and Nagapattinam on "
                + "Friday , and the rebels held the towns of Kotli , Mirpur and Bhimber .");
        assertEquals(List.of("Thanjavur", "Nagapattinam", "Kotli", "Mirpur", "Bhimber"), e.locations(),
                e.toString());
    }

    @Test
    void aThingNamedAfterAPersonIsNoPerson() {
        Entities e = EXTRACTOR.extract("Astronomers pointed the Edwin Harlow Space Telescope at the star. She won the "
                + "Tom Hartley Prize in May, and the Clean Air Act passed.");
        assertEquals(List.of(), e.people(), e.toString());
        Entities person = EXTRACTOR.extract("Edwin Harlow pointed the telescope at the star.");
        assertEquals(List.of("Edwin Harlow"), person.people(), person.toString());
    }

    @Test
    void aSaintsPlaceIsNoPerson() {
        Entities e = EXTRACTOR.extract("He studied at the University of Corvalia, Santa Brena, and later in Vardonia.");
        assertEquals(List.of(), e.people(), e.toString());
        assertTrue(e.locations().contains("Santa Brena"), e.toString());
    }

    @Test
    void aFirstNameTheModelTookForABodyOpensThePersonsName() {
        Entities e = EXTRACTOR.extract("Director-General Tedros Adhanom Ghebreyesus said the outbreak was spreading.");
        assertEquals(List.of("Tedros Adhanom Ghebreyesus"), e.people(), e.toString());
        assertEquals(List.of(), e.organizations(), e.toString());
    }

    @Test
    void aStoryWithoutASportsHeadlineIsASportsStoryByItsWords() {
        Entities sports = EXTRACTOR.extract("Brexley moved two points clear at the top of the league after Tomas "
                + "Verhoek scored twice in a 3-1 win over Brentford. Coach Dan Ollers praised his squad. Arsenal host "
                + "Liverpool on Sunday.");
        assertTrue(sports.organizations().containsAll(List.of("Brentford", "Liverpool")), sports.toString());
        assertEquals(List.of(), sports.locations(), sports.toString());
        Entities news = EXTRACTOR.extract("The council will host Liverpool officials on Sunday after a win over "
                + "Leeds in the housing league tables, the coach firm said.");
        assertEquals(List.of("Liverpool", "Leeds"), news.locations(), news.toString());
    }

    @Test
    void aStormIsNoPerson() {
        Entities e = EXTRACTOR.extract("Hurricane Orlena made landfall near Brexley on Monday, and Tropical Storm "
                + "Tomas weakened over the sea.");
        assertEquals(List.of(), e.people(), e.toString());
    }

    @Test
    void aNameBetweenADeterminerAndAnOfficersTitleAloneIsTheCompanys() {
        Entities e = EXTRACTOR.extract("The board said Kelly Marsh, a former Harlan Pryce chief executive, would "
                + "replace Dave Olmer as CEO.");
        assertEquals(List.of("Kelly Marsh", "Dave Olmer"), e.people(), e.toString());
        assertTrue(e.organizations().contains("Harlan Pryce"), e.toString());
        Entities person = EXTRACTOR.extract("The board named former chief executive Harlan Pryce as chairman.");
        assertEquals(List.of("Harlan Pryce"), person.people(), person.toString());
    }

    @Test
    void anAnswersMarkIsNoInitial() {
        Entities faq = EXTRACTOR.extract("Q. What is the cost?\nA. Costs and timelines depend on your store size.\n\n"
                + "Q. Who builds it?\nA. Vantrix builds it for you.");
        assertEquals(List.of(), faq.people(), faq.toString());
        Entities names = EXTRACTOR.extract("The report was written by P. Simmons.\nA. Costa said costs rose.");
        assertEquals(List.of("P. Simmons", "A. Costa"), names.people(), names.toString());
    }

    @Test
    void aLawIsNoNameAndARankingOpensAReviewsHeadingNoPersons() {
        Entities law = EXTRACTOR.extract("Thousands protested in Tarnby against the Harbour Levy Bill backed by "
                + "President Orlen Vask.");
        assertEquals(List.of("Orlen Vask"), law.people(), law.toString());
        assertEquals(List.of(), law.organizations(), law.toString());
        Entities review = EXTRACTOR.extract("Best Front-Load Washer: quiet and efficient.\n"
                + "Top Quiet Dryer: cheap to run.");
        assertEquals(List.of(), review.people(), review.toString());
    }

    @Test
    void aBenefactorsNameOpensTheInstitutionNamedAfterThem() {
        Entities e = EXTRACTOR.extract("The Ross School of Business at the University of Michigan ranked first.");
        assertEquals(List.of(), e.people(), e.toString());
        assertEquals(List.of("Ross School of Business", "University of Michigan"), e.organizations(), e.toString());
        Entities institute = EXTRACTOR.extract("She studied at the Courtauld Institute of Art in London.");
        assertEquals(List.of("Courtauld Institute of Art"), institute.organizations(), institute.toString());
        assertEquals(List.of("London"), institute.locations(), institute.toString());
    }
}
