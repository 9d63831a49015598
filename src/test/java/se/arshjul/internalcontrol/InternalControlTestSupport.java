package se.arshjul.internalcontrol;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import se.arshjul.security.CurrentUser;

/** Clock and job helpers for the internal control tests (each test uses its own plan year). */
final class InternalControlTestSupport {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));
    static final CurrentUser ANNA = new CurrentUser("anna", List.of("handlaggare", "barn-unga"));

    static void clock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(Date.from(localTime.atZone(ZONE).toInstant()));
    }

    /** Executes the due jobs of the year's scheduler processes until none is due. */
    static int runSchedulers(RuntimeService runtimeService, ManagementService managementService, int year) {
        int executed = 0;
        for (int round = 0; round < 20; round++) {
            java.util.Set<String> instances = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(KontrollmomentScheduler.PROCESS_KEY)
                    .processInstanceBusinessKeyLike("IK-" + year + "-K%").list().stream().map(p -> p.getId())
                    .collect(java.util.stream.Collectors.toSet());
            List<Job> due = managementService.createJobQuery().processDefinitionKey(KontrollmomentScheduler.PROCESS_KEY).executable()
                    .list().stream().filter(j -> instances.contains(j.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return executed;
            }
            due.forEach(j -> managementService.executeJob(j.getId()));
            executed += due.size();
        }
        throw new IllegalStateException("Schedulers did not settle");
    }

    private InternalControlTestSupport() {}
}
