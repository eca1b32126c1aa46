package io.newsflow.deploy.cli;

import io.newsflow.service.config.Env;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** The Kafka connection of the commands that read or write topics: the service's variables, or the option. */
final class KafkaConnection {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: KAFKA_BOOTSTRAP_SERVERS or localhost:9092).")
    String bootstrapServers;

    /** The {@code KAFKA_*} client properties of the environment, with {@code --bootstrap-servers} when given. */
    Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        Env.system().kafkaClientProperties().forEach((k, v) -> props.put((String) k, v));
        if (bootstrapServers != null) {
            props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }
        return props;
    }
}
