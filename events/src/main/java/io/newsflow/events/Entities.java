package io.newsflow.events;

import java.util.List;

/** Named entities found in an article, each list de-duplicated and in order of first mention. */
public record Entities(List<String> people, List<String> organizations, List<String> locations) {

    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    public Entities {
        people = people == null ? List.of() : List.copyOf(people);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
