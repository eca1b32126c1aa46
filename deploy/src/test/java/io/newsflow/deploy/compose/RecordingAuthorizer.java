package io.newsflow.deploy.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;
import org.apache.kafka.server.authorizer.Action;
import org.apache.kafka.server.authorizer.AuthorizableRequestContext;
import org.apache.kafka.server.authorizer.AuthorizationResult;

/**
 * Kafka's {@link StandardAuthorizer}, unchanged in every decision, that also appends each action it allows to the
 * file named by the broker property {@value #FILE_CONFIG}: {@code principal operation resource-type name} per line.
 * Runs inside the test's broker, so that the test can tell which ACL rules the services' work used.
 */
public final class RecordingAuthorizer extends StandardAuthorizer {

    static final String FILE_CONFIG = "newsflow.test.allowed.actions.file";

    private volatile Path file;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        Object path = configs.get(FILE_CONFIG);
        file = path == null ? null : Path.of(path.toString());
    }

    @Override
    public List<AuthorizationResult> authorize(AuthorizableRequestContext context, List<Action> actions) {
        List<AuthorizationResult> results = super.authorize(context, actions);
        if (file != null) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < actions.size(); i++) {
                if (results.get(i) == AuthorizationResult.ALLOWED) {
                    Action action = actions.get(i);
                    lines.append(context.principal()).append(' ').append(action.operation()).append(' ')
                            .append(action.resourcePattern().resourceType()).append(' ')
                            .append(action.resourcePattern().name()).append('\n');
                }
            }
            append(lines.toString());
        }
        return results;
    }

    private synchronized void append(String lines) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
