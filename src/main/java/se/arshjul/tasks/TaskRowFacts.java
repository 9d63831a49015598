package se.arshjul.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidate groups and the business key of each task on a page, in one plain read. TaskService only
 * offers identity links task by task (50 extra queries a page), and a ProcessInstanceQuery for the keys costs
 * as much CPU as the task query itself (its dynamic SQL is evaluated per call); this reads the engine's
 * documented ACT_RU_TASK, ACT_RU_EXECUTION and ACT_RU_IDENTITYLINK tables (unchanged in Operaton) and never
 * writes them.
 */
@Component
class TaskRowFacts {

    record Facts(List<String> candidateGroups, String businessKey) {}

    private static final Facts NONE = new Facts(List.of(), null);

    private final NamedParameterJdbcTemplate jdbc;

    TaskRowFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Facts by task id; a task not found (completed meanwhile) has none. */
    Map<String, Facts> of(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.query("SELECT T.ID_, E.BUSINESS_KEY_, I.GROUP_ID_ FROM ACT_RU_TASK T"
                            + " LEFT JOIN ACT_RU_EXECUTION E ON E.ID_ = T.PROC_INST_ID_"
                            + " LEFT JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = T.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IS NOT NULL"
                            + " WHERE T.ID_ IN (:ids) ORDER BY I.GROUP_ID_",
                    Map.of("ids", taskIds),
                    rs -> {
                        String task = rs.getString(1);
                        keys.put(task, rs.getString(2));
                        List<String> taskGroups = groups.computeIfAbsent(task, k -> new ArrayList<>());
                        if (rs.getString(3) != null) taskGroups.add(rs.getString(3));
                    });
        }
        Map<String, Facts> facts = new HashMap<>();
        groups.forEach((task, g) -> facts.put(task, new Facts(g, keys.get(task))));
        return facts;
    }

    static Facts none() {
        return NONE;
    }
}
