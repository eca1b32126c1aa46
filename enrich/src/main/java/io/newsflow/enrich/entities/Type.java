package io.newsflow.enrich.entities;

/** The type of a name found: a person, an organisation or a location. */
enum Type { PER, ORG, LOC }
