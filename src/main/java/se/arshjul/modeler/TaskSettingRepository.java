package se.arshjul.modeler;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TaskSettingRepository extends ListCrudRepository<TaskSetting, Long> {

    Optional<TaskSetting> findByProcessKeyAndTaskId(String processKey, String taskId);

    List<TaskSetting> findAllByOrderByProcessKeyAscTaskIdAsc();
}
