package se.arshjul.planning;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A goal set by kommunfullmäktige; the board breaks it down into nämndmål. */
@Table
public record KfMal(@Id Long id, Long malomradeId, int sortOrder, String name) {}
