package se.arshjul.reports;

/**
 * Bilaga 2 (seed 004): green = the goal is reached / follows the plan; yellow = not yet reached,
 * minor deviation; red = not reached, large deviation. Keys {@code report.light.<CONSTANT>} and
 * {@code report.light.description.<CONSTANT>}.
 */
public enum TrafficLight {
    GRON, GUL, ROD
}
