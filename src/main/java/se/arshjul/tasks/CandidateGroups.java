package se.arshjul.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Candidate groups and business keys of a page of tasks, one plain read each. TaskService only offers
 * identity links task by task (50 extra queries a page), and a ProcessInstanceQuery for the keys costs as
 * much CPU as the task query itself (its dynamic SQL is evaluated per call); these read the engine's
 * documented ACT_RU_IDENTITYLINK and ACT_RU_EXECUTION tables (unchanged in Operaton) and never write them.
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
                rs -> { groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)); });
        return groups;
    }

    /** Business key by process instance id. */
    Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return keys;
        }
        jdbc.query("SELECT ID_, BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE ID_ IN (:ids) AND ID_ = PROC_INST_ID_",
                Map.of("ids", processInstanceIds),
                rs -> { keys.put(rs.getString(1), rs.getString(2)); });
        return keys;
    }
}
