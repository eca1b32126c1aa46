package io.newsflow.deploy.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The stack's Kafka ACLs as {@code deploy/compose/kafka/acls.txt} states them, read the way the compose job's
 * {@code apply-acls.sh} reads them: one allow rule per line, for any host.
 */
record KafkaAcls(List<AclBinding> bindings) {

    static final Path FILE = ComposeFiles.DEPLOY.resolve("compose/kafka/acls.txt");

    KafkaAcls {
        bindings = List.copyOf(bindings);
    }

    static KafkaAcls read() throws IOException {
        List<AclBinding> bindings = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(FILE)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] f = text.split("\\s+");
            if (f.length != 5) {
                throw new IllegalArgumentException(FILE + ":" + number + ": expected 5 fields: " + line);
            }
            ResourcePattern resource = new ResourcePattern(resourceType(f[1]), f[1].equals("cluster")
                    ? "kafka-cluster" : f[3], PatternType.valueOf(f[2].toUpperCase(Locale.ROOT)));
            for (String operation : f[4].split(",")) {
                bindings.add(new AclBinding(resource, new AccessControlEntry("User:" + f[0], "*",
                        operation(operation), AclPermissionType.ALLOW)));
            }
        }
        return new KafkaAcls(bindings);
    }

    /** The SCRAM user names the file grants something to. */
    Set<String> users() {
        Set<String> users = new TreeSet<>();
        bindings.forEach(b -> users.add(b.entry().principal().substring("User:".length())));
        return users;
    }

    /** The rules of one user. */
    List<AclBinding> of(String user) {
        return bindings.stream().filter(b -> b.entry().principal().equals("User:" + user)).toList();
    }

    private static ResourceType resourceType(String name) {
        return switch (name) {
            case "topic" -> ResourceType.TOPIC;
            case "group" -> ResourceType.GROUP;
            case "transactional-id" -> ResourceType.TRANSACTIONAL_ID;
            case "cluster" -> ResourceType.CLUSTER;
            default -> throw new IllegalArgumentException("unknown resource type " + name);
        };
    }

    /** {@code AlterConfigs} → {@link AclOperation#ALTER_CONFIGS}, as kafka-acls.sh reads {@code --operation}. */
    private static AclOperation operation(String name) {
        return AclOperation.fromString(name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }
}
