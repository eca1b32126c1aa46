package io.newsflow.deploy.cli;

import io.newsflow.index.app.IndexConfig;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.search.ArticleSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow search TEXT}: the top hits of the articles alias, one line each. */
@Command(name = "search", description = "Search the indexed articles and print the top hits.")
final class SearchCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for.")
    List<String> words;

    @Option(names = "--size", defaultValue = "10", converter = Bounded.AtLeastOne.class,
            description = "How many hits (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--opensearch-url", paramLabel = "URL",
            description = "OpenSearch (default: OPENSEARCH_URL or http://localhost:9200).")
    String url;

    @Option(names = "--alias", description = "The read alias (default: INDEX_ALIAS or articles).")
    String alias;

    @Override
    public Integer call() throws Exception {
        return QuietConsoles.quietly(spec, this::execute);
    }

    private Integer execute() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> vars = new HashMap<>(System.getenv());
        if (url != null) {
            vars.put(OpenSearchSettings.URL, url);
        }
        OpenSearchSettings settings;
        String readAlias;
        try {
            Env env = new Env(vars);
            settings = OpenSearchSettings.fromEnv(env);
            readAlias = alias != null ? alias : IndexConfig.fromEnv(env).names().readAlias();
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        OpenSearchClient client = OpenSearchClients.create(settings);
        try {
            List<ArticleSearch.Hit> hits = new ArticleSearch(client, readAlias).search(String.join(" ", words), size);
            if (hits.isEmpty()) {
                out.println("no article matches \"" + String.join(" ", words) + "\"");
            }
            for (ArticleSearch.Hit hit : hits) {
                out.println(String.format(Locale.ROOT, "%-17s  %-24s  %3d dup  %s",
                        hit.publishedAt() == null ? "-" : DAY.format(hit.publishedAt()),
                        Terminal.line(hit.site(), "-"), hit.duplicateCount(), Terminal.line(hit.title(), "(untitled)")));
                String snippet = Terminal.snippet(hit.snippet());
                if (snippet != null) {
                    out.println("    " + snippet);
                }
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            if (refused(e)) {
                err.println("newsflow search: cannot reach OpenSearch at " + urls(settings) + " (is it running? set "
                        + OpenSearchSettings.URL + " or --opensearch-url)");
            } else {
                err.println("newsflow search: cannot search " + urls(settings) + ": " + e.getMessage());
            }
            return 1;
        } catch (OpenSearchException e) {
            String type = e.error() == null ? null : e.error().type();
            if ("index_not_found_exception".equals(type)) {
                err.println("newsflow search: " + urls(settings) + " has no index or alias \"" + readAlias
                        + "\" (has the indexer run? is --alias or INDEX_ALIAS right?)");
            } else {
                Integer status = e.response() == null ? null : e.response().status();
                String reason = e.error() == null || e.error().reason() == null ? "" : ": " + e.error().reason();
                err.println("newsflow search: " + urls(settings) + " refused the search"
                        + (status == null ? "" : " with HTTP " + status) + (type == null ? "" : " (" + type + ")")
                        + reason + "; is it OpenSearch?");
            }
            return 1;
        } catch (RuntimeException e) {
            // an answer the client cannot read as OpenSearch's (not JSON, or JSON of another shape)
            err.println("newsflow search: " + urls(settings) + " gave an answer OpenSearch would not give (is it"
                    + " OpenSearch?): " + e.getMessage().lines().findFirst().orElse(""));
            return 1;
        } finally {
            client._transport().close();
        }
    }

    /** The node addresses of {@code settings}, as a user would type them. */
    private static String urls(OpenSearchSettings settings) {
        return settings.urls().stream().map(u -> u.getScheme() + "://" + u.getHost() + ":" + u.getPort())
                .collect(Collectors.joining(","));
    }

    /** Whether nothing listened where OpenSearch was expected, or did not answer the connection in time. */
    private static boolean refused(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.NoRouteToHostException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
