import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes {@code enrich/src/main/resources/io/newsflow/enrich/entities/given-names-international.txt} from
 * Datafaker's locale files (Apache License 2.0): the first names of the locales below, in Latin letters, at least
 * three letters long, whichever of the locales lists them ("Philippe", "Anke", "Arantxa": names of one language are
 * the names its news is about). Run from the repository root:
 *
 * <pre>
 * ./mvnw dependency:get -Dartifact=net.datafaker:datafaker:2.4.2   # also fetches SnakeYAML
 * java -cp ~/.m2/repository/net/datafaker/datafaker/2.4.2/datafaker-2.4.2.jar:$HOME/.m2/repository/org/yaml/snakeyaml/2.3/snakeyaml-2.3.jar \
 *   enrich/tools/ExtractGivenNames.java ~/.m2/repository/net/datafaker/datafaker/2.4.2/datafaker-2.4.2.jar \
 *   > enrich/src/main/resources/io/newsflow/enrich/entities/given-names-international.txt
 * </pre>
 */
public class ExtractGivenNames {

    static final List<String> LOCALES = List.of("en", "en-NG", "en-IND", "en-PAK", "en-ZA", "de", "fr", "es", "it",
            "nl", "sv", "pl", "pt", "da-DK", "nb-NO", "fi-FI", "cs", "tr", "hr", "sk", "ca", "id", "hu", "ro");
    static final Pattern NAME = Pattern.compile("[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?");

    public static void main(String[] args) throws Exception {
        Map<String, Set<String>> localesOf = new TreeMap<>();
        try (ZipFile jar = new ZipFile(args[0])) {
            for (ZipEntry e : jar.stream().toList()) {
                String locale = e.getName().split("/")[0].replace(".yml", "");
                if (!e.getName().endsWith(".yml") || !LOCALES.contains(locale)) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(e)) {
                    Object yaml = new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    walk(yaml, false, "", locale, localesOf);
                }
            }
        }
        Set<String> kept = new TreeSet<>();
        localesOf.forEach((name, locales) -> {
            if (NAME.matcher(name).matches() && name.length() >= 3) {
                kept.add(name);
            }
        });
        System.out.println("# Given names of many countries, from Datafaker 2.4.2 "
                + "(https://github.com/datafaker-net/datafaker,");
        System.out.println("# Apache License 2.0), written by enrich/tools/ExtractGivenNames.java; see NOTICE. "
                + "Weaker evidence");
        System.out.println("# than given-names.txt: EntityExtractor uses them only to start a short name.");
        System.out.println(String.join("\n", kept));
    }

    private static void walk(Object node, boolean underName, String key, String locale, Map<String, Set<String>> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, underName || "name".equals(k), String.valueOf(k), locale, out));
        } else if (node instanceof Collection<?> list && underName && key.contains("first_name")) {
            for (Object v : list) {
                if (v instanceof String s) {
                    out.computeIfAbsent(s.strip(), n -> new TreeSet<>()).add(locale);
                }
            }
        }
    }
}
