package se.arshjul.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The plan's deadline defaults in days, configurable under {@code arshjul.deadlines.*} (see
 * application.yml); the defaults follow the annual wheel.
 */
@Component
@ConfigurationProperties("arshjul.deadlines")
public class PlanDeadlines {
    /** Writing time a section gets at least when the work starts late. */
    private int planWritingDays = 21;
    /** The managers' review of a section after its writing deadline. */
    private int planReviewDays = 14;
    /** Förvaltningsledningen's approval after the last review deadline. */
    private int planApprovalDays = 7;
    /** The recorded board decision after the last review deadline. */
    private int planDecisionDays = 28;
    /** The least time a section sent back gets to be written again. */
    private int planReworkDays = 7;

    public int getPlanWritingDays() { return planWritingDays; }
    public void setPlanWritingDays(int days) { planWritingDays = days; }
    public int getPlanReviewDays() { return planReviewDays; }
    public void setPlanReviewDays(int days) { planReviewDays = days; }
    public int getPlanApprovalDays() { return planApprovalDays; }
    public void setPlanApprovalDays(int days) { planApprovalDays = days; }
    public int getPlanDecisionDays() { return planDecisionDays; }
    public void setPlanDecisionDays(int days) { planDecisionDays = days; }
    public int getPlanReworkDays() { return planReworkDays; }
    public void setPlanReworkDays(int days) { planReworkDays = days; }
}
