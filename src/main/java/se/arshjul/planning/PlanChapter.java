package se.arshjul.planning;

import org.springframework.data.relational.core.mapping.Table;

/** An introductory chapter of the plan (Nämndens ansvarsområde, Förutsättningar ...). */
@Table
public record PlanChapter(String heading, String body) {}
