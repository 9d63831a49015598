package se.arshjul.planning;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A målområde of the municipality's vision; groups KF-mål. */
@Table
public record Malomrade(@Id Long id, Long planId, int sortOrder, String name) {}
