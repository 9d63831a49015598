package se.arshjul.suppliers.registry;

import org.springframework.data.repository.ListCrudRepository;

public interface AgreementRepository extends ListCrudRepository<Agreement, Long> {
    boolean existsByName(String name);
}
