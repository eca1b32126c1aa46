package io.newsflow.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, checked on the production classes of every module (deploy's test classpath holds
 * them all): the graph follows the data flow, the stages never import each other, the logic that decides what a
 * page says never touches Kafka or OpenSearch, and nothing made for tests reaches production.
 */
class ArchitectureTest {

    private static final String[] STAGES = {"io.newsflow.ingest..", "io.newsflow.enrich..", "io.newsflow.index.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsflow");
    }

    @Test
    void everyModuleIsChecked() {
        for (String module : List.of("events.Page", "service.ServiceShell", "localstack.LocalKafka",
                "testkit.Articles", "ingest.clean.PageCleaner", "enrich.app.EnrichTopology", "index.app.Indexer",
                "deploy.cli.Newsflow")) {
            assertTrue(classes.contain("io.newsflow." + module), "not imported: " + module);
        }
    }

    @Test
    void ingestImportsNeitherEnrichNorIndex() {
        noClasses().that().resideInAPackage("io.newsflow.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.enrich..", "io.newsflow.index..")
                .check(classes);
    }

    @Test
    void enrichImportsNeitherIngestNorIndex() {
        noClasses().that().resideInAPackage("io.newsflow.enrich..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.index..")
                .check(classes);
    }

    @Test
    void indexImportsNeitherIngestNorEnrich() {
        noClasses().that().resideInAPackage("io.newsflow.index..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..")
                .check(classes);
    }

    @Test
    void theContractImportsNoOtherModule() {
        noClasses().that().resideInAPackage("io.newsflow.events..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.service..", "io.newsflow.localstack..",
                        "io.newsflow.testkit..", "io.newsflow.deploy..", STAGES[0], STAGES[1], STAGES[2])
                .check(classes);
    }

    @Test
    void theServiceKitImportsOnlyTheContract() {
        noClasses().that().resideInAPackage("io.newsflow.service..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.localstack..",
                        "io.newsflow.testkit..", "io.newsflow.deploy..", STAGES[0], STAGES[1], STAGES[2])
                .check(classes);
    }

    @Test
    void theLocalStackStandsAlone() {
        noClasses().that().resideInAPackage("io.newsflow.localstack..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.events..", "io.newsflow.service..",
                        "io.newsflow.testkit..", "io.newsflow.deploy..", STAGES[0], STAGES[1], STAGES[2])
                .check(classes);
    }

    @Test
    void stagesRunWithoutTheLocalStackOrTheCli() {
        noClasses().that().resideInAnyPackage(STAGES)
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.localstack..", "io.newsflow.deploy..")
                .check(classes);
    }

    @Test
    void cleaningDedupAndEntitiesNeverTouchKafkaOrOpenSearch() {
        noClasses().that().resideInAnyPackage("io.newsflow.ingest.clean..", "io.newsflow.enrich.dedup..",
                        "io.newsflow.enrich.entities..", "io.newsflow.enrich.fingerprint..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.opensearch..")
                .check(classes);
    }

    @Test
    void nothingMadeForTestsReachesProduction() {
        noClasses().that().resideOutsideOfPackage("io.newsflow.testkit..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.testkit..", "org.junit..",
                        "org.awaitility..")
                .check(classes);
    }
}
