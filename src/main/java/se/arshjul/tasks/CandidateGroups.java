package se.arshjul.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Candidate groups of a page of tasks in one read. TaskService only offers identity links task by
 * task, which made a 50-row page cost 50 extra queries; this reads the engine's documented
 * ACT_RU_IDENTITYLINK table (unchanged in Operaton) and never writes to it.
 */
@Component
class CandidateGroups {

    private final NamedParameterJdbcTemplate jdbc;

    CandidateGroups(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<String>> of(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        jdbc.query("SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL"
                        + " AND TASK_ID_ IN (:ids) ORDER BY GROUP_ID_",
                Map.of("ids", taskIds),
                rs -> { groups.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2)); });
        return groups;
    }
}
