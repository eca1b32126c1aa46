package io.newsflow.deploy.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The sample pages shipped in the jar, for {@code newsflow run} with no paths. */
public final class SamplePages {

    private static final String DIR = "/io/newsflow/deploy/samples/";

    private SamplePages() {
    }

    /** Copies the sample pages into {@code dir} (created if needed) and returns it. */
    public static Path extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        String index;
        try (InputStream in = resource("index.txt")) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String name : index.split("\\R")) {
            if (!name.isBlank()) {
                try (InputStream in = resource(name.strip())) {
                    Files.copy(in, dir.resolve(name.strip()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SamplePages.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("sample page " + name + " is missing from the jar");
        }
        return in;
    }
}
