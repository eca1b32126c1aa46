package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow ingest-files} refusing its arguments, before it connects to anything. */
class IngestFilesCommandTest {

    @Test
    void aBaseUrlThatIsNoWebAddressIsNamedWithWhatItMustBe(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), "<html><body><p>A page.</p></body></html>");

        CliRun run = CliRun.of("ingest-files", "--base-url", "saved/pages", "--bootstrap-servers", "127.0.0.1:1",
                page.toString());

        assertEquals(2, run.exit(), run.toString());
        assertEquals("newsflow ingest-files: --base-url: the base URL must be an absolute http or https URL without"
                + " query or fragment, such as https://news.example.com/archive/, got: saved/pages\n", run.err());
        assertEquals("", run.out());
    }
}
