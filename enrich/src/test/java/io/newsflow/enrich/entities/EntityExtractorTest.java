package io.newsflow.enrich.entities;

import io.newsflow.testkit.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.TestPages;
import io.newsflow.events.Entities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    void spellingsOfOneNameAreNormalised() {
        Entities e = EXTRACTOR.extract("The U.N. said N. Korea must comply. The United Nations and the UN agree "
                + "that North Korea and the DPRK are one.");
        assertEquals(List.of("United Nations"), e.organizations());
        assertEquals(List.of("North Korea"), e.locations());
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
}
